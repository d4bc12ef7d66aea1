import { z } from '#zod'
import type * as Zod from 'zod/mini'
import { type EnvSource, isHttpUrl, pickEnv, readEnv } from '../core/runtime/env.ts'
import { lazyValue } from '../core/runtime/lazy-value.ts'

const API_VERSION = /^\d{4}-\d{2}-\d{2}(\.\w+)?$/

/** Every env var the Stripe integration reads, by name. Nothing is read before the first request. */
export const stripeEnvSchema = lazyValue(() =>
  z.object({
    /** Dashboard → Developers → API keys (`sk_live_…` / `sk_test_…`, or a restricted `rk_…`). */
    STRIPE_SECRET_KEY: z.optional(z.string()),
    /** Point the client at a stand-in or proxy. */
    STRIPE_BASE_URL: z.optional(z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' })),
    /** Override the pinned Stripe-Version. */
    STRIPE_API_VERSION: z.optional(z.string().check(z.regex(API_VERSION, { message: 'must look like 2020-08-27' }))),
  }),
)
type StripeEnv = Zod.infer<typeof stripeEnvSchema>

export const STRIPE_DEFAULT_BASE_URL = 'https://api.stripe.com'
/** The API version the committed spec describes; pinned so Stripe answers in the shapes we typed. */
export const STRIPE_API_VERSION = '2020-08-27'

/** The schema's variables, listed without building it (a test keeps them equal). */
export const stripeEnvSchemaKeys = { STRIPE_SECRET_KEY: true, STRIPE_BASE_URL: true, STRIPE_API_VERSION: true } as const

/** The env as stripeEnvSchema parses it, without zod when every variable is plainly fine; the schema decides otherwise. */
function quickStripeEnv(source: EnvSource): StripeEnv | undefined {
  const env = pickEnv(Object.keys(stripeEnvSchemaKeys), source)
  if (env.STRIPE_BASE_URL !== undefined && !isHttpUrl(env.STRIPE_BASE_URL)) return undefined
  if (env.STRIPE_API_VERSION !== undefined && !API_VERSION.test(env.STRIPE_API_VERSION)) return undefined
  return env as StripeEnv
}

export const readStripeEnv = (source: EnvSource): StripeEnv => quickStripeEnv(source) ?? readEnv('Stripe', stripeEnvSchema, source)
