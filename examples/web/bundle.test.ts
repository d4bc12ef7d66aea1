import { gzipSync } from 'node:zlib'
import { runInNewContext } from 'node:vm'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startLoopsStandIn, type LoopsStandIn } from '@codebuff/integrations/testing'

const SECRET = 'sk_live_SECRET_must_not_ship_4242'
const here = (path: string) => new URL(path, import.meta.url).pathname

/** npm packages a bundle pulls code from, by name (from esbuild's metafile). */
const bundledPackages = new Map<string, Set<string>>()

/** What every bundle here shares: minified for the browser or the edge runtime, as Next resolves the package. */
const bundleOptions = (entry: string, target: 'browser' | 'edge') => ({
  entryPoints: [here(entry)],
  bundle: true,
  write: false as const,
  minify: true,
  platform: 'browser' as const,
  conditions: target === 'edge' ? ['edge-light', 'worker', 'source'] : ['source'],
  logLevel: 'silent' as const,
  metafile: true as const,
})

/** Bundles like Next does for the browser or the edge runtime; the secret sits in the build's env. */
async function bundle(entry: string, target: 'browser' | 'edge') {
  process.env.LOOPS_API_KEY = SECRET
  try {
    const result = await build({ ...bundleOptions(entry, target), format: 'iife', globalName: 'entry' })
    const inputs = Object.values(result.metafile.outputs)[0]!.inputs
    const packages = Object.entries(inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([file]) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1])
      .filter((name): name is string => name !== undefined)
    bundledPackages.set(target, new Set(packages))
    return result.outputFiles[0]!.text
  } finally {
    delete process.env.LOOPS_API_KEY
  }
}

/**
 * What a route loads when it starts, as Next splits it: the entry's chunk and every chunk it imports statically,
 * min+gz. Chunks behind an `import()` (middleware, telemetry, webhooks, templates: lazy-module.ts) load on first use.
 */
async function initialBytes(entry: string, target: 'browser' | 'edge'): Promise<{ initial: number; lazy: number }> {
  const result = await build({ ...bundleOptions(entry, target), format: 'esm', splitting: true, outdir: here('.bundle-size') })
  const outputs = result.metafile.outputs
  const sizes = new Map(result.outputFiles.map((file) => [file.path, gzipSync(file.text).length]))
  const sizeOf = (output: string) => sizes.get(here(`.bundle-size/${output.slice(output.lastIndexOf('/') + 1)}`)) ?? 0
  const start = Object.keys(outputs).find((output) => outputs[output]!.entryPoint)!
  const initial = new Set([start])
  for (const output of initial)
    for (const { path, kind } of outputs[output]!.imports) if (kind === 'import-statement' && outputs[path]) initial.add(path)
  const total = Object.keys(outputs).reduce((sum, output) => sum + sizeOf(output), 0)
  const loaded = [...initial].reduce((sum, output) => sum + sizeOf(output), 0)
  return { initial: loaded, lazy: total - loaded }
}

/** Runs a bundle in a fresh context whose `process.env` records every read. */
function load(code: string, globals: Record<string, unknown>) {
  const reads: string[] = []
  const env = new Proxy(globals.env as Record<string, string>, {
    get: (t, k: string) => {
      reads.push(k)
      return t[k]
    },
  })
  const context: Record<string, unknown> = {
    ...globals,
    process: { env },
    console: { log() {}, info() {}, warn() {}, error() {}, debug() {} },
  }
  runInNewContext(code, context)
  return { entry: context.entry as Record<string, any>, reads }
}

const web = {
  URL,
  URLSearchParams,
  Headers,
  Request,
  Response,
  FormData,
  Blob,
  TextEncoder,
  TextDecoder,
  AbortController,
  AbortSignal,
  setTimeout,
  clearTimeout,
  crypto,
  performance,
  structuredClone,
}

describe('examples/web: the package in browser and edge bundles', () => {
  let browser: string
  let edge: string
  let standIn: LoopsStandIn
  beforeAll(async () => {
    ;[browser, edge] = await Promise.all([bundle('app/invite/browser.ts', 'browser'), bundle('app/api/invitations/route.ts', 'edge')])
    standIn = await startLoopsStandIn({ templateIds: { invitation: 'tpl_invitation' } })
  }, 60_000)
  afterAll(() => standIn.close())

  it('no secret string ends up in either bundle, and no server-only module (stand-in, node:http) is pulled in', () => {
    for (const code of [browser, edge]) {
      expect(code).not.toContain(SECRET)
      expect(code).not.toMatch(/node:http|createServer|startLoopsStandIn/)
      // The default logger resolves to the console writer here (#default-logger's browser/edge condition).
      expect(code).not.toMatch(/pino/)
    }
  })

  it('importing the barrel in a browser reads no env; building the server client there throws the guard', () => {
    const { entry, reads } = load(browser, { ...web, window: {}, document: {}, env: { LOOPS_API_KEY: SECRET } })
    expect(reads).toEqual([])
    expect(entry.tryToCreateServerClient()).toMatch(/runs on the server only: in a browser its API key would be visible/)
    expect(entry.describeFailure(new Error('x'))).toBe('Something went wrong.')
  })

  it('the edge route reads env only when a request comes, then sends through the package', async () => {
    const env = { LOOPS_API_KEY: standIn.apiKey, LOOPS_BASE_URL: standIn.url, LOOPS_TEMPLATE_INVITATION: 'tpl_invitation' }
    const { entry, reads } = load(edge, { ...web, fetch, env })
    expect(reads).toEqual([])
    const request = new Request('https://app.example.com/api/invitations', {
      method: 'POST',
      body: JSON.stringify({
        inviteId: 'inv_edge',
        email: 'ada@example.com',
        firstName: 'Ada',
        organizationName: 'AE',
        inviterName: 'Charles',
        invitationUrl: 'https://app.example.com/i/1',
      }),
    })
    const response: Response = await entry.POST(request)
    expect([response.status, await response.json()]).toEqual([202, { sent: true, duplicate: false }])
    expect(reads).toContain('LOOPS_API_KEY')
    standIn.expectEmailSent({ template: 'invitation', to: 'ada@example.com' })
  })

  it('an edge route calling sendInvitationEmail ships only zod and openapi-fetch, and starts with under 30 KiB min+gz', async () => {
    // Node-only or heavy dependencies (pino, ajv, msw, the spec tooling) must stay out of a web bundle;
    // zod/mini and openapi-fetch are the two a request needs.
    expect([...bundledPackages.get('edge')!].sort()).toEqual(['openapi-fetch', 'zod'])
    expect([...bundledPackages.get('browser')!].every((name) => ['openapi-fetch', 'zod'].includes(name))).toBe(true)
    const { initial, lazy } = await initialBytes('app/api/invitations/route.ts', 'edge')
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
    console.log(`edge route: ${kib(initial)} min+gz at start, ${kib(lazy)} more in chunks loaded on first use`)
    // Measured 20.6 KiB when this budget was set; raise it knowingly, not by accident. It was raised to 31 KiB at
    // 30.0 KiB (issue 17), then middleware, telemetry, webhooks and templates moved to chunks a route loads on first
    // use (what Next does with an import()), and the route starts with less again.
    expect(initial).toBeLessThan(30 * 1024)
  })
})
