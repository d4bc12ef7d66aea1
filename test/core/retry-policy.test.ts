import { describe, expect, it } from 'vitest'
import {
  type AttemptOutcome,
  type Decision,
  decide,
  isRetryableStatus,
  isSafeToResend,
  parseRetryAfter,
  retryDelayMs,
} from '../../src/core/http/retry-policy.js'

describe('retry policy', () => {
  it('retries network-ish statuses only: 408, 409, 429 and 5xx', () => {
    const retried = [200, 400, 401, 403, 404, 408, 409, 422, 429, 500, 502, 503, 504].filter(isRetryableStatus)
    expect(retried).toEqual([408, 409, 429, 500, 502, 503, 504])
  })

  it('resends a POST only with an idempotency key, except after a 429 (the request was refused unprocessed)', () => {
    expect(isSafeToResend('GET', false)).toBe(true)
    expect(isSafeToResend('POST', false)).toBe(false)
    expect(isSafeToResend('POST', true)).toBe(true)
    expect(isSafeToResend('POST', false, 429)).toBe(true)
  })

  it('reads Retry-After as seconds, as an HTTP date, and retry-after-ms', () => {
    const now = Date.parse('2026-11-25T10:00:00Z')
    expect(parseRetryAfter(new Headers({ 'retry-after': '1' }))).toBe(1000)
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Wed, 25 Nov 2026 10:00:05 GMT' }), now)).toBe(5000)
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }))).toBe(250)
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }))).toBeUndefined()
    expect(parseRetryAfter(new Headers())).toBeUndefined()
  })

  it('backs off exponentially from 0.5 s to an 8 s cap, with at most 25 % jitter', () => {
    const noJitter = () => 0
    const fullJitter = () => 0.999
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(n, undefined, undefined, noJitter))).toEqual([500, 1000, 2000, 4000, 8000, 8000])
    expect(retryDelayMs(1, undefined, undefined, fullJitter)).toBeGreaterThanOrEqual(375)
  })

  it('honours Retry-After up to 60 s and falls back to backoff beyond it', () => {
    expect(retryDelayMs(1, 1000)).toBe(1000)
    expect(retryDelayMs(1, 60_000)).toBe(60_000)
    expect(retryDelayMs(1, 61_000, undefined, () => 0)).toBe(500)
  })
})

describe('decide(): the whole retry decision as a table', () => {
  const facts = { attempt: 1, maxRetries: 2, method: 'POST', hasIdempotencyKey: true, random: () => 0 }
  const rows: [string, AttemptOutcome, Partial<typeof facts>, Decision][] = [
    ['2xx resolves', { kind: 'response', status: 200 }, {}, { action: 'resolve' }],
    [
      '409 the vendor already did resolves as a duplicate',
      { kind: 'response', status: 409, idempotency: 'duplicate' },
      {},
      { action: 'resolve', duplicate: true },
    ],
    [
      '409 for another request fails',
      { kind: 'response', status: 409, idempotency: 'conflict' },
      {},
      { action: 'fail', reason: 'idempotency key used for another request', retryable: false },
    ],
    ['a plain 409 is retried (lock conflict)', { kind: 'response', status: 409 }, {}, { action: 'retry', delayMs: 500 }],
    ['400 fails at once', { kind: 'response', status: 400 }, {}, { action: 'fail', reason: 'final status', retryable: false }],
    [
      'a 3xx fails at once, even when the vendor says to retry (the same address redirects again)',
      { kind: 'response', status: 302, vendorSaysRetry: true, retryAfterMs: 0 },
      {},
      { action: 'fail', reason: 'redirect not followed', retryable: false },
    ],
    [
      'a redirect Node’s fetch refused fails at once',
      { kind: 'redirect' },
      {},
      { action: 'fail', reason: 'redirect not followed', retryable: false },
    ],
    ['503 retries with backoff', { kind: 'response', status: 503 }, { attempt: 2 }, { action: 'retry', delayMs: 1000 }],
    [
      '503 on the last attempt fails',
      { kind: 'response', status: 503 },
      { attempt: 3 },
      { action: 'fail', reason: 'retries exhausted', retryable: true },
    ],
    ['429 waits what Retry-After says', { kind: 'response', status: 429, retryAfterMs: 1200 }, {}, { action: 'retry', delayMs: 1200 }],
    [
      '429 asking for > 60 s fails now',
      { kind: 'response', status: 429, retryAfterMs: 120_000 },
      {},
      { action: 'fail', reason: 'Retry-After too long', retryable: true },
    ],
    [
      '429 is resent even without a key',
      { kind: 'response', status: 429 },
      { hasIdempotencyKey: false },
      { action: 'retry', delayMs: 500 },
    ],
    [
      '503 to an unkeyed POST is never resent',
      { kind: 'response', status: 503 },
      { hasIdempotencyKey: false },
      { action: 'fail', reason: 'not safe to resend', retryable: true },
    ],
    [
      '503 to an unkeyed GET is resent',
      { kind: 'response', status: 503 },
      { hasIdempotencyKey: false, method: 'GET' },
      { action: 'retry', delayMs: 500 },
    ],
    ['a timeout retries a keyed POST', { kind: 'timeout' }, {}, { action: 'retry', delayMs: 500 }],
    [
      'a network error never resends an unkeyed POST',
      { kind: 'network' },
      { hasIdempotencyKey: false },
      { action: 'fail', reason: 'not safe to resend', retryable: true },
    ],
    [
      'a network error on the last attempt fails',
      { kind: 'network' },
      { attempt: 3 },
      { action: 'fail', reason: 'retries exhausted', retryable: true },
    ],
    [
      'a 2xx over maxResponseBytes fails and is never resent',
      { kind: 'too-large' },
      {},
      { action: 'fail', reason: 'response over maxResponseBytes', retryable: false },
    ],
  ]
  it.each(rows)('%s', (_, outcome, overrides, expected) => {
    expect(decide(outcome, { ...facts, ...overrides })).toEqual(expected)
  })
})
