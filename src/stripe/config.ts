import * as z from 'zod/mini'
import { readEnv, type EnvSource } from '../core/env.js'

/** Every env var the Stripe integration reads, by name. Nothing is read before the first request. */
export const stripeEnvSchema = z.object({
  /** Dashboard → Developers → API keys (`sk_live_…` / `sk_test_…`, or a restricted `rk_…`). */
  STRIPE_SECRET_KEY: z.optional(z.string()),
  /** Point the client at a stand-in or proxy. */
  STRIPE_BASE_URL: z.optional(z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' })),
  /** Override the pinned Stripe-Version. */
  STRIPE_API_VERSION: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(\.\w+)?$/, { message: 'must look like 2020-08-27' }))),
})

export const STRIPE_DEFAULT_BASE_URL = 'https://api.stripe.com'
/** The API version the committed spec describes; pinned so Stripe answers in the shapes we typed. */
export const STRIPE_API_VERSION = '2020-08-27'

export const readStripeEnv = (source: EnvSource) => readEnv('Stripe', stripeEnvSchema, source)
