import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
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
import { startLoopsStandIn, type LoopsStandIn } from '../../src/testing/loops-stand-in.js'
import type { Fault } from '../../src/testing/stand-in.js'
import { captureLogs } from '../helpers/capture.js'

let standIn: LoopsStandIn
let loops: LoopsClient
const logs = captureLogs()
beforeAll(async () => {
  standIn = await startLoopsStandIn()
  loops = createLoopsClient({
    baseUrl: standIn.url,
    apiKey: standIn.apiKey,
    logger: logs.logger,
    timeoutMs: 400,
    retryDelays: { initialMs: 20, maxMs: 100 },
  })
})
afterEach(() => {
  // Every request the client sent must fit the Loops spec (the stand-in validates each with ajv).
  expect(standIn.requests.flatMap((r) => r.validationErrors)).toEqual([])
  standIn.reset()
})
afterAll(() => standIn.close())

const send = (options = {}) =>
  loops.sendTransactionalEmail({ transactionalId: 'tpl_welcome', email: 'ada@example.com', dataVariables: { firstName: 'Ada' } }, options)
const list = () => loops.listMailingLists()
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

  it('waits out 429 + Retry-After: 1, then succeeds', async () => {
    standIn.inject({ fault: { status: 429, headers: { 'retry-after': '1' } } })
    const started = performance.now()
    await expect(call()).resolves.toBeDefined()
    expect(performance.now() - started).toBeGreaterThanOrEqual(950)
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

  it('summarises an HTML error page instead of dumping it', async () => {
    standIn.inject({ fault: html502, times: 3 })
    const error = await failure(call())
    expect(error).toBeInstanceOf(ServerError)
    expect(error.body).toBe('HTML page: 502 Bad Gateway')
    expect(error.message).toContain('502 Bad Gateway — retried 2×')
  })

  it('ends in a TimeoutError when no attempt answers in time', async () => {
    standIn.inject({ fault: { delayMs: 2_000 }, times: 3 })
    const error = await failure(call())
    expect(error).toBeInstanceOf(TimeoutError)
    expect([error.attempts, error.retryable]).toEqual([3, true])
    expect(error.message).toMatch(/no response within 400 ms — retried 2×/)
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
    const wrong = createLoopsClient({ baseUrl: standIn.url, apiKey: 'not-the-key', logger: logs.logger })
    const error = await failure(
      isSend ? wrong.sendTransactionalEmail({ transactionalId: 't', email: 'a@example.com' }) : wrong.listMailingLists(),
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
    const error = await failure(send())
    expect([error.constructor, error.attempts, (error as RateLimitError).retryAfterMs]).toEqual([RateLimitError, 1, 120_000])
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
      loops.sendTransactionalEmail({ transactionalId: 'tpl_other', email: 'ada@example.com' }, { idempotencyKey: 'invite_43' }),
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
    const error = await failure(loops.createContact({ email: 'new@example.com' }))
    expect([error.constructor, error.attempts]).toEqual([ServerError, 1])
  })

  it('sendEvent carries a key too', async () => {
    standIn.inject({ fault: { status: 500 } })
    await loops.sendEvent({ eventName: 'signup', email: 'ada@example.com' })
    expect(standIn.events).toHaveLength(1)
    expect(keysSeen().size).toBe(1)
  })

  it("a caller's abort is not retried", async () => {
    standIn.inject({ fault: { delayMs: 2_000 } })
    const controller = new AbortController()
    setTimeout(() => controller.abort(new Error('user navigated away')), 50)
    const unlimited = createLoopsClient({
      baseUrl: standIn.url,
      apiKey: standIn.apiKey,
      logger: logs.logger,
      rateLimit: false,
      retryDelays: { initialMs: 20 },
    })
    const call = unlimited.sendTransactionalEmail({ transactionalId: 't', email: 'ada@example.com' }, { signal: controller.signal })
    await expect(call).rejects.toThrow('user navigated away')
    expect(attempts()).toBe(1)
  })
})
