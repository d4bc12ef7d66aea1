/**
 * @codebuff/integrations — every third-party service behind one typed, fault-safe transport.
 * Safe to import anywhere (web, edge, server): nothing reads env or builds a client at import.
 */
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
  SlidingWindowRateLimiter,
  TimeoutError,
  ValidationError,
  type CallInfo,
  type CallOptions,
  type EmailRedaction,
  type FetchLike,
  type Logger,
  type RateLimiter,
  type RateLimitOptions,
  type Result,
  type RetryDelays,
  type ServiceClientOptions,
} from './core/index.js'
export {
  createLoopsClient,
  createLoopsEmails,
  loops,
  sendBasicEmail,
  sendInvitationEmail,
  sendSignupEvent,
  sendWelcomeEmail,
  type LoopsClient,
  type LoopsClientOptions,
  type SendResult,
} from './loops/index.js'
export { CardError, createStripeBilling, createStripeClient, StripeWebhookError, verifyStripeWebhook, type StripeClient, type StripeClientOptions, type StripeEvent } from './stripe/index.js'
