// Every error class a Stripe call, helper or webhook can produce (plus CardError below).
export * from '../core/public-errors.ts'
export { createStripeBilling, type StripeBilling } from './billing.ts'
export {
  createStripeClient,
  stripe,
  type StripeClient,
  type StripeClientOptions,
  type StripeListItem,
  type StripeListPath,
} from './client.ts'
export { STRIPE_API_VERSION, STRIPE_DEFAULT_BASE_URL, stripeEnvSchema } from './config.ts'
export { type AnyStripeError, CardError } from './protocol.ts'
export type { StripeInput, StripeOperationName, StripePaths, StripeResult } from './types.ts'
export { hmacSha256Hex, StripeWebhookError, verifyStripeWebhook, type StripeEvent, type VerifyWebhookOptions } from './webhooks.ts'
export { createStripeWebhookHandler, type StripeWebhookHandlerOptions, type StripeWebhookHandlers } from './webhook-handler.ts'
export { createMemoryDedupeStore, type MemoryDedupeOptions, type WebhookDedupeStore } from '../core/webhooks/webhook-dedupe.ts'
export type { WebhookDelivery } from '../core/webhooks/standard-webhooks.ts'
