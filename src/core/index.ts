export {
  AuthenticationError,
  ConfigError,
  ConflictError,
  IntegrationError,
  InvalidResponseError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
} from './errors.js'
export type { Logger } from './logger.js'
export type { CallInfo, CallOptions } from './operation-types.js'
export { SlidingWindowRateLimiter, type RateLimiter, type RateLimitOptions } from './rate-limiter.js'
export type { EmailRedaction } from './redact.js'
export type { Result } from './result.js'
export type { RetryDelays } from './retry-policy.js'
export type { ServiceClientOptions } from './service-client.js'
export type { FetchLike } from './transport.js'
