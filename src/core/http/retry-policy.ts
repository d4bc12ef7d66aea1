/**
 * When to try again and how long to wait: small pure functions, one rule per line.
 * The transport asks `decide()` after every attempt; tests call it directly, as a table.
 */

import type { FailureKind } from './transport.ts'

/** The vendor's wait is honoured up to this long; a longer one is not waited out in-process. */
export const MAX_RETRY_AFTER_MS = 60_000

export interface RetryDelays {
  /** First backoff, doubled each retry. @default 500 */
  initialMs: number
  /** Backoff cap. @default 8000 */
  maxMs: number
}

export const DEFAULT_RETRY_DELAYS: RetryDelays = { initialMs: 500, maxMs: 8_000 }

/** Statuses worth another attempt. Everything else (400/401/403/404/422…) fails at once. */
export function isRetryableStatus(status: number): boolean {
  if (status === 408) return true // request timeout: the server gave up waiting for us
  if (status === 409) return true // lock or concurrent-update conflict (idempotency conflicts are handled before this)
  if (status === 429) return true // rate limited: wait, then go again
  if (status >= 500) return true // the server failed, maybe only this once
  return false
}

/**
 * Whether a request may be sent again without risking a second effect. GET/PUT/DELETE… are
 * idempotent by HTTP; a POST/PATCH only with an idempotency key fixed before the first attempt.
 * A 429 means the request was refused unprocessed, so it is always safe to resend.
 */
export function isSafeToResend(method: string, hasIdempotencyKey: boolean, status?: number): boolean {
  if (status === 429) return true
  if (hasIdempotencyKey) return true
  return method !== 'POST' && method !== 'PATCH'
}

/** `Retry-After` (seconds or HTTP date) or `retry-after-ms`, in ms; undefined when absent or unreadable. */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | undefined {
  const ms = headers.get('retry-after-ms')
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms)) && Number(ms) >= 0) return Number(ms)
  const value = headers.get('retry-after')
  if (value === null || value.trim() === '') return undefined
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/**
 * Delay before retry number `retry` (1-based): the vendor's Retry-After when it gave one,
 * else exponential backoff with up to 25 % jitter so many clients do not retry in step.
 */
export function retryDelayMs(
  retry: number,
  retryAfterMs: number | undefined,
  delays: RetryDelays = DEFAULT_RETRY_DELAYS,
  random = Math.random,
): number {
  if (retryAfterMs !== undefined && retryAfterMs <= MAX_RETRY_AFTER_MS) return retryAfterMs
  const base = Math.min(delays.initialMs * 2 ** (retry - 1), delays.maxMs)
  return Math.round(base * (1 - random() * 0.25))
}

/** What one attempt came to, as far as the decision is concerned. */
export type AttemptOutcome =
  | {
      kind: 'response'
      status: number
      /** The vendor's Retry-After, in ms. */
      retryAfterMs?: number
      /** What the vendor's 409 to a keyed request means (see VendorProtocol.idempotencyConflict). */
      idempotency?: 'duplicate' | 'conflict'
      /** The vendor's own "should retry" header (Stripe-Should-Retry), when it sent one: it overrides the status rule. */
      vendorSaysRetry?: boolean
    }
  /** No response in time, no response at all, or a 2xx body over `maxResponseBytes`. */
  | { kind: FailureKind }

export interface AttemptFacts {
  /** 1-based number of the attempt that just ended. */
  attempt: number
  maxRetries: number
  method: string
  hasIdempotencyKey: boolean
  delays?: RetryDelays
  random?: () => number
}

export type Decision =
  | { action: 'retry'; delayMs: number }
  /** The call is over with a usable answer (2xx, or the vendor already did it for this key). */
  | { action: 'resolve'; duplicate?: true }
  /**
   * The call is over and failed; `reason` is for logs and tests. `retryable`: whether the same call
   * may succeed later — the final error's `retryable` is this value, so the two never disagree.
   */
  | { action: 'fail'; reason: string; retryable: boolean }

const RESOLVE: Decision = { action: 'resolve' }
const DUPLICATE: Decision = { action: 'resolve', duplicate: true }
const fail = (reason: string, retryable: boolean): Decision => ({ action: 'fail', reason, retryable })

/**
 * After each attempt: go again (and when), resolve, or fail. One rule per line, first match wins.
 * A header-based rule (a vendor's "should retry" header) is read into `AttemptOutcome` by the
 * transport's `policyView` and decided here, next to the status rules it overrides.
 */
export function decide(outcome: AttemptOutcome, facts: AttemptFacts): Decision {
  const budgetLeft = facts.attempt <= facts.maxRetries
  if (outcome.kind === 'too-large') return fail('response over maxResponseBytes', false) // it took effect: never resend
  if (outcome.kind === 'redirect') return fail('redirect not followed', false) // the same address redirects again
  if (outcome.kind !== 'response') {
    if (!isSafeToResend(facts.method, facts.hasIdempotencyKey)) return fail('not safe to resend', true)
    return budgetLeft ? retryAfter(facts, undefined) : fail('retries exhausted', true)
  }
  const { status, retryAfterMs } = outcome
  if (status >= 200 && status < 300) return RESOLVE
  if (status >= 300 && status < 400) return fail('redirect not followed', false) // whatever a vendor header says: it redirects again
  if (outcome.idempotency === 'duplicate') return DUPLICATE // done before: never twice
  if (outcome.idempotency === 'conflict') return fail('idempotency key used for another request', false)
  if (outcome.vendorSaysRetry === false) return fail('the vendor said not to retry', false)
  if (outcome.vendorSaysRetry !== true && !isRetryableStatus(status)) return fail('final status', false)
  if (retryAfterMs !== undefined && retryAfterMs > MAX_RETRY_AFTER_MS) return fail('Retry-After too long', true)
  if (!isSafeToResend(facts.method, facts.hasIdempotencyKey, status)) return fail('not safe to resend', true)
  return budgetLeft ? retryAfter(facts, retryAfterMs) : fail('retries exhausted', true)
}

const retryAfter = (facts: AttemptFacts, retryAfterMs: number | undefined): Decision => ({
  action: 'retry',
  delayMs: retryDelayMs(facts.attempt, retryAfterMs, facts.delays, facts.random),
})
