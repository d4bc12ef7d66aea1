import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConfigError } from '../../src/core/errors.js'
import { operations } from '../../generated/loops.js'
import { listOperations } from '../../scripts/lib/operations.js'
import { parseSpec } from '../../scripts/lib/spec-document.js'
import { createLoopsClient, type LoopsClient } from '../../src/loops/index.js'
import { captureLogs, jsonResponse, scriptedFetch } from '../helpers/capture.js'

afterEach(() => vi.unstubAllGlobals())

/** An env object that records which variables were read. */
const watchedEnv = (values: Record<string, string>) => {
  const reads: string[] = []
  const env = new Proxy(values, {
    get: (t, k: string) => {
      reads.push(k)
      return t[k]
    },
  })
  return { env, reads }
}

describe('createLoopsClient', () => {
  it('has one method per operation of the spec (all 64) and the raw openapi-fetch client', () => {
    // Read from the spec itself, not from the committed map the client is built from.
    const spec = parseSpec(readFileSync(new URL('../../specs/loops.openapi.json', import.meta.url), 'utf8'), 'specs/loops.openapi.json')
    const names = listOperations(spec.doc).map((op) => op.name)
    expect(names).toHaveLength(64)
    const loops = createLoopsClient({ apiKey: 'k' }) as unknown as Record<string, unknown>
    expect(names.filter((name) => typeof loops[name] !== 'function')).toEqual([])
    expect(Object.keys(operations).sort()).toEqual([...names].sort())
    expect(typeof (loops as unknown as LoopsClient).raw.GET).toBe('function')
  })

  it('reads no env until the first request, then reads it once', async () => {
    const { env, reads } = watchedEnv({ LOOPS_API_KEY: 'k_env_lazy' })
    const wire = scriptedFetch(() => jsonResponse({ success: true, teamName: 'x' }))
    const loops = createLoopsClient({ env, fetch: wire.fetch, logger: captureLogs().logger })
    expect(reads).toEqual([])
    await loops.testApiKey()
    await loops.testApiKey()
    expect(reads.filter((r) => r === 'LOOPS_API_KEY')).toHaveLength(1)
    expect(wire.calls[0]!.headers.get('authorization')).toBe('Bearer k_env_lazy')
  })

  it('a missing key is a ConfigError naming LOOPS_API_KEY, before any request; empty counts as missing', async () => {
    const wire = scriptedFetch(() => jsonResponse({}))
    const loops = createLoopsClient({ env: { LOOPS_API_KEY: '   ' }, fetch: wire.fetch })
    const error = await loops.testApiKey().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toMatch(/set the LOOPS_API_KEY environment variable.*or pass \{ apiKey \}/)
    expect(wire.calls).toHaveLength(0)
  })

  it('a malformed env var is a ConfigError listing it', async () => {
    const loops = createLoopsClient({ env: { LOOPS_API_KEY: 'k', LOOPS_BASE_URL: 'not a url', LOOPS_DRY_RUN: 'maybe' } })
    await expect(loops.testApiKey()).rejects.toThrow(/LOOPS_BASE_URL: must be an http\(s\) URL; LOOPS_DRY_RUN: expected 1\/0/)
  })

  it('explicit options beat env; LOOPS_BASE_URL beats the spec server', async () => {
    const wire = scriptedFetch(() => jsonResponse({ success: true }))
    await createLoopsClient({
      env: { LOOPS_API_KEY: 'env', LOOPS_BASE_URL: 'http://127.0.0.1:9/api' },
      fetch: wire.fetch,
      rateLimit: false,
    }).testApiKey()
    await createLoopsClient({
      apiKey: 'opt',
      env: { LOOPS_API_KEY: 'env', LOOPS_BASE_URL: 'http://127.0.0.1:9/api' },
      baseUrl: 'http://127.0.0.1:8/api',
      fetch: wire.fetch,
    }).testApiKey()
    expect(wire.calls.map((c) => [c.url, c.headers.get('authorization')])).toEqual([
      ['http://127.0.0.1:9/api/v1/api-key', 'Bearer env'],
      ['http://127.0.0.1:8/api/v1/api-key', 'Bearer opt'],
    ])
  })

  it('dry run (LOOPS_DRY_RUN=1) logs what would be sent and sends nothing, without needing a key', async () => {
    const wire = scriptedFetch(() => jsonResponse({}))
    const logs = captureLogs()
    const loops = createLoopsClient({ env: { LOOPS_DRY_RUN: '1' }, fetch: wire.fetch, logger: logs.logger })
    await expect(loops.sendTransactionalEmail({ transactionalId: 'tpl', email: 'ada@example.com' })).resolves.toEqual({
      success: true,
      dryRun: true,
    })
    expect(wire.calls).toHaveLength(0)
    const line = logs.entries().find((e) => e.dryRun)
    expect(line).toMatchObject({ request: 'POST /v1/transactional', msg: 'dry run: request not sent' })
    expect(line!.body).toEqual({ transactionalId: 'tpl', email: 'a***@example.com' })
  })

  it('refuses to be constructed in a browser unless told to', () => {
    vi.stubGlobal('window', {})
    vi.stubGlobal('document', {})
    expect(() => createLoopsClient({ apiKey: 'k' })).toThrow(/server only: in a browser its API key would be visible/)
    expect(() => createLoopsClient({ apiKey: 'k', dangerouslyAllowBrowser: true })).not.toThrow()
  })

  it('raw returns { data, error } on the same transport instead of throwing', async () => {
    const wire = scriptedFetch(
      () => jsonResponse({ success: false, message: 'down' }, 503),
      () => jsonResponse({ success: false, message: 'Contact not found.' }, 404),
    )
    const loops = createLoopsClient({ apiKey: 'k_raw', fetch: wire.fetch, logger: captureLogs().logger, retryDelays: { initialMs: 1 } })
    const { data, error, response } = await loops.raw.GET('/v1/contacts/find', { params: { query: { email: 'ada@example.com' } } })
    expect([data, error, response.status]).toEqual([undefined, { success: false, message: 'Contact not found.' }, 404])
    expect(wire.calls).toHaveLength(2)
    expect(wire.calls[0]!.headers.get('authorization')).toBe('Bearer k_raw')
  })

  it('the shared `loops` client reads no env at import or creation, and reads it on its first request', async () => {
    const original = process.env
    const reads: string[] = []
    process.env = new Proxy<NodeJS.ProcessEnv>(
      { ...original, LOOPS_API_KEY: 'k_lazy_default' },
      {
        get: (target, name) => {
          if (typeof name === 'string' && name.startsWith('LOOPS_')) reads.push(name)
          return Reflect.get(target, name)
        },
      },
    )
    const wire = scriptedFetch(() => jsonResponse({ success: true, teamName: 'x' }))
    vi.stubGlobal('fetch', wire.fetch)
    try {
      vi.resetModules() // a fresh module instance: its shared client does not exist yet
      const { loops } = await import('../../src/loops/index.js')
      expect(typeof loops.testApiKey).toBe('function') // first property access creates the client
      expect(reads).toEqual([])
      await loops.testApiKey()
      expect(reads).toContain('LOOPS_API_KEY')
      expect(wire.calls[0]!.headers.get('authorization')).toBe('Bearer k_lazy_default')
    } finally {
      process.env = original
    }
  })

  it('sends the package version in the User-Agent header of every request', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
    const wire = scriptedFetch(() => jsonResponse({ success: true, teamName: 'x' }))
    const loops = createLoopsClient({ apiKey: 'k_ua', fetch: wire.fetch, logger: captureLogs().logger })
    await loops.testApiKey()
    await loops.raw.GET('/v1/api-key')
    expect(wire.calls.map((c) => c.headers.get('user-agent'))).toEqual([
      `@codebuff/integrations/${version}`,
      `@codebuff/integrations/${version}`,
    ])
  })
})
