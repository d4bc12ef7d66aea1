/**
 * @codebuff/integrations — every third-party service behind one typed, fault-safe transport.
 * Safe to import anywhere (web, edge, server): nothing reads env or builds a client at import.
 */
export * from './core/public-errors.ts'
export type { Logger } from './core/observability/logger.ts'
export type {
  Middleware,
  MiddlewareContext,
  MiddlewareErrorContext,
  MiddlewareRequest,
  MiddlewareResponseContext,
} from './core/http/middleware.ts'
export type { CallInfo, CallOptions } from './core/http/operation-types.ts'
export { SlidingWindowRateLimiter, type RateLimiter, type RateLimitOptions } from './core/http/rate-limiter.ts'
export type { EmailRedaction } from './core/observability/redact.ts'
export type { Result } from './core/result.ts'
export type { RetryDelays } from './core/http/retry-policy.ts'
export type { ServiceClientOptions } from './core/http/service-client.ts'
export { captureTraceContext, withTraceContext } from './core/observability/telemetry.ts'
export type { FetchLike } from './core/http/transport.ts'
export { createMemoryDedupeStore, type MemoryDedupeOptions, type WebhookDedupeStore } from './core/webhooks/webhook-dedupe.ts'
export {
  createLoopsClient,
  createLoopsEmails,
  createLoopsWebhookHandler,
  loops,
  sendBasicEmail,
  sendInvitationEmail,
  sendSignupEvent,
  sendTemplate,
  sendWelcomeEmail,
  verifyLoopsWebhook,
  type LoopsClient,
  type LoopsClientOptions,
  type LoopsWebhookEvent,
  type LoopsWebhookEventName,
  type LoopsWebhookHandlerOptions,
  type PublishedTemplateName,
  type SendResult,
} from './loops/index.ts'
export {
  type AnyStripeError,
  CardError,
  createStripeBilling,
  createStripeClient,
  createStripeWebhookHandler,
  StripeWebhookError,
  verifyStripeWebhook,
  type StripeClient,
  type StripeClientOptions,
  type StripeEvent,
  type StripeWebhookHandlerOptions,
} from './stripe/index.ts'
