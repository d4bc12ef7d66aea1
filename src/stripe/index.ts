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
export { CardError } from './protocol.ts'
export type { StripeInput, StripeOperationName, StripePaths, StripeResult } from './types.ts'
export { hmacSha256Hex, StripeWebhookError, verifyStripeWebhook, type StripeEvent, type VerifyWebhookOptions } from './webhooks.ts'
