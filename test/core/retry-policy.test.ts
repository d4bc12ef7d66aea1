import { describe, expect, it } from 'vitest'
import { isRetryableStatus, isSafeToResend, parseRetryAfter, retryDelayMs } from '../../src/core/retry-policy.js'

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
