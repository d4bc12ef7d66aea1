import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EXIT, updateSpecs } from '../../scripts/lib/update-specs.js'
import { loopsVariant, variants } from '../helpers/spec-variants.js'
import { repoRoot } from '../helpers/temp-repo.js'
import { usageMonorepo } from './monorepo.js'

type Doc = Record<string, any>
let monorepo: Awaited<ReturnType<typeof usageMonorepo>>
beforeEach(async () => (monorepo = await usageMonorepo()))
afterEach(() => monorepo.cleanup())

/** Writes a variant of the current Loops spec into the monorepo and returns its path, for `--from`. */
const variantFile = (change: (doc: Doc) => void) => {
  const path = join(monorepo.dir, 'next-loops.json')
  writeFileSync(path, loopsVariant(change).text)
  return path
}
const quiet = { log: () => {}, today: '2026-12-01', vendors: ['loops'] }
const unusedRemoved = (d: Doc) => void delete d.paths['/v1/api-key'].get

describe('update-specs judged by the code that calls it (fixture monorepo)', () => {
  it('an operation nobody calls removed: exit 0, listed under "nothing here calls it"', async () => {
    const reportFile = join(monorepo.dir, 'report.md')
    const { code, summary } = await updateSpecs(monorepo.pkg, { ...quiet, from: variantFile(unusedRemoved), dryRun: true, reportFile })
    expect(code).toBe(EXIT.ok)
    expect(summary.vendors[0]).toMatchObject({ breaksCallers: [], breakingUnused: [{ subject: 'GET /v1/api-key (testApiKey)' }] })
    expect(await readFile(reportFile, 'utf8')).toContain(
      '### Breaking, but nothing here calls it\n\n- `GET /v1/api-key (testApiKey)`: removed\n',
    )
  })

  it('--strict keeps "any breaking change exits 2"', async () => {
    const { code } = await updateSpecs(monorepo.pkg, { ...quiet, from: variantFile(unusedRemoved), dryRun: true, strict: true })
    expect(code).toBe(EXIT.breaking)
  })

  it('a required input added to an operation an app calls (through a helper): exit 2 with that call site', async () => {
    const { code, summary } = await updateSpecs(monorepo.pkg, { ...quiet, from: variantFile(variants.bodyFieldRequired), dryRun: true })
    expect(code).toBe(EXIT.breaking)
    expect(summary.vendors[0]?.breaksCallers).toEqual([
      {
        subject: 'POST /v1/transactional (sendTransactionalEmail)',
        changes: [expect.stringContaining('addToAudience')],
        callSites: [{ file: 'apps/api/src/invite.ts', line: 5, via: 'sendInvitationEmail()' }],
      },
    ])
  })

  it('a raw path an app calls removed: exit 2 with its call site', async () => {
    const lines: string[] = []
    const { code } = await updateSpecs(monorepo.pkg, {
      ...quiet,
      from: variantFile(variants.operationRemoved),
      dryRun: true,
      log: (l) => lines.push(l),
    })
    expect(code).toBe(EXIT.breaking)
    expect(lines.join('\n')).toContain("    GET /v1/lists (listMailingLists): removed\n      apps/web/src/lists.ts:7 raw.GET('/v1/lists')")
  })

  it("an applied change that breaks an app's compile: exit 3 with the compiler's error, in the report", async () => {
    const sample = (d: Doc) => {
      unusedRemoved(d)
      variants.operationAdded(d)
      delete d.components.schemas.MailingList.properties.name
      d.components.schemas.MailingList.required = ['id', 'description', 'isPublic']
    }
    const reportFile = join(monorepo.dir, 'report.md')
    const { code, summary } = await updateSpecs(monorepo.pkg, {
      ...quiet,
      from: variantFile(sample),
      reportFile,
      // The package's own code does not call what changed; its real typecheck is proven in test/codegen.
      typecheck: async () => ({ ok: true, output: '' }),
    })
    expect(code).toBe(EXIT.typecheckFailed)
    expect(summary.consumerErrors).toEqual([
      {
        workspace: 'apps/web',
        file: 'apps/web/src/lists.ts',
        line: 8,
        code: 'TS2339',
        message: expect.stringMatching(/^Property 'name' does not exist on type/),
      },
    ])
    const report = await readFile(reportFile, 'utf8')
    const samplePath = join(repoRoot, 'examples', 'update-specs-report.md')
    if (process.env.UPDATE_SAMPLE) await writeFile(samplePath, report)
    // README.md and knowledge.md show this report word for word (test/docs.test.ts checks them against the file).
    expect(report).toBe(readFileSync(samplePath, 'utf8'))
    for (const doc of ['README.md', 'knowledge.md']) expect(readFileSync(join(repoRoot, doc), 'utf8')).toContain(report.trimEnd())
  }, 300_000)

  it('--all from the command line: each vendor from its recorded source (a local file), report and JSON on a dry run', async () => {
    const sources = JSON.parse(await readFile(join(monorepo.pkg, 'specs', 'sources.json'), 'utf8'))
    sources.loops.url = variantFile(variants.operationRemoved)
    sources.stripe.url = 'specs/stripe.openapi.json'
    await writeFile(join(monorepo.pkg, 'specs', 'sources.json'), JSON.stringify(sources, null, 2))
    const args = ['scripts/run.mjs', 'update-specs', '--all', '--dry-run', '--report', '../../out.md', '--json', '../../out.json']
    const result = await promisify(execFile)(process.execPath, args, { cwd: monorepo.pkg }).then(
      () => ({ code: 0 }),
      (e: { code: number }) => ({ code: e.code }),
    )
    expect(result.code).toBe(EXIT.breaking)
    const json = JSON.parse(await readFile(join(monorepo.dir, 'out.json'), 'utf8'))
    expect(json).toMatchObject({ bump: 'major', consumers: ['apps/api', 'apps/web'], vendors: [{ vendor: 'loops' }] })
    expect(await readFile(join(monorepo.dir, 'out.md'), 'utf8')).toMatch(
      /^# Spec update\n\n\*\*1 change breaks code that calls it \(1 call site\)/,
    )
  }, 120_000)
})
