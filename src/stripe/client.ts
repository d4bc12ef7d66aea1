import { operations, type paths } from '../../generated/stripe.ts'
import { type EnvSource, processEnv } from '../core/runtime/env.ts'
import { lazyDefault } from '../core/runtime/lazy-default.ts'
import { ConfigError, InvalidResponseError } from '../core/errors.ts'
import { encodeForm } from '../core/http/form-encoding.ts'
import type { CallOptions, OperationInput, OperationResult } from '../core/http/operation-types.ts'
import { createServiceClient, type ServiceClient, type ServiceClientOptions } from '../core/http/service-client.ts'
import { readStripeEnv, STRIPE_API_VERSION, STRIPE_DEFAULT_BASE_URL } from './config.ts'
import { stripeProtocol } from './protocol.ts'

export interface StripeClientOptions extends ServiceClientOptions {
  /** Stripe-Version sent with every request. @default '2020-08-27', the version the committed spec describes */
  apiVersion?: string
  /** Client-side rate limit. @default { requestsPerSecond: 25 } (Stripe's test-mode limit; live mode allows 100) */
  rateLimit?: Exclude<ServiceClientOptions['rateLimit'], undefined>
  /** Where env vars are read from. @default process.env, on the first request */
  env?: EnvSource
}

type GetOp<P> = P extends keyof paths ? (paths[P] extends { get: infer O } ? O : never) : never
type ListPage<P> = OperationResult<GetOp<P>>
/** Every GET path that answers a Stripe list (`{ data: [...], has_more }`). */
export type StripeListPath = { [P in keyof paths]: ListPage<P> extends { data: unknown[]; has_more: boolean } ? P : never }[keyof paths]
/** The item type of a list path: `StripeListItem<'/v1/customers'>` is a customer. */
export type StripeListItem<P extends StripeListPath> = ListPage<P> extends { data: (infer I)[] } ? I : never
export type StripeListInput<P extends StripeListPath> = Omit<OperationInput<GetOp<P>, 'get'>, 'starting_after' | 'ending_before'>

export type StripeClient = ServiceClient<paths, typeof operations> & {
  /**
   * Every item of a list, page after page, fetched lazily as you iterate (`has_more` / `starting_after`).
   * @example for await (const customer of stripe.paginate('/v1/customers', { email, limit: 100 })) …
   */
  paginate<P extends StripeListPath>(path: P, input?: StripeListInput<P>, options?: CallOptions): AsyncIterable<StripeListItem<P>>
}

const listMethods = new Map(
  Object.entries(operations).flatMap(([name, meta]) => (meta.method === 'get' ? [[meta.path as string, name] as const] : [])),
)

/**
 * A Stripe client on the shared transport: form-encoded bodies in Stripe's bracket notation, a pinned
 * Stripe-Version, an Idempotency-Key on every POST (kept across retries), Stripe's error body mapped
 * onto the typed errors (card errors are `CardError`, never retried), `Request-Id` captured.
 * Methods are named by Stripe's operationIds in camelCase: `postCustomers`, `getCustomersCustomer`, …
 */
export function createStripeClient(options: StripeClientOptions = {}): StripeClient {
  const client = createServiceClient<paths, typeof operations>(
    {
      service: 'stripe',
      displayName: 'Stripe',
      operations,
      vendor: stripeProtocol,
      env: { apiKey: 'STRIPE_SECRET_KEY' },
      formSerializer: encodeForm,
      querySerializer: (query) => encodeForm(query),
      idempotencyForAllPosts: true,
      maxIdempotencyKeyLength: 255,
      authorize: (apiKey) => ({ authorization: `Bearer ${apiKey}` }),
      resolveConfig: () => {
        const env = readStripeEnv(options.env ?? processEnv())
        return {
          apiKey: options.apiKey ?? env.STRIPE_SECRET_KEY,
          baseUrl: options.baseUrl ?? env.STRIPE_BASE_URL ?? STRIPE_DEFAULT_BASE_URL,
          dryRun: options.dryRun ?? false,
          headers: { 'stripe-version': options.apiVersion ?? env.STRIPE_API_VERSION ?? STRIPE_API_VERSION },
        }
      },
    },
    // `rateLimit: undefined` (forwarded optional config) keeps Stripe's default, never the core's 10/s.
    { ...options, rateLimit: options.rateLimit ?? { requestsPerSecond: 25 } },
  )
  const methods = client as unknown as Record<
    string,
    (input: object, options?: CallOptions) => Promise<{ data: { id?: string }[]; has_more: boolean }>
  >
  function paginate(path: string, input: object = {}, callOptions?: CallOptions): AsyncIterable<unknown> {
    const name = listMethods.get(path)
    if (!name)
      throw new ConfigError(`[paginate] ${path} is not a GET path of the Stripe spec`, { service: 'stripe', operation: 'paginate' })
    return {
      async *[Symbol.asyncIterator]() {
        let cursor: string | undefined
        // Cursors already asked for: a page that points back at one would loop forever.
        const followed = new Set<string>()
        for (;;) {
          const page = await methods[name]!({ ...input, ...(cursor ? { starting_after: cursor } : {}) }, callOptions)
          // Stripe answered something that is not a list: its answer is wrong, not our configuration.
          if (!Array.isArray(page?.data))
            throw new InvalidResponseError(`[paginate] GET ${path} did not answer a list ({ data, has_more }); stopped.`, {
              service: 'stripe',
              operation: 'paginate',
            })
          yield* page.data
          const last = page.data.at(-1)?.id
          if (!page.has_more || !last) return
          if (followed.has(last))
            throw new InvalidResponseError(
              `[paginate] GET ${path} answered has_more with a page ending at ${last} again; stopped instead of looping. ` +
                'Retry later, or page with smaller filters.',
              { service: 'stripe', operation: 'paginate' },
            )
          followed.add(last)
          cursor = last
        }
      },
    }
  }
  return Object.defineProperty(client, 'paginate', { value: paginate, enumerable: false }) as StripeClient
}

/** The process-wide client with default options, created on first use (not at import). */
export const stripe: StripeClient = lazyDefault(() => createStripeClient())
