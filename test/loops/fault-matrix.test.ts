import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  AuthenticationError,
  InvalidResponseError,
  type IntegrationError,
  NetworkError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
} from '../../src/core/errors.js'
import { createLoopsClient, type LoopsClient } from '../../src/loops/index.js'
import { mockLoops, startLoopsStandIn, type LoopsFake, type LoopsStandIn } from '../../src/testing/loops-stand-in.js'
import type { Fault } from '../../src/testing/stand-in.js'
import { captureLogs } from '../helpers/capture.js'

/**
 * Every fault Loops (or the network) can throw at a call, and what the client makes of it. The matrix
 * runs in-process (the msw stand-in: same spec validation, idempotency and faults as the loopback one)
 * on a fake clock, so each timeout, backoff and Retry-After is proven in virtual time, to the
 * millisecond, without waiting for it. What only real sockets show (undici's reset, a lost response,
 * an abort that closes the connection) is proven once more at the end over 127.0.0.1.
 */
const API_KEY = 'test_fault_matrix_key'
const TIMEOUT_MS = 400
let standIn: LoopsFake
let loops: LoopsClient
const logs = captureLogs()

/**
 * Runs the fake clock until `promise` settles, one timer at a time. Before each step the in-process
 * stand-in gets real turns of the event loop to answer, so no deadline fires on an answer already given.
 */
async function settled<T>(promise: Promise<T>): Promise<T> {
  let done = false
  promise.then(
    () => (done = true),
    () => (done = true),
  )
  const turns = async () => {
    for (let i = 0; i < 10 && !done; i++) await new Promise((resolve) => setImmediate(resolve))
  }
  await turns()
  while (!done) {
    if (vi.getTimerCount() === 0) throw new Error('the call is waiting for nothing: it would never settle')
    await vi.advanceTimersToNextTimerAsync()
    await turns()
  }
  return promise
}

const sendWith = (client: LoopsClient, options = {}) =>
  client.sendTransactionalEmail({ transactionalId: 'tpl_welcome', email: 'ada@example.com', dataVariables: { firstName: 'Ada' } }, options)
const send = (options = {}) => settled(sendWith(loops, options))
const list = () => settled(loops.listMailingLists())
const attempts = () => standIn.requests.length
const keysSeen = () => new Set(standIn.requests.map((r) => r.headers['idempotency-key']))
const failure = async (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (e: unknown) => e as IntegrationError,
  )

const html502 = {
  status: 502,
  body: '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
  headers: { 'content-type': 'text/html' },
}
const recovering: [string, Fault][] = [
  ['a 500', { status: 500 }],
  ['a 502 with an HTML body', html502],
  ['a 503', { status: 503 }],
  ['a 504', { status: 504 }],
  ['a connection reset', { drop: 'before' }],
  ['a response that never comes (timeout)', { delayMs: 2_000 }],
]

describe('in-process, on a fake clock', () => {
  beforeAll(() => {
    standIn = mockLoops({ apiKey: API_KEY })
  })
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    // A client per test: its deadlines and rate-limit window start on this test's clock.
    loops = createLoopsClient({ apiKey: API_KEY, logger: logs.logger, timeoutMs: TIMEOUT_MS, retryDelays: { initialMs: 20, maxMs: 100 } })
  })
  afterEach(async () => {
    // Late work (a delayed answer the client gave up on) ends before the next test: it must not be processed.
    await vi.runAllTimersAsync()
    vi.useRealTimers()
    // Every request the client sent must fit the Loops spec (the stand-in validates each with ajv).
    expect(standIn.requests.flatMap((r) => r.validationErrors)).toEqual([])
    standIn.reset()
  })
  afterAll(() => standIn.close())

  describe.each([
    ['sendTransactionalEmail', send],
    ['listMailingLists (GET)', list],
  ] as const)('fault matrix: %s', (name, call) => {
    const isSend = name === 'sendTransactionalEmail'

    it.each(recovering)('recovers from %s on the second attempt', async (_label, fault) => {
      standIn.inject({ fault })
      await expect(call()).resolves.toBeDefined()
      expect(attempts()).toBe(2)
      if (isSend) {
        expect(standIn.sent).toHaveLength(1)
        expect(keysSeen().size).toBe(1)
        expect([...keysSeen()][0]).toMatch(/^[0-9a-f-]{36}$/)
      }
    })

    it('the request that timed out is given up at its deadline, and never processed', async () => {
      standIn.inject({ fault: { delayMs: 2_000 } })
      await expect(call()).resolves.toBeDefined()
      const [first, second] = standIn.requests.map((r) => r.at)
      // The second attempt starts once the first's deadline (400 ms, + at most 1 % slack) and a backoff passed.
      expect(second! - first!).toBeGreaterThanOrEqual(TIMEOUT_MS)
      expect(second! - first!).toBeLessThanOrEqual(TIMEOUT_MS + 4 + 100)
      await vi.runAllTimersAsync()
      expect(standIn.requests.map((r) => r.outcome)).toEqual(['dropped', 200])
      if (isSend) expect(standIn.sent).toHaveLength(1)
    })

    it('waits out 429 + Retry-After: 2, then succeeds', async () => {
      // 2 s, not 1: a 429 without a readable Retry-After pauses the rate limiter 1 s, and this must be the header's wait.
      standIn.inject({ fault: { status: 429, headers: { 'retry-after': '2' } } })
      const started = performance.now()
      await expect(call()).resolves.toBeDefined()
      expect(performance.now() - started).toBeGreaterThanOrEqual(2000)
      const [first, second] = standIn.requests.map((r) => r.at)
      expect(second! - first!).toBe(2000) // exactly the vendor's wait, not the 20 ms backoff
      expect(attempts()).toBe(2)
      if (isSend) expect(keysSeen().size).toBe(1)
    })

    it('gives up after 3 attempts of 503 with a retryable ServerError', async () => {
      standIn.inject({ fault: { status: 503 }, times: 5 })
      const error = await failure(call())
      expect(error).toBeInstanceOf(ServerError)
      expect({ attempts: error.attempts, status: error.status, retryable: error.retryable }).toEqual({
        attempts: 3,
        status: 503,
        retryable: true,
      })
      expect(attempts()).toBe(3)
      if (isSend) expect(keysSeen().size).toBe(1)
    })

    it('backs off between retries: at least the initial delay, doubled for the second', async () => {
      standIn.inject({ fault: { status: 503 }, times: 3 })
      await failure(call())
      const [a, b, c] = standIn.requests.map((r) => r.at)
      // initialMs 20 then 40, each with up to 25 % jitter off.
      expect(b! - a!).toBeGreaterThanOrEqual(15)
      expect(b! - a!).toBeLessThanOrEqual(20)
      expect(c! - b!).toBeGreaterThanOrEqual(30)
      expect(c! - b!).toBeLessThanOrEqual(40)
    })

    it('summarises an HTML error page instead of dumping it', async () => {
      standIn.inject({ fault: html502, times: 3 })
      const error = await failure(call())
      expect(error).toBeInstanceOf(ServerError)
      expect(error.body).toBe('HTML page: 502 Bad Gateway')
      expect(error.message).toContain('502 Bad Gateway — retried 2×')
    })

    it('ends in a TimeoutError when no attempt answers in time', async () => {
      standIn.inject({ fault: { delayMs: 2_000 }, times: 3 })
      const started = performance.now()
      const error = await failure(call())
      expect(error).toBeInstanceOf(TimeoutError)
      expect([error.attempts, error.retryable]).toEqual([3, true])
      expect(error.message).toMatch(/no response within 400 ms — retried 2×/)
      // Three deadlines, not three of the stand-in's 2 s delays.
      expect(performance.now() - started).toBeGreaterThanOrEqual(3 * TIMEOUT_MS)
      expect(performance.now() - started).toBeLessThan(2_000)
    })

    it('ends in a NetworkError when every attempt is reset', async () => {
      standIn.inject({ fault: { drop: 'before' }, times: 3 })
      const error = await failure(call())
      expect(error).toBeInstanceOf(NetworkError)
      expect(error.attempts).toBe(3)
    })

    it('rejects malformed JSON on 200 with an InvalidResponseError, not retried', async () => {
      standIn.inject({ fault: { malformed: true } })
      const error = await failure(call())
      expect(error).toBeInstanceOf(InvalidResponseError)
      expect([error.status, error.attempts]).toEqual([200, 1])
    })

    it('does not retry 401: AuthenticationError that names LOOPS_API_KEY', async () => {
      const wrong = createLoopsClient({ apiKey: 'not-the-key', logger: logs.logger })
      const error = await failure(
        settled<unknown>(
          isSend ? wrong.sendTransactionalEmail({ transactionalId: 't', email: 'a@example.com' }) : wrong.listMailingLists(),
        ),
      )
      expect(error).toBeInstanceOf(AuthenticationError)
      expect([error.status, error.attempts, error.retryable]).toEqual([401, 1, false])
      expect(error.message).toContain('LOOPS_API_KEY')
    })

    it("does not retry 400: ValidationError with Loops' message", async () => {
      standIn.inject({ fault: { status: 400, body: { success: false, message: 'Transactional email is not published.' } } })
      const error = await failure(call())
      expect(error).toBeInstanceOf(ValidationError)
      expect([error.vendorMessage, error.attempts, error.retryable]).toEqual(['Transactional email is not published.', 1, false])
    })
  })

  describe('429 beyond what the rate limit can absorb', () => {
    it('ends in a RateLimitError with retryAfterMs after the retries', async () => {
      standIn.inject({ fault: { status: 429, headers: { 'retry-after': '0' } }, times: 3 })
      const error = await failure(send())
      expect(error).toBeInstanceOf(RateLimitError)
      expect([(error as RateLimitError).retryAfterMs, error.attempts]).toEqual([0, 3])
      expect(error.message).toContain('Loops allows 10 requests/s')
    })

    it('does not wait out a Retry-After longer than 60 s', async () => {
      standIn.inject({ fault: { status: 429, headers: { 'retry-after': '120' } } })
      const started = performance.now()
      const error = await failure(send())
      expect([error.constructor, error.attempts, (error as RateLimitError).retryAfterMs]).toEqual([RateLimitError, 1, 120_000])
      expect(performance.now() - started).toBe(0)
    })
  })

  describe('nothing sent twice', () => {
    it('a retry after a lost response resolves as a duplicate and Loops sent one email', async () => {
      standIn.inject({ fault: { drop: 'after' } })
      await expect(send()).resolves.toEqual({ success: true, duplicate: true })
      expect(standIn.sent).toHaveLength(1)
      expect(keysSeen().size).toBe(1)
    })

    it("a re-run with the caller's key resolves as a duplicate without a second email", async () => {
      await expect(send({ idempotencyKey: 'invite_42' })).resolves.toEqual({ success: true })
      await expect(send({ idempotencyKey: 'invite_42' })).resolves.toEqual({ success: true, duplicate: true })
      expect(standIn.sent).toHaveLength(1)
      expect(attempts()).toBe(2)
    })

    it('the same key with a different body is a ConflictError, not retried', async () => {
      await send({ idempotencyKey: 'invite_43' })
      const error = await failure(
        settled(loops.sendTransactionalEmail({ transactionalId: 'tpl_other', email: 'ada@example.com' }, { idempotencyKey: 'invite_43' })),
      )
      expect(error.name).toBe('ConflictError')
      expect([error.status, error.attempts, error.retryable]).toEqual([409, 1, false])
      expect(standIn.sent).toHaveLength(1)
    })

    it('a 409 that is not "key has been used" is retried, not reported as a duplicate', async () => {
      const busy = JSON.stringify({ success: false, message: 'Idempotency key is currently being processed, try later' })
      standIn.inject({ fault: { status: 409, body: busy, headers: { 'content-type': 'application/json' } } })
      await expect(send()).resolves.toEqual({ success: true })
      expect(standIn.sent).toHaveLength(1)
      expect(attempts()).toBe(2)
    })

    it('a POST without an idempotency key (createContact) is not retried after a 503', async () => {
      standIn.inject({ fault: { status: 503 } })
      const error = await failure(settled(loops.createContact({ email: 'new@example.com' })))
      expect([error.constructor, error.attempts]).toEqual([ServerError, 1])
    })

    it('sendEvent carries a key too', async () => {
      standIn.inject({ fault: { status: 500 } })
      await settled(loops.sendEvent({ eventName: 'signup', email: 'ada@example.com' }))
      expect(standIn.events).toHaveLength(1)
      expect(keysSeen().size).toBe(1)
    })

    it("a caller's abort is not retried, and ends the call at once", async () => {
      standIn.inject({ fault: { delayMs: 2_000 } })
      const controller = new AbortController()
      setTimeout(() => controller.abort(new Error('user navigated away')), 50)
      const unlimited = createLoopsClient({ apiKey: API_KEY, logger: logs.logger, rateLimit: false, retryDelays: { initialMs: 20 } })
      const started = performance.now()
      const call = sendWith(unlimited, { signal: controller.signal })
      await expect(settled(call)).rejects.toThrow('user navigated away')
      expect(performance.now() - started).toBe(50)
      await vi.runAllTimersAsync()
      expect(attempts()).toBe(1)
      expect(standIn.sent).toHaveLength(0)
    })
  })
})

/**
 * The same faults over real sockets on 127.0.0.1, where undici (not a test double) turns a reset, a
 * lost response and an abort into what the client sees. Timeouts with room for a loaded machine: an attempt
 * that ran out by accident would be retried, and the assertions below still hold (one email, one key).
 */
describe('over real sockets (undici)', () => {
  let real: LoopsStandIn
  let client: LoopsClient
  beforeAll(async () => {
    real = await startLoopsStandIn({ apiKey: API_KEY })
    client = createLoopsClient({
      baseUrl: real.url,
      apiKey: API_KEY,
      logger: logs.logger,
      rateLimit: false,
      timeoutMs: 2_000,
      retryDelays: { initialMs: 10, maxMs: 20 },
    })
  })
  afterEach(() => {
    expect(real.requests.flatMap((r) => r.validationErrors)).toEqual([])
    real.reset()
  })
  afterAll(() => real.close())

  it('a reset connection is retried with the same key; every attempt reset is a NetworkError', async () => {
    real.inject({ fault: { drop: 'before' } })
    await expect(sendWith(client)).resolves.toEqual({ success: true })
    expect(real.requests[0]?.outcome).toBe('dropped')
    expect([real.sent.length, new Set(real.requests.map((r) => r.headers['idempotency-key'])).size]).toEqual([1, 1])
    real.reset()
    real.inject({ fault: { drop: 'before' }, times: 3 })
    const error = await failure(sendWith(client))
    expect([error.constructor, error.attempts, error.retryable]).toEqual([NetworkError, 3, true])
  })

  it('a lost response: the retry resolves as a duplicate and one email went out', async () => {
    real.inject({ fault: { drop: 'after' } })
    await expect(sendWith(client)).resolves.toEqual({ success: true, duplicate: true })
    expect(real.sent).toHaveLength(1)
  })

  it('an attempt past its deadline closes its connection: the server drops it, the retry sends once', async () => {
    real.inject({ fault: { delayMs: 500 } })
    await expect(sendWith(client, { timeoutMs: 150 })).resolves.toMatchObject({ success: true })
    // The stand-in processes a delayed request only if its connection is still open when the delay ends.
    await vi.waitFor(() => expect(real.requests[0]?.outcome).toBe('dropped'), { timeout: 5_000, interval: 20 })
    expect(real.sent).toHaveLength(1)
  })

  it("a caller's abort ends the call and its connection, with no retry", async () => {
    real.inject({ fault: { delayMs: 500 } })
    const controller = new AbortController()
    setTimeout(() => controller.abort(new Error('user navigated away')), 30)
    await expect(sendWith(client, { signal: controller.signal })).rejects.toThrow('user navigated away')
    await vi.waitFor(() => expect(real.requests[0]?.outcome).toBe('dropped'), { timeout: 5_000, interval: 20 })
    expect([real.requests.length, real.sent.length]).toEqual([1, 0])
  })
})
