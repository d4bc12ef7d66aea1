import { execFile } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scaffoldIntegration } from '../../scripts/lib/scaffold.js'
import { fixture, tempRepo } from '../helpers/temp-repo.js'

const run = (cwd: string, file: string, args: string[]) =>
  promisify(execFile)(process.execPath, [file, ...args], { cwd, maxBuffer: 16 * 1024 * 1024 }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  )
const watched = ['specs/sources.json', 'src/index.ts', 'src/testing/index.ts', 'package.json', 'knowledge.md']

describe('npm run new-integration', () => {
  let repo: Awaited<ReturnType<typeof tempRepo>>
  beforeAll(async () => {
    repo = await tempRepo([
      'specs',
      'generated',
      'scripts',
      'src',
      'package.json',
      'tsconfig.json',
      'vitest.config.ts',
      'knowledge.md',
      'biome.json',
    ])
  })
  afterAll(() => repo.cleanup())
  const snapshot = () => Promise.all(watched.map((f) => readFile(join(repo.dir, f), 'utf8')))

  it('refuses an invalid name, an existing name and a spec that does not parse, writing nothing', async () => {
    const before = await snapshot()
    const cases: [string[], RegExp][] = [
      [['Mail_er', '--spec', fixture('specs/loops-1.19.0.openapi.json')], /not a valid integration name/],
      [['loops', '--spec', fixture('specs/loops-1.19.0.openapi.json')], /an integration named "loops" already exists/],
      [['delete', '--spec', fixture('specs/loops-1.19.0.openapi.json')], /"delete" is a reserved word/],
      [['mailer', '--spec', join(repo.dir, 'package.json')], /not an OpenAPI 3\.x document/],
      [['mailer', '--spec', fixture('specs/loops-1.19.0.openapi.json'), '--auth', 'cookie'], /--auth must be bearer, basic or header/],
    ]
    for (const [args, message] of cases) {
      const { code, out } = await run(repo.dir, 'scripts/run.mjs', ['new-integration', ...args])
      expect([code, out]).toEqual([1, expect.stringMatching(message)])
      expect(out).toContain('Nothing was written.')
    }
    expect(await snapshot()).toEqual(before)
  }, 60_000)

  it('adds a working integration from a real spec: the copy typechecks, its starter test passes, --check is clean', async () => {
    const { code, out } = await run(repo.dir, 'scripts/run.mjs', [
      'new-integration',
      'mailer',
      '--spec',
      fixture('specs/loops-1.19.0.openapi.json'),
      '--auth',
      'header:X-Api-Key',
    ])
    expect([code, out]).toEqual([0, expect.stringContaining('created src/mailer/client.ts')])
    // The same shape as src/loops and src/stripe, and a stand-in stub in the testing kit.
    expect((await readdir(join(repo.dir, 'src/mailer'))).sort()).toEqual(['client.ts', 'config.ts', 'index.ts', 'protocol.ts', 'types.ts'])
    expect(await readFile(join(repo.dir, 'src/testing/index.ts'), 'utf8')).toContain(
      "export { mockMailer, startMailerStandIn, type MailerFake } from './mailer-stand-in.ts'",
    )
    const pkg = JSON.parse(await readFile(join(repo.dir, 'package.json'), 'utf8'))
    expect(pkg.exports['./mailer']).toEqual({
      source: './src/mailer/index.ts',
      types: './dist/src/mailer/index.d.ts',
      module: './src/mailer/index.ts',
      require: './dist/node/mailer.js',
      default: './dist/mailer.js',
    })
    expect(await readFile(join(repo.dir, 'src/index.ts'), 'utf8')).toContain("from './mailer/index.ts'")
    expect(await readFile(join(repo.dir, 'knowledge.md'), 'utf8')).toMatch(
      /### Loops \(`mailer`\)\n- \*\*Purpose:\*\*[\s\S]*MAILER_API_KEY/,
    )

    const tsc = await run(repo.dir, 'node_modules/typescript/bin/tsc', ['--noEmit', '-p', 'tsconfig.json'])
    expect(tsc).toEqual({ code: 0, out: '' })
    // What it writes passes the repository's own lint and formatting, and the line-length check.
    const written = ['src/mailer', 'src/testing/mailer-stand-in.ts', 'test/mailer']
    const lint = await run(repo.dir, 'node_modules/@biomejs/biome/bin/biome', ['check', '--vcs-use-ignore-file=false', ...written])
    expect([lint.code, lint.out]).toEqual([0, expect.any(String)])
    expect(await run(repo.dir, 'scripts/check-line-length.mjs', ['src/mailer', 'test/mailer'])).toEqual({ code: 0, out: '' })
    const vitest = await run(repo.dir, 'node_modules/vitest/vitest.mjs', ['run', 'test/mailer'])
    expect(vitest.code).toBe(0)
    expect(vitest.out).toMatch(/3 passed/)
    // The stub is a working stand-in: the starter test's request reached it and fit the spec.
    const check = await run(repo.dir, 'scripts/run.mjs', ['generate', '--check'])
    expect(check.code).toBe(0)
  }, 120_000)
})

describe('new-integration puts everything back when a write fails', () => {
  it('restores the files it modified (sources.json, barrels, package.json) and removes the ones it created', async () => {
    const repo = await tempRepo(['specs', 'generated', 'src', 'package.json', 'knowledge.md'])
    try {
      const snapshot = () => Promise.all(watched.map((f) => readFile(join(repo.dir, f), 'utf8')))
      const listing = async () => [await readdir(join(repo.dir, 'src')), await readdir(join(repo.dir, 'src/testing'))]
      const before = await snapshot()
      const filesBefore = await listing()
      const writes: string[] = []
      const failOnKnowledge = async (path: string, text: string) => {
        if (path.endsWith('knowledge.md')) throw new Error('ENOSPC: no space left on device')
        writes.push(path)
        const { writeFileAtomic } = await import('../../scripts/lib/files.js')
        await writeFileAtomic(path, text)
      }
      await expect(
        scaffoldIntegration(repo.dir, { name: 'mailer', spec: fixture('specs/loops-1.19.0.openapi.json') }, failOnKnowledge),
      ).rejects.toThrow('writing mailer failed (ENOSPC: no space left on device); every file was put back as it was')
      // The failure came late: the modified files had really been rewritten before it.
      expect(writes.map((p) => p.slice(repo.dir.length + 1))).toEqual(
        expect.arrayContaining(['specs/sources.json', 'src/index.ts', 'src/testing/index.ts', 'package.json']),
      )
      expect(await snapshot()).toEqual(before)
      expect(await listing()).toEqual(filesBefore)
      for (const gone of ['generated/mailer.ts', 'specs/mailer.openapi.json', 'test/mailer']) {
        await expect(readFile(join(repo.dir, gone))).rejects.toThrow(/ENOENT/)
      }
    } finally {
      await repo.cleanup()
    }
  })
})
