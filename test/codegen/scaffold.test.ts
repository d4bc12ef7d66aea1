import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixture, tempRepo } from '../helpers/temp-repo.js'

const run = (cwd: string, file: string, args: string[]) =>
  promisify(execFile)(process.execPath, [file, ...args], { cwd, maxBuffer: 16 * 1024 * 1024 }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  )
const watched = ['specs/sources.json', 'src/index.ts', 'package.json', 'knowledge.md']

describe('npm run new-integration', () => {
  let repo: Awaited<ReturnType<typeof tempRepo>>
  beforeAll(async () => {
    repo = await tempRepo(['specs', 'generated', 'scripts', 'src', 'package.json', 'tsconfig.json', 'vitest.config.ts', 'knowledge.md'])
  })
  afterAll(() => repo.cleanup())
  const snapshot = () => Promise.all(watched.map((f) => readFile(join(repo.dir, f), 'utf8')))

  it('refuses an invalid name, an existing name and a spec that does not parse, writing nothing', async () => {
    const before = await snapshot()
    const cases: [string[], RegExp][] = [
      [['Mail_er', '--spec', fixture('specs/loops-1.19.0.openapi.json')], /not a valid integration name/],
      [['loops', '--spec', fixture('specs/loops-1.19.0.openapi.json')], /an integration named "loops" already exists/],
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
    const vitest = await run(repo.dir, 'node_modules/vitest/vitest.mjs', ['run', 'test/mailer'])
    expect(vitest.code).toBe(0)
    expect(vitest.out).toMatch(/3 passed/)
    const check = await run(repo.dir, 'scripts/run.mjs', ['generate', '--check'])
    expect(check.code).toBe(0)
  }, 120_000)
})
