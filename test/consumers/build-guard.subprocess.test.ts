/**
 * The build guard as plain Node meets it in a checkout or a workspace link: each entry refuses a build older
 * than the sources *it* was built from, and that check is all it adds to a cold start (no builtin's export
 * facade, no other entry's sources). A throwaway copy of the package, built there, shares node_modules.
 */
import { execFile, execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { stat, utimes } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempRepo } from '../helpers/temp-repo.js'

let repo: Awaited<ReturnType<typeof tempRepo>>

beforeAll(async () => {
  repo = await tempRepo(['generated', 'scripts', 'src', 'package.json', 'tsconfig.json', 'tsconfig.build.json'])
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: repo.dir, stdio: 'ignore' })
}, 240_000)

afterAll(() => repo?.cleanup())

/** A script run by Node in the package's own directory (the package imports itself by name), plain unless `flags`. */
function node(script: string, flags: string[] = [], cwd = repo.dir) {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent' }
  delete env.NODE_OPTIONS
  return new Promise<{ code: number; out: string }>((resolve) => {
    execFile(process.execPath, [...flags, '--input-type=module', '-e', script], { cwd, env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) || 1 : 0, out: `${stdout}${stderr}` }),
    )
  })
}

/** Runs `check` while `file` (under the copy) looks edited after the build, then puts its mtime back. */
async function editedAfterBuild(file: string, check: () => Promise<void>) {
  const path = join(repo.dir, file)
  const before = await stat(path)
  await utimes(path, new Date(), new Date())
  try {
    await check()
  } finally {
    await utimes(path, before.atime, before.mtime)
  }
}

const importOf = (entry: string) =>
  `const m = await import('@codebuff/integrations${entry}'); console.log(Object.keys(m).length > 0 ? 'imported' : 'empty')`

describe('a source edited after the build', () => {
  it('a Loops source: importing /loops throws StaleBuildError naming it, before any of the package code runs', async () => {
    await editedAfterBuild('src/loops/emails.ts', async () => {
      const result = await node(importOf('/loops'))
      expect(result.code).not.toBe(0)
      expect(result.out).toContain('StaleBuildError')
      expect(result.out).toContain('dist/ is older than src/loops/emails.ts')
      expect(result.out).not.toContain('imported')
    })
  })

  it('a Stripe-only source: /stripe refuses its build, /loops (not built from it) still imports', async () => {
    await editedAfterBuild('src/stripe/client.ts', async () => {
      const stripe = await node(importOf('/stripe'))
      expect(stripe.code).not.toBe(0)
      expect(stripe.out).toContain('dist/ is older than src/stripe/client.ts')
      expect(await node(importOf('/loops'))).toEqual({ code: 0, out: 'imported\n' })
    })
  })

  it('a source of a feature loaded on first use (middleware): /loops imports and sends; the first use refuses, before it runs', async () => {
    await editedAfterBuild('src/core/http/middleware.ts', async () => {
      const script =
        "const { createLoopsClient } = await import('@codebuff/integrations/loops');" +
        "const dry = createLoopsClient({ apiKey: 'k', dryRun: true });" +
        "console.log('sent', (await dry.sendEvent({ email: 'a@b.co', eventName: 'x' })).dryRun);" +
        "const client = createLoopsClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9', maxRetries: 0, rateLimit: false });" +
        'let ran = false; client.use({ onRequest: () => { ran = true } });' +
        "await client.sendEvent({ email: 'a@b.co', eventName: 'x' }).catch((e) => console.log(e.name, e.message));" +
        "console.log('hook ran', ran)"
      const result = await node(script)
      expect(result.out).toContain('sent true')
      expect(result.out).toContain('StaleBuildError @codebuff/integrations: dist/ is older than src/core/http/middleware.ts')
      expect(result.out).toContain('hook ran false')
    })
  })

  it('under tsx the default entry runs the sources instead of the stale build', async () => {
    await editedAfterBuild('src/loops/emails.ts', async () => {
      const script =
        "const m = await import('@codebuff/integrations/loops'); const src = await import('./src/loops/index.ts');" +
        "console.log(m.createLoopsClient === src.createLoopsClient ? 'sources' : 'build')"
      expect(await node(script, ['--import', 'tsx'])).toEqual({ code: 0, out: 'sources\n' })
    })
  })
})

it('importing /loops builds no builtin export facade: no stream, fs/promises streams or node:module internals load', async () => {
  const script =
    "const before = new Set(process.moduleLoadList); await import('@codebuff/integrations/loops');" +
    'console.log(JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m))))'
  const result = await node(script)
  expect(result.code, result.out).toBe(0)
  const loaded: string[] = JSON.parse(result.out)
  expect(loaded.filter((m) => /\bstreams?\b|source_map|NativeModule module$/.test(m))).toEqual([])
})

it('under --frozen-intrinsics (Error takes no prepareStackTrace) every entry still imports, by import and require', async () => {
  const script =
    "import { createRequire } from 'node:module';" +
    "for (const entry of ['', '/loops', '/outbox', '/stripe', '/testing']) await import('@codebuff/integrations' + entry);" +
    "createRequire(process.cwd() + '/')('@codebuff/integrations/loops'); console.log('imported')"
  const result = await node(script, ['--frozen-intrinsics', '--no-warnings'])
  expect(result, result.out).toEqual({ code: 0, out: 'imported\n' })
})

describe("the shared Loops chunk, loaded from V8's code cache", () => {
  const chunkState =
    "const chunks = globalThis[Symbol.for('@codebuff/integrations: cached chunks')];" +
    'const states = chunks ? [...chunks.values()].map((c) => c.cache) : [];'
  /** One process reaching the chunk three ways: the default entry, require() of /loops, and the root entry. */
  const threeWays =
    "import { createRequire } from 'node:module';" +
    "const loops = await import('@codebuff/integrations/loops');" +
    "const required = createRequire(process.cwd() + '/')('@codebuff/integrations/loops');" +
    "const root = await import('@codebuff/integrations');" +
    chunkState +
    'console.log(JSON.stringify({ states, same: loops.IntegrationError === required.IntegrationError && ' +
    'root.IntegrationError === loops.IntegrationError && root.createLoopsClient === loops.createLoopsClient }))'

  it('is one instance however it is reached (one IntegrationError class), compiled from the cache', async () => {
    const result = await node(threeWays)
    expect(result.code, result.out).toBe(0)
    expect(JSON.parse(result.out)).toEqual({ states: ['accepted'], same: true })
  })

  it('with Node source maps on, it loads as an ES module (Node maps its frames), still one instance', async () => {
    const result = await node(threeWays, ['--enable-source-maps'])
    expect(result.code, result.out).toBe(0)
    expect(JSON.parse(result.out)).toEqual({ states: ['off (source maps on)'], same: true })
  })

  const send =
    "const { createLoopsClient, ConfigError } = await import('@codebuff/integrations/loops');" +
    chunkState +
    "let error; try { createLoopsClient({ apiKey: 'k', timeoutMs: Infinity }) } catch (e) { error = e }" +
    'console.log(states.join(), error instanceof ConfigError)'
  const cacheFiles = () => readdirSync(join(repo.dir, 'dist/node')).filter((file) => /\.script\..*\.cache$/.test(file))

  it('without require(esm) (--no-experimental-require-module), source maps on: the chunk still loads, as a script', async () => {
    const result = await node(
      "const { createLoopsClient } = await import('@codebuff/integrations/loops');" +
        chunkState +
        "console.log(states.join(), typeof createLoopsClient({ apiKey: 'k' }).sendEvent)",
      ['--no-experimental-require-module', '--enable-source-maps'],
    )
    expect(result.code, result.out).toBe(0)
    expect(result.out.trim().split('\n').at(-1)).toBe('accepted function')
  })

  it('a script edited after the build runs as edited, even when the edit keeps its length (V8 checks only that)', async () => {
    const script = readdirSync(join(repo.dir, 'dist/node')).find((file) => file.endsWith('.script.js'))!
    const path = join(repo.dir, 'dist/node', script)
    const original = readFileSync(path, 'latin1')
    const before = await stat(path)
    const read =
      "const { LOOPS_DEFAULT_BASE_URL } = await import('@codebuff/integrations/loops');" +
      chunkState +
      'console.log(states.join(), LOOPS_DEFAULT_BASE_URL)'
    try {
      expect(original).toContain('"https://app.loops.so/api"')
      writeFileSync(path, original.replace('"https://app.loops.so/api"', '"https://app.loops.so/apX"'), 'latin1')
      expect(await node(read)).toEqual({ code: 0, out: 'ignored (script edited) https://app.loops.so/apX\n' })
      // That run wrote a cache for the edited script, which the next one takes.
      expect(await node(read)).toEqual({ code: 0, out: 'accepted https://app.loops.so/apX\n' })
    } finally {
      writeFileSync(path, original, 'latin1')
      await utimes(path, before.atime, before.mtime)
    }
    // Put back with its old mtime: not the script the cache on disk was made for either.
    expect(await node(read)).toEqual({ code: 0, out: 'ignored (script edited) https://app.loops.so/api\n' })
    expect(await node(read)).toEqual({ code: 0, out: 'accepted https://app.loops.so/api\n' })
  })

  it('a package moved after its build (a published tarball, a Docker stage) names its own files in stack frames', async () => {
    // V8 keeps the file name a code cache was made under: frames would name the build's path, unmapped.
    const moved = mkdtempSync(join(tmpdir(), 'integrations-moved-'))
    try {
      for (const part of ['dist', 'src', 'generated', 'package.json'])
        cpSync(join(repo.dir, part), join(moved, part), { recursive: true, preserveTimestamps: true })
      symlinkSync(join(repo.dir, 'node_modules'), join(moved, 'node_modules'), 'dir')
      const script =
        "const { createLoopsClient } = await import('@codebuff/integrations/loops');" +
        chunkState +
        "try { createLoopsClient({ apiKey: 'k', timeoutMs: Infinity }) } catch (e) { console.log(states.join(), e.stack.split('\\n')[1].trim()) }"
      const result = await node(script, [], moved)
      expect(result.code, result.out).toBe(0)
      expect(result.out).not.toContain(repo.dir)
      const frame = `at checkClientOptions (${join(moved, 'src/core/http/client-options.ts')}:93:11)`
      expect(result.out).toBe(`ignored (built at another path) ${frame}\n`)
      // That start wrote a cache for where the package is now: the next one takes it, frames still its own.
      expect(await node(script, [], moved)).toEqual({ code: 0, out: `accepted ${frame}\n` })
    } finally {
      rmSync(moved, { recursive: true, force: true })
    }
  })

  it('a missing or foreign cache costs only the parse, and is written again for the next process', async () => {
    const path = join(repo.dir, 'dist/node', cacheFiles().find((file) => file.endsWith('.script.default.cache'))!)
    const original = readFileSync(path)
    try {
      // Made for this script (its first line), but not a cache V8 takes.
      const header = original.subarray(0, original.indexOf(10) + 1)
      writeFileSync(path, Buffer.concat([header, Buffer.from('not a code cache')]))
      expect(await node(send)).toEqual({ code: 0, out: 'rejected true\n' })
      expect(await node(send)).toEqual({ code: 0, out: 'accepted true\n' })
      writeFileSync(path, Buffer.from('not a code cache at all'))
      expect(await node(send)).toEqual({ code: 0, out: 'ignored (built at another path) true\n' })
      expect(await node(send)).toEqual({ code: 0, out: 'accepted true\n' })
      rmSync(path)
      expect(await node(send)).toEqual({ code: 0, out: 'absent true\n' })
      expect(await node(send)).toEqual({ code: 0, out: 'accepted true\n' })
    } finally {
      writeFileSync(path, original)
    }
  })

  it("V8 flags (a backend's --max-old-space-size) get a cache of their own; one that cannot be written is no failure", async () => {
    const before = cacheFiles()
    const flags = ['--max-old-space-size=1536']
    expect(await node(send, flags)).toEqual({ code: 0, out: 'absent true\n' })
    const added = cacheFiles().filter((file) => !before.includes(file))
    expect(added).toEqual([expect.stringMatching(/\.script\.flags-[0-9a-z]+\.cache$/)])
    expect(await node(send, flags)).toEqual({ code: 0, out: 'accepted true\n' })
    // The default cache was not touched by the flagged runs.
    expect(await node(send)).toEqual({ code: 0, out: 'accepted true\n' })
    // A cache that cannot be written (here a directory in its place; root ignores a read-only mode) leaves nothing behind.
    const blocked = join(repo.dir, 'dist/node', added[0]!)
    rmSync(blocked)
    mkdirSync(blocked)
    try {
      expect(await node(send, flags)).toEqual({ code: 0, out: 'absent true\n' })
      expect(readdirSync(join(repo.dir, 'dist/node')).filter((file) => file.endsWith('.tmp'))).toEqual([])
    } finally {
      rmSync(blocked, { recursive: true })
    }
  })
})
