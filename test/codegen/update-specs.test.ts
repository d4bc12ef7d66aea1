import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { generateAll } from '../../scripts/lib/generate-all.js'
import { readSources } from '../../scripts/lib/spec-sources.js'
import { EXIT, updateSpecs } from '../../scripts/lib/update-specs.js'
import { serveText } from '../helpers/serve-text.js'
import { currentLoopsText, loopsVariant, variants } from '../helpers/spec-variants.js'
import { repoRoot, tempRepo } from '../helpers/temp-repo.js'

const remoteRef = (() => {
  const doc = JSON.parse(currentLoopsText())
  doc.paths['/v1/lists'].get.responses['200'].content['application/json'].schema = { $ref: 'https://example.com/list.json' }
  return JSON.stringify(doc, null, 2)
})()
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
      '/remote-ref.json': remoteRef,
      '/stripe.json': readFileSync(join(repoRoot, 'specs', 'stripe.openapi.json'), 'utf8'),
    })),
)
afterAll(() => server.close())
beforeEach(async () => (repo = await tempRepo(['specs', 'generated'])))
afterEach(() => repo.cleanup())

/** The scripts import src/ (reserved method names, the helpers' templates the drift check compares). */
const SCRIPTS_FROM_SRC = 'src'
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
      expect(lines.join('\n')).toMatch(/src\/loops\/[\w-]+\.ts.*sendTransactionalEmail/)
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
    const cli = await tempRepo(['specs', 'generated', 'scripts', SCRIPTS_FROM_SRC, 'package.json'])
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

describe('update-specs is all or nothing', () => {
  const files = ['specs/loops.openapi.json', 'specs/sources.json', 'generated/loops.ts']
  const snapshot = () => Promise.all(files.map((f) => readFile(join(repo.dir, f), 'utf8')))

  it('a write that fails after the spec was written puts the spec, sources.json and generated/ back', async () => {
    const before = await snapshot()
    const failing = updateSpecs(repo.dir, {
      ...quiet,
      vendors: ['loops'],
      from: `${server.url}/added.json`,
      typecheck: async () => {
        throw new Error('spawn tsc ENOENT')
      },
    })
    await expect(failing).rejects.toThrow(
      'applying the update failed (spawn tsc ENOENT); the spec, specs/sources.json and generated/ were restored',
    )
    expect(await snapshot()).toEqual(before)
  })

  it('every vendor is downloaded before the first write: a broken second source leaves the first untouched', async () => {
    const sources = JSON.parse(await readFile(join(repo.dir, 'specs/sources.json'), 'utf8'))
    sources.loops.url = `${server.url}/added.json`
    sources.stripe.url = `${server.url}/missing.json`
    await writeFile(join(repo.dir, 'specs/sources.json'), JSON.stringify(sources))
    const before = await snapshot()
    await expect(updateSpecs(repo.dir, { ...quiet, typecheck: vi.fn() })).rejects.toThrow(/missing\.json: download answered HTTP 404/)
    expect(await snapshot()).toEqual(before)
  })

  it('a spec with a remote $ref is refused in one line before anything is written', async () => {
    const before = await snapshot()
    await expect(updateSpecs(repo.dir, { ...quiet, vendors: ['loops'], from: `${server.url}/remote-ref.json` })).rejects.toThrow(
      /1 \$ref\(s\) point outside the document: https:\/\/example\.com\/list\.json \(at \/paths\/~1v1~1lists\/get.*bundle the spec/,
    )
    expect(await snapshot()).toEqual(before)
  })
})

describe('update-specs and generate from the command line', () => {
  let cli: Awaited<ReturnType<typeof tempRepo>>
  beforeEach(async () => (cli = await tempRepo(['specs', 'generated', 'scripts', SCRIPTS_FROM_SRC, 'package.json'])))
  afterEach(() => cli.cleanup())
  const run = (script: string, args: string[]) =>
    promisify(execFile)(process.execPath, ['scripts/run.mjs', script, ...args], { cwd: cli.dir, maxBuffer: 8 * 1024 * 1024 }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    )
  /** Points every record's download URL at the local server, so a run without --from never leaves 127.0.0.1. */
  const pointSourcesAt = async (urls: Record<string, string>) => {
    const path = join(cli.dir, 'specs/sources.json')
    const sources = JSON.parse(await readFile(path, 'utf8'))
    for (const [name, file] of Object.entries(urls)) sources[name].url = `${server.url}${file}`
    await writeFile(path, `${JSON.stringify(sources, null, 2)}\n`)
  }
  const loopsSpec = () => readFile(join(cli.dir, 'specs/loops.openapi.json'), 'utf8')

  it('`update-specs -- stripe` updates Stripe only', async () => {
    await pointSourcesAt({ loops: '/removed.json', stripe: '/stripe.json' })
    const { code, stdout } = await run('update-specs', ['stripe', '--dry-run'])
    expect([code, stdout.trim()]).toEqual([EXIT.ok, expect.stringMatching(/^stripe: unchanged/)])
    expect(stdout).not.toContain('loops')
  })

  it('an unknown flag is refused with the usage (a mistyped --dry-run must not apply the update)', async () => {
    await pointSourcesAt({ loops: '/removed.json' })
    const { code, stdout, stderr } = await run('update-specs', ['loops', '--dryrun'])
    expect(code).toBe(1)
    expect(stderr.split('\n')[0]).toBe("update-specs: Unknown option '--dryrun'")
    expect(stderr).toContain('usage: npm run update-specs')
    expect(stdout).toBe('')
    expect(await loopsSpec()).toBe(currentLoopsText())
  })

  it('--help prints the usage and exits 0, for every script', async () => {
    for (const script of ['update-specs', 'generate', 'new-integration']) {
      const { code, stdout } = await run(script, ['--help'])
      expect([script, code, stdout]).toEqual([script, 0, expect.stringMatching(new RegExp(`^usage: npm run ${script}`))])
    }
    expect(await run('generate', ['--chek'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^generate: Unknown option '--chek'\n/),
    })
  })

  const oneLine = (stderr: string) => {
    const lines = stderr.trim().split('\n')
    expect(lines.filter((l) => /^\s+at /.test(l))).toEqual([]) // no stack trace
    return lines[0]
  }

  it('a remote $ref: exit 1, one line, nothing written, and generate --check still passes', async () => {
    const before = await readFile(join(cli.dir, 'specs/sources.json'), 'utf8')
    const { code, stderr } = await run('update-specs', ['loops', '--from', `${server.url}/remote-ref.json`])
    expect(code).toBe(1)
    expect(oneLine(stderr)).toMatch(/^update-specs: .*remote-ref\.json: 1 \$ref\(s\) point outside the document/)
    expect(stderr).toContain('Nothing was written.')
    expect([await loopsSpec(), await readFile(join(cli.dir, 'specs/sources.json'), 'utf8')]).toEqual([currentLoopsText(), before])
    expect((await run('generate', ['--check'])).code).toBe(0)
  })

  it('a remote $ref placed in specs/ by hand: generate --check says so in one line', async () => {
    await writeFile(join(cli.dir, 'specs/loops.openapi.json'), remoteRef)
    const { code, stderr } = await run('generate', ['--check', 'loops'])
    expect(code).toBe(1)
    expect(oneLine(stderr)).toMatch(/^generate: specs\/loops\.openapi\.json: 1 \$ref\(s\) point outside the document/)
  })

  it('a malformed specs/sources.json: one line naming it, from update-specs and generate --check', async () => {
    await writeFile(join(cli.dir, 'specs/sources.json'), '{ "loops": { "file": "loops.openapi.json", ')
    for (const [script, args] of [
      ['update-specs', ['loops', '--from', `${server.url}/added.json`]],
      ['generate', ['--check']],
    ] as const) {
      const { code, stderr } = await run(script, [...args])
      expect([script, code]).toEqual([script, 1])
      expect(oneLine(stderr)).toMatch(new RegExp(`^${script}: specs/sources.json: not valid JSON \\(.*\\); fix it or`))
    }
    await writeFile(join(cli.dir, 'specs/sources.json'), '{ "loops": { "file": "../package.json" } }')
    expect(oneLine((await run('generate', ['--check'])).stderr)).toBe(
      'generate: specs/sources.json: the "loops" record lacks url, sha256 (strings)',
    )
  })

  it('an unreadable --from (missing file, a directory): one line, nothing written', async () => {
    await mkdir(join(cli.dir, 'a-directory'))
    for (const [from, code] of [
      ['does-not-exist.json', 'ENOENT'],
      ['a-directory', 'EISDIR'],
    ] as const) {
      const { code: exit, stderr } = await run('update-specs', ['loops', '--from', from])
      expect(exit).toBe(1)
      expect(oneLine(stderr)).toBe(`update-specs: ${from}: cannot read the file (${code})`)
    }
    expect(await loopsSpec()).toBe(currentLoopsText())
  })
})
