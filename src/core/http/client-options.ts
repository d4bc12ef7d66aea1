import { ConfigError, ValidationError } from '../errors.ts'
import type { ServiceClientOptions } from './service-client.ts'

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
  if (problems.length > 0)
    throw new ConfigError(`Invalid ${service} client options — ${problems.join('; ')}.`, { service, operation: 'createClient' })
}

/** A per-call timeout, checked like the client's. */
export function checkTimeout(timeoutMs: number, where: { service: string; operation: string; label: string }): number {
  if (isPositive(timeoutMs, MAX_TIMER_MS)) return timeoutMs
  throw new ValidationError(
    `[${where.label}] timeoutMs must be a number of ms from 1 to ${MAX_TIMER_MS}, got ${timeoutMs}; nothing was sent.`,
    {
      service: where.service,
      operation: where.operation,
      attempts: 0,
    },
  )
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
