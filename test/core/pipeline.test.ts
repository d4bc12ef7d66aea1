import { pino } from 'pino'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  AuthenticationError,
  ConflictError,
  type IntegrationError,
  InvalidResponseError,
  MiddlewareError,
  NetworkError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  TimeoutError,
} from '../../src/core/errors.js'
import { decide, parseRetryAfter } from '../../src/core/http/retry-policy.js'
import { LocalQueueFullError, SlidingWindowRateLimiter } from '../../src/core/http/rate-limiter.js'
import { createLoopsClient } from '../../src/loops/index.js'
import { createStripeClient } from '../../src/stripe/index.js'
import { captureLogs, jsonResponse, scriptedFetch } from '../helpers/capture.js'

/** The call pipeline's contracts between layers, driven by an injected fetch (and fake timers where time matters). */
const KEY = 'loops_test_key_0123456789'
const quiet = pino({ level: 'silent' })
type Fetch = ReturnType<typeof scriptedFetch>['fetch']
const loopsClient = (fetch: Fetch, extra: Parameters<typeof createLoopsClient>[0] = {}) =>
  createLoopsClient({ apiKey: KEY, baseUrl: 'https://loops.test/api', fetch, logger: captureLogs().logger, rateLimit: false, ...extra })
const send = (loops: ReturnType<typeof loopsClient>, options = {}) =>
  loops.sendTransactionalEmail({ transactionalId: 'tpl', email: 'ada@example.com' }, options)
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a failure')
    },
    (e: unknown) => e as IntegrationError,
  )

afterEach(() => vi.useRealTimers())

describe('retryable on the final error is the retry policy’s own verdict', () => {
  /** Classes that always say retryable; every other class follows the policy. */
  const alwaysRetryable = [RateLimitError, ServerError, NetworkError, TimeoutError]

  it('every status × retries exhausted: error.retryable === decide(…).retryable, and a retryable class only when the policy says so', async () => {
    for (let status = 300; status <= 599; status++) {
      const body = { success: false, message: 'no' }
      // 304 is a null-body status: a Response cannot carry one.
      const { fetch } = scriptedFetch(() => (status === 304 ? new Response(null, { status }) : jsonResponse(body, status)))
      const error = await failure(send(loopsClient(fetch, { maxRetries: 0, logger: quiet })))
      const view = { kind: 'response' as const, status, retryAfterMs: parseRetryAfter(new Headers()) }
      const facts = { attempt: 1, maxRetries: 0, method: 'POST', hasIdempotencyKey: true }
      const decision = decide(view, facts)
      if (decision.action !== 'fail') throw new Error(`decide did not fail ${status}`)
      expect([status, error.retryable]).toEqual([status, decision.retryable])
      // With a retry left, the policy retries exactly the statuses it calls retryable.
      expect([status, decide(view, { ...facts, maxRetries: 1 }).action === 'retry']).toEqual([status, decision.retryable])
      if (alwaysRetryable.some((c) => error instanceof c)) expect([status, decision.retryable]).toEqual([status, true])
    }
  })

  it('a 409 "currently being processed" after the last retry is a retryable ConflictError (the outbox keeps the job)', async () => {
    const busy = { success: false, message: 'Idempotency key is currently being processed, try later' }
    const { fetch, calls } = scriptedFetch(() => jsonResponse(busy, 409))
    const error = await failure(send(loopsClient(fetch, { maxRetries: 1, retryDelays: { initialMs: 1, maxMs: 1 } })))
    expect(error).toBeInstanceOf(ConflictError)
    expect([error.retryable, error.attempts, calls.length]).toEqual([true, 2, 2])
  })

  it('a 408 after the last retry is a retryable TimeoutError; a reused key with another body stays final', async () => {
    const { fetch } = scriptedFetch(() => jsonResponse({ success: false, message: 'slow' }, 408))
    const timeout = await failure(send(loopsClient(fetch, { maxRetries: 0 })))
    expect(timeout).toBeInstanceOf(TimeoutError)
    expect(timeout.retryable).toBe(true)
    const reused = { success: false, message: 'Idempotency key already used with a different request body.' }
    const conflict = await failure(send(loopsClient(scriptedFetch(() => jsonResponse(reused, 409)).fetch)))
    expect([conflict.name, conflict.retryable]).toEqual(['ConflictError', false])
  })

  it('403 is a PermissionDeniedError, still an AuthenticationError, never retried', async () => {
    const { fetch, calls } = scriptedFetch(() => jsonResponse({ success: false, message: 'forbidden' }, 403))
    const error = await failure(send(loopsClient(fetch)))
    expect(error).toBeInstanceOf(PermissionDeniedError)
    expect(error).toBeInstanceOf(AuthenticationError)
    expect([error.name, error.retryable, calls.length]).toEqual(['PermissionDeniedError', false, 1])
  })
})

describe('vendor retry advice, per-call retries and a total deadline', () => {
  const stripeWith = (fetch: Fetch) =>
    createStripeClient({
      apiKey: 'sk_test_x',
      fetch,
      logger: captureLogs().logger,
      rateLimit: false,
      retryDelays: { initialMs: 1, maxMs: 1 },
    })
  const stripeError = { error: { type: 'api_error', message: 'boom' } }

  it('Stripe-Should-Retry: false stops a 500 at once (not retryable); true retries a 400', async () => {
    const no = scriptedFetch(() => jsonResponse(stripeError, 500, { 'stripe-should-retry': 'false' }))
    const error = await failure(stripeWith(no.fetch).postCustomers({ email: 'ada@example.com' }))
    expect([no.calls.length, error.retryable]).toEqual([1, false])
    const yes = scriptedFetch(
      () => jsonResponse({ error: { type: 'invalid_request_error', message: 'lock' } }, 400, { 'stripe-should-retry': 'true' }),
      () => jsonResponse({ id: 'cus_1', object: 'customer' }),
    )
    await expect(stripeWith(yes.fetch).postCustomers({ email: 'ada@example.com' })).resolves.toMatchObject({ id: 'cus_1' })
    expect(yes.calls).toHaveLength(2)
  })

  it('maxRetries per call overrides the client’s', async () => {
    const { fetch, calls } = scriptedFetch(() => jsonResponse({ message: 'down' }, 503))
    const loops = loopsClient(fetch, { maxRetries: 5, retryDelays: { initialMs: 1, maxMs: 1 } })
    await failure(send(loops, { maxRetries: 1 }))
    expect(calls).toHaveLength(2)
    await expect(send(loops, { maxRetries: 11 })).rejects.toMatchObject({ name: 'ValidationError', attempts: 0 })
  })

  it('deadlineMs ends the call, backoffs and a hanging attempt included, with a retryable TimeoutError', async () => {
    vi.useFakeTimers()
    const { fetch, calls } = scriptedFetch(
      () => jsonResponse({ message: 'down' }, 503),
      () => new Promise<Response>(() => {}), // the second attempt never answers
    )
    const loops = loopsClient(fetch, { maxRetries: 5, timeoutMs: 10_000, retryDelays: { initialMs: 100, maxMs: 100 } })
    const settled = failure(send(loops, { deadlineMs: 1000 }))
    await vi.advanceTimersByTimeAsync(1100)
    const error = await settled
    expect(error).toBeInstanceOf(TimeoutError)
    expect([error.retryable, calls.length]).toEqual([true, 2])
  })

  it('a backoff that would end after deadlineMs is not started: the call fails now with the last error', async () => {
    const { fetch, calls } = scriptedFetch(() => jsonResponse({ message: 'down' }, 503, { 'retry-after': '30' }))
    const error = await failure(send(loopsClient(fetch, { maxRetries: 3 }), { deadlineMs: 5000 }))
    expect([error.name, error.retryable, calls.length]).toEqual(['ServerError', true, 1])
  })
})

describe('the attempt deadline and the caller’s signal end the call at once', () => {
  it('a fetch that never answers: the attempt’s signal aborts at timeoutMs (the socket is freed), the call is a TimeoutError', async () => {
    vi.useFakeTimers()
    const signals: AbortSignal[] = []
    const fetch: Fetch = (_url, init) => {
      signals.push(init.signal!)
      return new Promise<Response>(() => {})
    }
    const settled = failure(send(loopsClient(fetch, { timeoutMs: 1000, maxRetries: 0 })))
    await vi.advanceTimersByTimeAsync(1011)
    expect(await settled).toBeInstanceOf(TimeoutError)
    expect(signals[0]!.aborted).toBe(true)
  })

  it('the caller’s abort reaches the fetch’s signal at once, with the caller’s reason', async () => {
    const signals: AbortSignal[] = []
    const fetch: Fetch = (_url, init) => {
      signals.push(init.signal!)
      return new Promise<Response>(() => {})
    }
    const controller = new AbortController()
    const settled = failure(send(loopsClient(fetch), { signal: controller.signal }))
    await new Promise((resolve) => setTimeout(resolve, 5))
    controller.abort(new Error('user went away'))
    expect(await settled).toMatchObject({ message: 'user went away' })
    expect(signals[0]!.aborted).toBe(true)
  })
})

describe('the rate limiter’s queue', () => {
  it('a queued call whose signal aborts leaves at once, not when it reaches the head (1 rps, 5 ahead of it)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    const limiter = new SlidingWindowRateLimiter({ requestsPerSecond: 1 })
    expect(limiter.tryAcquire()).toBe(true)
    const ahead = Array.from({ length: 5 }, () => limiter.acquire())
    const controller = new AbortController()
    setTimeout(() => controller.abort(new Error('gave up')), 200)
    let leftAt: number | undefined
    const sixth = limiter.acquire(controller.signal).catch((e: Error) => {
      leftAt = performance.now()
      return e.message
    })
    await vi.advanceTimersByTimeAsync(250)
    expect(await sixth).toBe('gave up')
    expect(leftAt).toBe(200)
    await vi.advanceTimersByTimeAsync(6000)
    await Promise.all(ahead) // the others still go, in order
  })

  it('is bounded: one call beyond maxQueued fails at once with a RateLimitError saying the local queue is full', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    const { fetch, calls } = scriptedFetch(() => jsonResponse({ success: true }))
    const loops = loopsClient(fetch, { rateLimit: { requestsPerSecond: 1, maxQueued: 2 } })
    const first = send(loops)
    const queued = [send(loops), send(loops)]
    const error = await failure(send(loops))
    expect(error).toBeInstanceOf(RateLimitError)
    expect(error.message).toMatch(/local rate-limit queue is full \(2 calls/)
    expect([error.retryable, error.attempts]).toEqual([true, 0])
    await vi.advanceTimersByTimeAsync(3000)
    await Promise.all([first, ...queued])
    expect(calls).toHaveLength(3)
    expect(() => createLoopsClient({ rateLimit: { requestsPerSecond: 1, maxQueued: -1 } })).toThrow(/maxQueued/)
  })

  it('the limiter itself rejects with LocalQueueFullError (what a shared limiter throws too)', async () => {
    const limiter = new SlidingWindowRateLimiter({ requestsPerSecond: 1, maxQueued: 0 })
    limiter.tryAcquire()
    await expect(limiter.acquire()).rejects.toBeInstanceOf(LocalQueueFullError)
  })
})

describe('what middleware and the vendor may not do', () => {
  it.each(['host', 'Content-Length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'te', 'trailer', 'proxy-authorization'])(
    'a hook returning %s is a MiddlewareError before anything is sent',
    async (name) => {
      const { fetch, calls } = scriptedFetch(() => jsonResponse({ success: true }))
      const loops = loopsClient(fetch)
      loops.use({ name: 'framer', onRequest: () => ({ headers: { [name]: 'x' } }) })
      const error = await failure(send(loops))
      expect(error).toBeInstanceOf(MiddlewareError)
      expect([error.retryable, calls.length]).toEqual([false, 0])
      expect(error.message).toContain(name.toLowerCase())
    },
  )

  it('a 200 application/json with an empty body is an InvalidResponseError, not undefined typed as data', async () => {
    const { fetch } = scriptedFetch(() => new Response('', { status: 200, headers: { 'content-type': 'application/json' } }))
    const error = await failure(loopsClient(fetch).findContact({ email: 'ada@example.com' }))
    expect(error).toBeInstanceOf(InvalidResponseError)
    expect(error.message).toMatch(/empty body/)
    // A 204 has no body by definition.
    const noContent = scriptedFetch(() => new Response(null, { status: 204 }))
    await expect(loopsClient(noContent.fetch).findContact({ email: 'ada@example.com' })).resolves.toBeUndefined()
  })
})
