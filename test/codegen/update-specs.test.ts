import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { generateAll } from '../../scripts/lib/generate-all.js'
import { readSources } from '../../scripts/lib/spec-sources.js'
import { EXIT, updateSpecs } from '../../scripts/lib/update-specs.js'
import { serveText } from '../helpers/serve-text.js'
import { currentLoopsText, loopsVariant, variants } from '../helpers/spec-variants.js'
import { tempRepo } from '../helpers/temp-repo.js'

const removed = loopsVariant(variants.operationRemoved).text
const sendRemoved = loopsVariant((d) => void delete d.paths['/v1/transactional'].post).text
const added = loopsVariant(variants.operationAdded).text
let server: Awaited<ReturnType<typeof serveText>>
let repo: Awaited<ReturnType<typeof tempRepo>>
beforeAll(
  async () =>
    (server = await serveText({
      '/removed.json': removed,
      '/added.json': added,
      '/same.json': currentLoopsText(),
      '/send-removed.json': sendRemoved,
    })),
)
afterAll(() => server.close())
beforeEach(async () => (repo = await tempRepo(['specs', 'generated'])))
afterEach(() => repo.cleanup())

const specText = () => readFile(join(repo.dir, 'specs', 'loops.openapi.json'), 'utf8')
const quiet = { log: () => {}, today: '2026-11-25' }

describe('npm run update-specs', () => {
  it('--dry-run prints the report, writes nothing and exits 2 on a breaking change', async () => {
    const lines: string[] = []
    const typecheck = vi.fn()
    const { code } = await updateSpecs(repo.dir, {
      vendors: ['loops'],
      from: `${server.url}/removed.json`,
      dryRun: true,
      log: (l) => lines.push(l),
      typecheck,
    })
    expect(code).toBe(EXIT.breaking)
    expect(lines.join('\n')).toContain('- BREAKING removed GET /v1/lists (listMailingLists)')
    expect(await specText()).toBe(currentLoopsText())
    expect(typecheck).not.toHaveBeenCalled()
  })

  it('applies a new spec: writes it byte for byte, updates its record, regenerates, typechecks, exits 0', async () => {
    const typecheck = vi.fn(async () => ({ ok: true, output: '' }))
    const { code, reports } = await updateSpecs(repo.dir, { ...quiet, vendors: ['loops'], from: `${server.url}/added.json`, typecheck })
    expect(code).toBe(EXIT.ok)
    expect(reports.loops?.added.map((op) => op.name)).toEqual(['exportContacts'])
    expect(await specText()).toBe(added)
    const record = (await readSources(repo.dir)).loops
    expect(record).toMatchObject({
      sha256: loopsVariant(variants.operationAdded).sha256,
      fetchedAt: '2026-11-25',
      url: 'https://app.loops.so/openapi.json',
    })
    expect(await generateAll(repo.dir, { check: true, only: ['loops'] })).toEqual([{ name: 'loops', status: 'fresh', fast: true }])
    expect(await readFile(join(repo.dir, 'generated', 'loops.ts'), 'utf8')).toContain('exportContacts: { method: "post"')
    expect(typecheck).toHaveBeenCalledWith(repo.dir)
  })

  it('exits 3 when the wrapper code no longer typechecks against the new spec', async () => {
    const { code } = await updateSpecs(repo.dir, {
      ...quiet,
      vendors: ['loops'],
      from: `${server.url}/removed.json`,
      typecheck: async () => ({ ok: false, output: "error TS2339: Property 'listMailingLists' does not exist" }),
    })
    expect(code).toBe(EXIT.typecheckFailed)
  })

  it('a real typecheck catches wrapper code the new spec breaks (sendTransactionalEmail removed → exit 3)', async () => {
    const full = await tempRepo()
    try {
      const lines: string[] = []
      const { code, reports } = await updateSpecs(full.dir, {
        vendors: ['loops'],
        from: `${server.url}/send-removed.json`,
        log: (l) => lines.push(l),
        today: '2026-11-25',
      })
      expect(reports.loops?.removed.map((op) => op.name)).toEqual(['sendTransactionalEmail'])
      expect(code).toBe(EXIT.typecheckFailed)
      expect(lines.join('\n')).toMatch(/src\/loops\/emails\.ts.*sendTransactionalEmail/)
    } finally {
      await full.cleanup()
    }
  }, 60_000)

  it('says "unchanged" and touches nothing when the hash is the same', async () => {
    const lines: string[] = []
    const { code } = await updateSpecs(repo.dir, {
      vendors: ['loops'],
      from: `${server.url}/same.json`,
      log: (l) => lines.push(l),
      typecheck: vi.fn(),
    })
    expect([code, lines]).toEqual([EXIT.ok, [expect.stringMatching(/^loops: unchanged/)]])
  })

  it('refuses an unreachable or broken source and writes nothing', async () => {
    await expect(updateSpecs(repo.dir, { ...quiet, vendors: ['loops'], from: `${server.url}/missing.json` })).rejects.toThrow(
      /answered HTTP 404/,
    )
    await expect(updateSpecs(repo.dir, { ...quiet, vendors: ['nope'] })).rejects.toThrow(/no spec named "nope"/)
    await expect(updateSpecs(repo.dir, { ...quiet, from: `${server.url}/added.json` })).rejects.toThrow(
      /--from needs exactly one vendor name/,
    )
    expect(await specText()).toBe(currentLoopsText())
  })

  it('runs from the command line with the documented exit code', async () => {
    const cli = await tempRepo(['specs', 'generated', 'scripts', 'package.json'])
    try {
      const run = promisify(execFile)(
        process.execPath,
        ['scripts/run.mjs', 'update-specs', 'loops', '--from', `${server.url}/removed.json`, '--dry-run'],
        { cwd: cli.dir },
      )
      const error = await run.then(
        () => undefined,
        (e: { code: number; stdout: string }) => e,
      )
      expect(error?.code).toBe(EXIT.breaking)
      expect(error?.stdout).toContain('BREAKING removed GET /v1/lists (listMailingLists)')
    } finally {
      await cli.cleanup()
    }
  })
})
