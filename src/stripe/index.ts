export { createStripeBilling, type StripeBilling } from './billing.js'
export {
  createStripeClient,
  stripe,
  type StripeClient,
  type StripeClientOptions,
  type StripeListItem,
  type StripeListPath,
} from './client.js'
export { STRIPE_API_VERSION, STRIPE_DEFAULT_BASE_URL, stripeEnvSchema } from './config.js'
export { CardError } from './protocol.js'
export type { StripeInput, StripeOperationName, StripePaths, StripeResult } from './types.js'
export { hmacSha256Hex, StripeWebhookError, verifyStripeWebhook, type StripeEvent, type VerifyWebhookOptions } from './webhooks.js'
