import { ConfigError, ValidationError } from '../errors.ts'
import type { Logger } from '../observability/logger.ts'
import type { EmailRedaction } from '../observability/redact.ts'
import type { RateLimiter, RateLimitOptions } from './rate-limiter.ts'
import type { RetryDelays } from './retry-policy.ts'
import type { FetchLike } from './transport.ts'

/** Anything with zod's safeParse (classic or mini). */
export interface InputSchema {
  safeParse(input: unknown): { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }
}

/** Options every integration's client takes. */
export interface ServiceClientOptions {
  /** The API key. @default the integration's env var, read on the first request */
  apiKey?: string
  /** @default the env var, else the spec's server URL */
  baseUrl?: string
  /** A pino-compatible logger, e.g. the monorepo's shared one. @default the package's pino logger */
  logger?: Logger
  /** Timeout per attempt, in ms. @default 30_000 */
  timeoutMs?: number
  /** Retries after the first attempt, for network errors, 408, 409, 429 and 5xx. @default 2 */
  maxRetries?: number
  /** Backoff between retries (Retry-After wins when the vendor sends it). @default { initialMs: 500, maxMs: 8_000 } */
  retryDelays?: Partial<RetryDelays>
  /**
   * Client-side rate limit: calls queue instead of failing. `false` turns it off; pass a
   * `RateLimiter` to share one across clients or instances.
   */
  rateLimit?: RateLimitOptions | RateLimiter | false
  /** Custom fetch (tests, proxies). @default globalThis.fetch at call time */
  fetch?: FetchLike
  /** Log what would be sent and send nothing (vendors whose protocol has a dry-run answer). */
  dryRun?: boolean
  /**
   * A 2xx body larger than this fails the call with InvalidResponseError instead of being read into
   * memory. @default 8 MiB (Loops' answers are small; a Stripe list of 100 expanded objects is < 2 MiB)
   */
  maxResponseBytes?: number
  /** How email addresses appear in logs. @default 'mask' */
  redactEmails?: EmailRedaction
  /** Allow constructing the client where `window` and `document` exist. The key would be visible to every visitor. */
  dangerouslyAllowBrowser?: boolean
  /**
   * OpenTelemetry spans, metrics and trace-context propagation, through the SDK the app registered
   * (`@opentelemetry/api` 1.x globals). Off by itself when none is registered; `false` turns it off.
   * @default true
   */
  telemetry?: boolean
}

/** Node clamps timers past 2^31 - 1 ms (~24.8 days) to 1 ms: a larger timeout would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1
/** The in-process limiter keeps one slot per request of the window. */
const MAX_REQUESTS_PER_SECOND = 10_000

const isCount = (n: unknown, max: number) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max
const isPositive = (n: unknown, max: number) => typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= max

/**
 * Options a careless caller can get wrong, refused when the client is created (not on every call
 * later): `timeoutMs: Infinity` made every attempt time out after the request had gone out.
 */
export function checkClientOptions(service: string, options: ServiceClientOptions): void {
  const problems: string[] = []
  if (options.timeoutMs !== undefined && !isPositive(options.timeoutMs, MAX_TIMER_MS)) {
    problems.push(`timeoutMs must be a number of ms from 1 to ${MAX_TIMER_MS}, got ${options.timeoutMs}`)
  }
  if (options.maxRetries !== undefined && !isCount(options.maxRetries, 10)) {
    problems.push(`maxRetries must be a whole number from 0 to 10, got ${options.maxRetries}`)
  }
  if (options.maxResponseBytes !== undefined && !isPositive(options.maxResponseBytes, Number.MAX_SAFE_INTEGER)) {
    problems.push(`maxResponseBytes must be a positive number, got ${options.maxResponseBytes}`)
  }
  const delays = options.retryDelays
  for (const key of ['initialMs', 'maxMs'] as const) {
    const value = delays?.[key]
    if (value !== undefined && !(typeof value === 'number' && value >= 0 && value <= MAX_TIMER_MS)) {
      problems.push(`retryDelays.${key} must be a number of ms from 0 to ${MAX_TIMER_MS}, got ${value}`)
    }
  }
  const limit = options.rateLimit
  if (limit && !('acquire' in limit) && !isPositive(limit.requestsPerSecond, MAX_REQUESTS_PER_SECOND)) {
    problems.push(
      `rateLimit.requestsPerSecond must be a number above 0 and at most ${MAX_REQUESTS_PER_SECOND}, got ${limit.requestsPerSecond}`,
    )
  }
  if (limit && !('acquire' in limit) && limit.maxQueued !== undefined && !isCount(limit.maxQueued, 10_000_000)) {
    problems.push(`rateLimit.maxQueued must be a whole number from 0 to 10000000, got ${limit.maxQueued}`)
  }
  if (problems.length > 0)
    throw new ConfigError(`Invalid ${service} client options — ${problems.join('; ')}.`, { service, operation: 'createClient' })
}

/** Per-call numbers (`timeoutMs`, `maxRetries`, `deadlineMs`), checked like the client's; a bad one sends nothing. */
export function checkCallOptions(
  options: { timeoutMs?: number | undefined; maxRetries?: number | undefined; deadlineMs?: number | undefined },
  where: { service: string; operation: string; label: string },
): void {
  let problem: string | undefined
  if (options.timeoutMs !== undefined && !isPositive(options.timeoutMs, MAX_TIMER_MS))
    problem = `timeoutMs must be a number of ms from 1 to ${MAX_TIMER_MS}, got ${options.timeoutMs}`
  else if (options.maxRetries !== undefined && !isCount(options.maxRetries, 10))
    problem = `maxRetries must be a whole number from 0 to 10, got ${options.maxRetries}`
  else if (options.deadlineMs !== undefined && !isPositive(options.deadlineMs, MAX_TIMER_MS))
    problem = `deadlineMs must be a number of ms from 1 to ${MAX_TIMER_MS}, got ${options.deadlineMs}`
  if (problem === undefined) return
  throw new ValidationError(`[${where.label}] ${problem}; nothing was sent.`, {
    service: where.service,
    operation: where.operation,
    attempts: 0,
  })
}

/** Why a base URL cannot be used, without quoting any credentials it holds; undefined when it is fine. */
export function baseUrlProblem(baseUrl: string): string | undefined {
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    return 'is not a URL'
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `must be an http(s) URL, got ${url.protocol}`
  if (url.username || url.password)
    return 'must not contain a user name or password (they would be sent and logged): pass the key as apiKey'
  if (url.search || url.hash) return 'must not have a query or fragment'
  return undefined
}
