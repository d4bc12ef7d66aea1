export { createStripeClient, STRIPE_DEFAULT_BASE_URL, stripeEnvSchema, type StripeClient, type StripeClientOptions } from './client.js'
export type { StripeInput, StripeOperationName, StripePaths, StripeResult } from './types.js'
