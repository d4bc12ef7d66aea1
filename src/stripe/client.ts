import * as z from 'zod/mini'
import { operations, type paths } from '../../generated/stripe.js'
import { processEnv, readEnv, type EnvSource } from '../core/env.js'
import { readErrorMessage } from '../core/error-body.js'
import { createServiceClient, type ServiceClient, type ServiceClientOptions } from '../core/service-client.js'
import type { VendorProtocol } from '../core/transport.js'

/** Every env var the Stripe integration reads, by name. Nothing is read before the first request. */
export const stripeEnvSchema = z.object({
  STRIPE_API_KEY: z.optional(z.string()),
  STRIPE_BASE_URL: z.optional(z.url({ message: 'must be an http(s) URL' })),
})

export const STRIPE_DEFAULT_BASE_URL = "https://api.stripe.com"

/** How Stripe reports failures. Refine once its error body and request-id header are known. */
const stripeProtocol: VendorProtocol = {
  hints: {
    authentication: 'Stripe rejected the credentials: check STRIPE_API_KEY or the apiKey option.',
    rateLimit: 'Stripe is rate limiting this key.',
  },
  requestIdHeaders: ['x-request-id', 'request-id'],
  readError: (body) => {
    const message = readErrorMessage(body)
    return message ? { message } : {}
  },
}

export interface StripeClientOptions extends ServiceClientOptions {
  /** Where env vars are read from. @default process.env, on the first request */
  env?: EnvSource
}

/** One typed method per Stripe operation, plus `raw` (the typed openapi-fetch client). */
export type StripeClient = ServiceClient<paths, typeof operations>

export function createStripeClient(options: StripeClientOptions = {}): StripeClient {
  return createServiceClient<paths, typeof operations>(
    {
      service: "stripe",
      displayName: "Stripe",
      operations,
      vendor: stripeProtocol,
      env: { apiKey: 'STRIPE_API_KEY' },
      authorize: (apiKey) => ({ authorization: `Bearer ${apiKey}` }),
      resolveConfig: () => {
        const env = readEnv("Stripe", stripeEnvSchema, options.env ?? processEnv())
        return {
          apiKey: options.apiKey ?? env.STRIPE_API_KEY,
          baseUrl: options.baseUrl ?? env.STRIPE_BASE_URL ?? STRIPE_DEFAULT_BASE_URL,
          dryRun: options.dryRun ?? false,
        }
      },
    },
    { rateLimit: false, ...options },
  )
}
