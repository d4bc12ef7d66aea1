import { DiagLogLevel, diag } from '@opentelemetry/api'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { ConfigError, MiddlewareError } from '../../src/core/errors.js'
import type { Middleware, MiddlewareErrorContext, MiddlewareResponseContext } from '../../src/core/http/middleware.js'
import { createServiceClient } from '../../src/core/http/service-client.js'
import { createLoopsClient } from '../../src/loops/index.js'
import { loopsProtocol } from '../../src/loops/protocol.js'
import { createStripeClient } from '../../src/stripe/index.js'
import { captureLogs, jsonResponse, scriptedFetch } from '../helpers/capture.js'

/** Middleware through the whole client, driven by a scripted fetch. No OpenTelemetry SDK is registered in this file. */
const KEY = 'loops_test_key_0123456789'
const EMAIL = { transactionalId: 'tpl', email: 'ada@example.com' }
const fast = { retryDelays: { initialMs: 1, maxMs: 1 } }
const client = (fetch: ReturnType<typeof scriptedFetch>['fetch'], extra: Parameters<typeof createLoopsClient>[0] = {}) =>
  createLoopsClient({
    apiKey: KEY,
    baseUrl: 'https://loops.test/api',
    fetch,
    logger: captureLogs().logger,
    rateLimit: false,
    ...fast,
    ...extra,
  })
const unavailableThenOk = () =>
  scriptedFetch(
    () => jsonResponse({ message: 'down' }, 503),
    () => jsonResponse({ success: true }, 200, { 'x-request-id': 'req_2' }),
  )

/** A middleware that records what each hook saw. */
function recorder() {
  const seen: {
    hook: string
    operation: string
    attempt: number
    headers: Record<string, string>
    status?: number
    willRetry?: boolean
  }[] = []
  const middleware: Middleware = {
    name: 'recorder',
    onRequest: ({ operation, attempt, request }) =>
      void seen.push({ hook: 'onRequest', operation, attempt, headers: { ...request.headers } }),
    onResponse: ({ operation, attempt, request, response, willRetry }: MiddlewareResponseContext) =>
      void seen.push({ hook: 'onResponse', operation, attempt, headers: { ...request.headers }, status: response.status, willRetry }),
    onError: ({ operation, attempt, request, willRetry }: MiddlewareErrorContext) =>
      void seen.push({ hook: 'onError', operation, attempt, headers: { ...request.headers }, willRetry }),
  }
  return { middleware, seen }
}

describe('client.use(): hooks around every attempt', () => {
  it('sees both attempts of a typed method that meets 503 then 200, without the credential', async () => {
    const { fetch } = unavailableThenOk()
    const loops = client(fetch)
    const { middleware, seen } = recorder()
    loops.use(middleware)
    await loops.sendTransactionalEmail(EMAIL, { idempotencyKey: 'invite-42' })
    expect(seen.map(({ hook, attempt, status, willRetry }) => ({ hook, attempt, status, willRetry }))).toEqual([
      { hook: 'onRequest', attempt: 1, status: undefined, willRetry: undefined },
      { hook: 'onResponse', attempt: 1, status: 503, willRetry: true },
      { hook: 'onRequest', attempt: 2, status: undefined, willRetry: undefined },
      { hook: 'onResponse', attempt: 2, status: 200, willRetry: false },
    ])
    expect(seen.every((s) => s.operation === 'sendTransactionalEmail')).toBe(true)
    for (const { headers } of seen) {
      expect(headers['idempotency-key']).toBe('invite-42')
      expect(headers.authorization).toBeUndefined()
      expect(JSON.stringify(headers)).not.toContain(KEY)
    }
  })

  it('sees both attempts of a .raw call too, named by the spec path', async () => {
    const { fetch } = unavailableThenOk()
    const loops = client(fetch)
    const { middleware, seen } = recorder()
    loops.use(middleware)
    const { error } = await loops.raw.POST('/v1/transactional', { body: EMAIL, headers: { 'Idempotency-Key': 'raw-key-1' } })
    expect(error).toBeUndefined()
    expect(seen.map((s) => `${s.hook} ${s.attempt} ${s.status ?? ''}`.trim())).toEqual([
      'onRequest 1',
      'onResponse 1 503',
      'onRequest 2',
      'onResponse 2 200',
    ])
    expect(seen[0]).toMatchObject({ operation: 'POST /v1/transactional', headers: { 'idempotency-key': 'raw-key-1' } })
    expect(seen[0]!.headers.authorization).toBeUndefined()
  })

  it('names a .raw call with path parameters by its template, never the filled-in id', async () => {
    const { fetch } = scriptedFetch(() => jsonResponse({ id: 'cus_secret_123', object: 'customer' }))
    const stripe = createStripeClient({ apiKey: 'sk_test_123', baseUrl: 'https://stripe.test', fetch, logger: captureLogs().logger })
    const { middleware, seen } = recorder()
    stripe.use(middleware)
    await stripe.raw.GET('/v1/customers/{customer}', { params: { path: { customer: 'cus_secret_123' } } })
    expect(seen[0]!.operation).toBe('GET /v1/customers/{customer}')
  })

  it('sends the headers onRequest adds, on every attempt, and hooks may be async', async () => {
    const { fetch, calls } = unavailableThenOk()
    const loops = client(fetch)
    loops.use({
      onRequest: async ({ attempt }) => {
        await new Promise((resolve) => setTimeout(resolve, 1))
        return { headers: { 'X-Tenant': 'acme', 'x-attempt': String(attempt) } }
      },
    })
    await loops.sendTransactionalEmail(EMAIL)
    expect(calls.map((c) => [c.headers.get('x-tenant'), c.headers.get('x-attempt')])).toEqual([
      ['acme', '1'],
      ['acme', '2'],
    ])
    expect(calls[0]!.headers.get('authorization')).toBe(`Bearer ${KEY}`)
  })

  it("sends nothing when the caller aborts while an async onRequest runs, and fails with the caller's reason", async () => {
    const { fetch, calls } = scriptedFetch(() => jsonResponse({ success: true }))
    const loops = client(fetch)
    const controller = new AbortController()
    loops.use({
      onRequest: async () => {
        controller.abort(new Error('user went away'))
        await new Promise((resolve) => setTimeout(resolve, 1))
      },
    })
    await expect(loops.sendTransactionalEmail(EMAIL, { signal: controller.signal })).rejects.toThrow('user went away')
    expect(calls).toHaveLength(0)
  })

  it('runs onRequest in order and onResponse in reverse, like openapi-fetch', async () => {
    const { fetch } = scriptedFetch(() => jsonResponse({ success: true }))
    const loops = client(fetch)
    const order: string[] = []
    const tag = (name: string): Middleware => ({
      onRequest: () => void order.push(`${name}.onRequest`),
      onResponse: () => void order.push(`${name}.onResponse`),
    })
    loops.use(tag('a'), tag('b'))
    await loops.sendTransactionalEmail(EMAIL)
    expect(order).toEqual(['a.onRequest', 'b.onRequest', 'b.onResponse', 'a.onResponse'])
  })

  it('tells onError why an attempt had no answer, scrubbed of the key', async () => {
    const { fetch } = scriptedFetch(() => {
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED', message: `connect refused (key ${KEY})` } })
    })
    const loops = client(fetch, { maxRetries: 1 })
    const { middleware, seen } = recorder()
    const errors: MiddlewareErrorContext['error'][] = []
    loops.use(middleware, { onError: ({ error }) => void errors.push(error) })
    await expect(loops.sendTransactionalEmail(EMAIL)).rejects.toMatchObject({ name: 'NetworkError', attempts: 2 })
    expect(seen.filter((s) => s.hook === 'onError').map((s) => [s.attempt, s.willRetry])).toEqual([
      [1, true],
      [2, false],
    ])
    expect(errors[0]).toEqual({ kind: 'network', type: 'ECONNREFUSED', message: 'ECONNREFUSED' })
  })
})

describe('client.use(): a failing hook stops the call', () => {
  it('fails with a non-retryable MiddlewareError naming the hook when onRequest throws; nothing is sent', async () => {
    const { fetch, calls } = unavailableThenOk()
    const loops = client(fetch)
    const boom = new Error('tenant lookup failed')
    loops.use({
      name: 'tenant',
      onRequest: () => {
        throw boom
      },
    })
    const error = await loops.sendTransactionalEmail(EMAIL).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MiddlewareError)
    expect(error).toMatchObject({ hook: 'onRequest', retryable: false, attempts: 0, operation: 'sendTransactionalEmail', cause: boom })
    expect((error as Error).message).toMatch(/middleware "tenant"'s onRequest threw: tenant lookup failed \(attempt 1\)/)
    expect(calls).toHaveLength(0)
  })

  it('stops a call whose async hook never settles: at timeoutMs, and at the caller’s abort', async () => {
    for (const hook of ['onRequest', 'onResponse'] as const) {
      const { fetch, calls } = unavailableThenOk()
      const loops = client(fetch, { timeoutMs: 50 })
      loops.use({ name: 'stuck', [hook]: () => new Promise<void>(() => {}) })
      const error = await loops.sendTransactionalEmail(EMAIL).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(MiddlewareError)
      expect(error).toMatchObject({ hook, retryable: false })
      expect(calls.length).toBeLessThanOrEqual(1)
    }
    const { fetch } = unavailableThenOk()
    const loops = client(fetch, { timeoutMs: 60_000 })
    loops.use({ onRequest: () => new Promise<void>(() => {}) })
    const controller = new AbortController()
    setTimeout(() => controller.abort(new Error('user went away')), 20)
    expect(await loops.sendTransactionalEmail(EMAIL, { signal: controller.signal }).catch((e: unknown) => e)).toMatchObject({
      message: 'user went away',
    })
  })

  it('rejects a .raw call with the MiddlewareError too', async () => {
    const { fetch, calls } = unavailableThenOk()
    const loops = client(fetch)
    loops.use({
      onRequest: () => {
        throw new Error('no tenant')
      },
    })
    await expect(loops.raw.POST('/v1/transactional', { body: EMAIL })).rejects.toMatchObject({ name: 'MiddlewareError', hook: 'onRequest' })
    expect(calls).toHaveLength(0)
  })

  it('does not retry when onResponse throws on a 503: fetch is called once', async () => {
    const { fetch, calls } = unavailableThenOk()
    const loops = client(fetch)
    loops.use({
      onResponse: () => {
        throw new Error('metrics backend down')
      },
    })
    const error = await loops.sendTransactionalEmail(EMAIL).catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'MiddlewareError', hook: 'onResponse', attempts: 1 })
    expect((error as Error).message).toMatch(/was sent and may have taken effect/)
    expect(calls).toHaveLength(1)
  })

  it.each([
    ['the authorization header', { Authorization: 'Bearer other' }, /may not set the authorization header/],
    ['the idempotency key', { 'idempotency-key': 'mine' }, /may not set the idempotency-key header/],
    ['a header value with a line break', { 'x-note': 'a\r\nx-injected: 1' }, /cannot go in an HTTP header/],
    ['a non-string value', { 'x-count': 3 }, /cannot go in an HTTP header/],
  ])('refuses an onRequest that sets %s, before anything is sent', async (_what, headers, message) => {
    const { fetch, calls } = scriptedFetch(() => jsonResponse({ success: true }))
    const loops = client(fetch)
    loops.use({ onRequest: () => ({ headers: headers as Record<string, string> }) })
    await expect(loops.sendTransactionalEmail(EMAIL)).rejects.toThrow(message)
    expect(calls).toHaveLength(0)
  })

  it('gives hooks a frozen request: mutating it is a MiddlewareError, not a silent no-op', async () => {
    const { fetch, calls } = scriptedFetch(() => jsonResponse({ success: true }))
    const loops = client(fetch)
    loops.use({
      onRequest: ({ request }) => {
        ;(request.headers as Record<string, string>).authorization = 'Bearer stolen'
      },
    })
    await expect(loops.sendTransactionalEmail(EMAIL)).rejects.toBeInstanceOf(MiddlewareError)
    expect(calls).toHaveLength(0)
  })
})

describe('client.use(): types', () => {
  it('takes hook objects whose onRequest returns nothing or { headers }', () => {
    const loops = client(scriptedFetch(() => jsonResponse({})).fetch)
    expectTypeOf(loops.use).parameters.toEqualTypeOf<Middleware[]>()
    loops.use({ onRequest: async () => {} }, { onRequest: () => ({ headers: { 'x-a': '1' } }) })
    // @ts-expect-error a header value is a string
    loops.use({ onRequest: () => ({ headers: { 'x-a': 1 } }) })
    // @ts-expect-error onRequest cannot answer with a Response (openapi-fetch's short-circuit is not supported)
    loops.use({ onRequest: () => new Response('{}') })
    loops.eject()
  })
})

describe('client.use() / eject(): the list', () => {
  it('stops calling a middleware once ejected', async () => {
    const { fetch } = scriptedFetch(() => jsonResponse({ success: true }))
    const loops = client(fetch)
    const { middleware, seen } = recorder()
    loops.use(middleware)
    await loops.sendTransactionalEmail(EMAIL)
    loops.eject(middleware)
    await loops.sendTransactionalEmail(EMAIL)
    expect(seen).toHaveLength(2)
  })

  it('refuses something that is not middleware, and keeps use/eject out of the method list', () => {
    const loops = client(scriptedFetch(() => jsonResponse({})).fetch)
    expect(() => loops.use({} as Middleware)).toThrow(ConfigError)
    expect(() => loops.use({ onRequest: 'yes' } as unknown as Middleware)).toThrow(/must be an object with onRequest/)
    expect(Object.keys(loops)).not.toContain('use')
    expect(Object.keys(loops)).not.toContain('eject')
  })

  it('refuses at creation an operation named like a client property', () => {
    for (const name of ['use', 'eject', 'raw']) {
      const make = () =>
        createServiceClient(
          {
            service: 'demo',
            displayName: 'Demo',
            operations: { [name]: { method: 'get', path: '/x', pathParams: [], queryParams: [], idempotent: false } },
            vendor: loopsProtocol,
            env: { apiKey: 'DEMO_API_KEY' },
            authorize: (apiKey) => ({ authorization: `Bearer ${apiKey}` }),
            resolveConfig: () => ({ apiKey: 'k', baseUrl: 'https://demo.test', dryRun: false }),
          },
          {},
        )
      expect(make).toThrow(new RegExp(`operation named "${name}"`))
    }
  })

  it('without middleware or an OpenTelemetry SDK, sends no traceparent and no extra header', async () => {
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('opentelemetry.js.api.1')]).toBeUndefined()
    const { fetch, calls } = scriptedFetch(() => jsonResponse({ success: true }))
    await client(fetch).sendTransactionalEmail(EMAIL)
    expect([...calls[0]!.headers.keys()].sort()).toEqual(['authorization', 'content-type', 'idempotency-key', 'user-agent'])
  })

  it('with the OpenTelemetry API loaded but no SDK (only a diag logger), still sends nothing extra', async () => {
    diag.setLogger({ error() {}, warn() {}, info() {}, debug() {}, verbose() {} }, DiagLogLevel.ERROR)
    try {
      expect((globalThis as Record<symbol, { version: string }>)[Symbol.for('opentelemetry.js.api.1')]).toMatchObject({ version: /^1\./ })
      const { fetch, calls } = scriptedFetch(() => jsonResponse({ success: true }))
      await client(fetch).sendTransactionalEmail(EMAIL)
      expect(calls[0]!.headers.has('traceparent')).toBe(false)
    } finally {
      diag.disable()
    }
  })
})
