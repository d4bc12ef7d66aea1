import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateSource, readGenerated } from '../../scripts/lib/codegen.js'
import { listOperations } from '../../scripts/lib/operations.js'
import { generateAll, isCi } from '../../scripts/lib/generate-all.js'
import { SpecError, sha256 } from '../../scripts/lib/spec-document.js'
import { operations } from '../../generated/loops.js'
import { currentLoops } from '../helpers/spec-variants.js'
import { repoRoot, tempRepo } from '../helpers/temp-repo.js'

let repo: Awaited<ReturnType<typeof tempRepo>>
beforeEach(async () => (repo = await tempRepo(['specs', 'generated'])))
afterEach(() => repo.cleanup())

const generated = () => readFile(join(repo.dir, 'generated', 'loops.ts'), 'utf8')

describe('npm run generate', () => {
  it('passes --check on the committed specs, by hashes alone', async () => {
    expect(await generateAll(repo.dir, { check: true })).toEqual([
      { name: 'loops', status: 'fresh', fast: true },
      { name: 'stripe', status: 'fresh', fast: true },
      { name: 'loops-templates', status: 'fresh' }, // generated/loops-templates.ts: no spec, checked against itself
    ])
  })

  it('writes byte-identical output on every run', async () => {
    const before = await generated()
    await generateAll(repo.dir, { only: ['loops'] })
    expect(await generated()).toBe(before)
  })

  it("leaves a file whose bytes would not change untouched (a new mtime makes every consumer's dist/ look stale)", async () => {
    const path = join(repo.dir, 'generated', 'loops.ts')
    const before = (await stat(path)).mtimeMs
    await new Promise((r) => setTimeout(r, 20))
    expect(await generateAll(repo.dir, { only: ['loops'] })).toMatchObject([{ name: 'loops', status: 'fresh' }])
    expect((await stat(path)).mtimeMs).toBe(before)
  })

  it('emits an operation map with all 64 Loops operations named by operationId', async () => {
    // A fresh generation from the spec, not the committed file.
    const text = await generateSource(currentLoops(), 'specs/loops.openapi.json')
    const map = text.slice(text.indexOf('export const operations = /* @__PURE__ */ lazyValue(() => ({'), text.indexOf('}) as const);'))
    const entries = map.split('\n').filter((line) => /^ {2}\w+: \{ method: /.test(line))
    const operationIds = listOperations(currentLoops().doc).map((op) => op.operationId)
    expect(entries.map((line) => line.trim().split(':')[0])).toEqual(operationIds)
    expect(entries).toHaveLength(64)
    expect(entries).toContain(
      '  sendTransactionalEmail: { method: "post", path: "/v1/transactional", pathParams: [], queryParams: [], body: "json", idempotent: true },',
    )
    // The committed map is that generation.
    expect(Object.keys(operations)).toEqual(operationIds)
    expect(operations.sendTransactionalEmail).toEqual({
      method: 'post',
      path: '/v1/transactional',
      pathParams: [],
      queryParams: [],
      body: 'json',
      idempotent: true,
    })
    expect(operations.updateCampaign.pathParams).toEqual(['campaignId'])
    expect(operations.findContact.queryParams).toEqual(['email', 'userId'])
  })

  it('catches a hand edit of a generated file and says what differs', async () => {
    const text = await generated()
    await writeFile(join(repo.dir, 'generated', 'loops.ts'), text.replace('"/v1/api-key": {', '"/v1/api-key-x": {'))
    const [result] = await generateAll(repo.dir, { check: true, only: ['loops'] })
    expect(result?.status).toBe('stale')
    expect(result?.detail).toMatch(/edited by hand/)
    expect(result?.detail).toMatch(/1 line\(s\) missing, 1 unexpected; first difference at line \d+/)
  })

  it('catches a spec edited without regenerating', async () => {
    const path = join(repo.dir, 'specs', 'loops.openapi.json')
    const doc = JSON.parse(await readFile(path, 'utf8'))
    delete doc.paths['/v1/lists']
    await writeFile(path, JSON.stringify(doc))
    const [result] = await generateAll(repo.dir, { check: true, only: ['loops'] })
    expect(result?.status).toBe('stale')
    expect(result?.detail).toMatch(/sources\.json records/)
    expect(result?.detail).toMatch(/another version of specs\/loops\.openapi\.json/)
  })

  it('reports a missing generated file and an orphan one', async () => {
    await writeFile(join(repo.dir, 'generated', 'ghost.ts'), 'export {}\n')
    await (await import('node:fs/promises')).rm(join(repo.dir, 'generated', 'loops.ts'))
    const results = await generateAll(repo.dir, { check: true })
    expect(results.map((r) => [r.name, r.status])).toEqual([
      ['loops', 'missing'],
      ['stripe', 'fresh'],
      ['ghost', 'stale'],
      ['loops-templates', 'fresh'], // written by `templates pull`, not an orphan
    ])
  })

  describe('a broken spec stops the run, names the file and writes nothing', () => {
    const cases: [string, (text: string) => string, RegExp][] = [
      ['bad JSON', (t) => t.slice(0, 1000), /specs\/loops\.openapi\.json: not valid JSON/],
      ['not OpenAPI 3', () => JSON.stringify({ swagger: '2.0', paths: {} }), /not an OpenAPI 3\.x document \(swagger 2\.0\)/],
      [
        'a dangling $ref',
        (t) => t.replace('"#/components/schemas/TransactionalRequest"', '"#/components/schemas/Nope"'),
        /1 \$ref\(s\) point nowhere: #\/components\/schemas\/Nope \(at \/paths\/~1v1~1transactional/,
      ],
    ]
    for (const [what, mangle, message] of cases) {
      it(what, async () => {
        const path = join(repo.dir, 'specs', 'loops.openapi.json')
        await writeFile(path, mangle(await readFile(path, 'utf8')))
        const before = await generated()
        await expect(generateAll(repo.dir)).rejects.toThrow(SpecError)
        await expect(generateAll(repo.dir)).rejects.toThrow(message)
        // Every spec is parsed before anything is written: the valid one was not regenerated either.
        expect(await generated()).toBe(before)
        expect(await readdir(join(repo.dir, 'generated'))).toEqual(['loops-templates.ts', 'loops.ts', 'stripe.ts'])
      })
    }
  })
})

describe('generate --check --strict (CI): compares bytes with a fresh generation', () => {
  /** A hand edit whose author also recomputed the header's output hash: the file vouches for itself. */
  const editWithRecomputedHeader = async () => {
    const file = join(repo.dir, 'generated', 'loops.ts')
    const { body } = readGenerated(await readFile(file, 'utf8'))
    const edited = body.replace('idempotent: true', 'idempotent: false')
    const header = (await readFile(file, 'utf8')).slice(0, -body.length)
    await writeFile(file, header.replace(/output-sha256: [0-9a-f]{64}/, `output-sha256: ${sha256(edited)}`) + edited)
  }

  it('the fast local check trusts the header (documented), strict mode catches the edit', async () => {
    await editWithRecomputedHeader()
    expect(await generateAll(repo.dir, { check: true, only: ['loops'] })).toEqual([{ name: 'loops', status: 'fresh', fast: true }])
    const [strict] = await generateAll(repo.dir, { check: true, strict: true, only: ['loops'] })
    expect(strict?.status).toBe('stale')
    expect(strict?.detail).toMatch(/header hashes match its body, but the body is not what the generator writes/)
    expect(strict?.detail).toMatch(/2 line\(s\) missing, 2 unexpected/) // the operations line and the header's hash
  })

  it('strict mode passes the committed files without the fast path', async () => {
    expect(await generateAll(repo.dir, { check: true, strict: true })).toEqual([
      { name: 'loops', status: 'fresh' },
      { name: 'stripe', status: 'fresh' },
      { name: 'loops-templates', status: 'fresh' },
    ])
  }, 30_000)

  it('a CRLF checkout is stale and says why', async () => {
    const file = join(repo.dir, 'generated', 'loops.ts')
    await writeFile(file, (await readFile(file, 'utf8')).replace(/\n/g, '\r\n'))
    const [result] = await generateAll(repo.dir, { check: true, only: ['loops'] })
    expect(result?.detail).toMatch(/line endings are CRLF/)
  })

  it('CI is recognised the way CI services set it', () => {
    expect([{ CI: 'true' }, { CI: '1' }, { CI: 'woodpecker' }].map(isCi)).toEqual([true, true, true])
    expect([{}, { CI: '' }, { CI: 'false' }, { CI: '0' }].map(isCi)).toEqual([false, false, false, false])
  })
})

describe('.gitattributes', () => {
  it('checks specs/, generated/ and spec fixtures out byte for byte, even with core.autocrlf=true', async () => {
    const { execFileSync } = await import('node:child_process')
    const { cp, mkdir } = await import('node:fs/promises')
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args], {
        cwd,
        stdio: 'pipe',
      })
    const origin = join(repo.dir, 'origin')
    const files = ['.gitattributes', 'specs/sources.json', 'generated/loops.ts', 'test/fixtures/specs/loops-1.19.0.openapi.json']
    for (const f of files) {
      await mkdir(join(origin, f, '..'), { recursive: true })
      await cp(join(repoRoot, f), join(origin, f))
    }
    await writeFile(join(origin, 'notes.txt'), 'a\nb\n') // a control: an ordinary text file does get CRLF
    git(origin, 'init', '-q')
    git(origin, 'add', '.')
    git(origin, 'commit', '-qm', 'x')
    git(repo.dir, '-c', 'core.autocrlf=true', 'clone', '-q', origin, 'crlf')
    const checkout = join(repo.dir, 'crlf')
    expect(await readFile(join(checkout, 'notes.txt'), 'utf8')).toBe('a\r\nb\r\n')
    for (const f of files.slice(1)) expect([f, await readFile(join(checkout, f))]).toEqual([f, await readFile(join(repoRoot, f))])
  }, 30_000)
})

describe('npm run generate -- --check from the command line', () => {
  it('exits 0 on the committed files and 1 with a readable message after a hand edit', async () => {
    const { execFile } = await import('node:child_process')
    const { promisify } = await import('node:util')
    const cli = await tempRepo(['specs', 'generated', 'scripts', 'src', 'package.json'])
    const run = (env: Record<string, string> = {}) =>
      promisify(execFile)(process.execPath, ['scripts/run.mjs', 'generate', '--check'], {
        cwd: cli.dir,
        env: { ...process.env, CI: '', ...env },
      }).then(
        (r) => ({ code: 0, out: r.stdout + r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
      )
    try {
      expect(await run()).toMatchObject({ code: 0, out: expect.stringContaining('generated/loops.ts: fresh (hashes match)') })
      const file = join(cli.dir, 'generated', 'loops.ts')
      await writeFile(file, (await readFile(file, 'utf8')).replace('export type OperationName', '// tweak\nexport type OperationName'))
      const { code, out } = await run()
      expect(code).toBe(1)
      expect(out).toMatch(/ERR generated\/loops\.ts: stale — it was edited by hand .*0 line\(s\) missing, 1 unexpected/)
      expect(out).toContain('Run `npm run generate` and commit the result.')
      // CI=true compares with a real generation instead of the hashes.
      const ci = await run({ CI: 'true' })
      expect(ci).toMatchObject({ code: 1, out: expect.stringContaining('ERR generated/loops.ts: stale') })
      expect(ci.out).toContain('ok  generated/stripe.ts: fresh (regenerated, bytes match)')
    } finally {
      await cli.cleanup()
    }
  }, 60_000)
})
