import { randomBytes } from 'node:crypto'
import { setupServer } from 'msw/node'
import { decodeForm } from '../core/http/form-encoding.ts'
import { STRIPE_DEFAULT_BASE_URL } from '../stripe/config.ts'
import { hmacSha256Hex } from '../stripe/webhooks.ts'
import { serveOnLoopback } from './loopback-server.ts'
import { mswHandlersFor } from './msw.ts'
import { packagedSpec } from './packaged-spec.ts'
import { createStandIn, type FaultRule, type Handler, type RecordedRequest, type StandInOptions } from './stand-in.ts'

type Obj = Record<string, any>
interface StripeState {
  customers: Obj[]
  subscriptions: Obj[]
  checkoutSessions: Obj[]
  portalSessions: Obj[]
  usageRecords: Obj[]
}

const id = (prefix: string) => `${prefix}_${randomBytes(8).toString('hex')}`
const now = () => Math.floor(Date.now() / 1000)
const error = (status: number, type: string, message: string, extra: Obj = {}) => ({ status, body: { error: { type, message, ...extra } } })

/** Stripe's list semantics: newest first, `limit`, `starting_after`, `has_more`. */
function list(items: Obj[], query: URLSearchParams, url: string) {
  const limit = Number(query.get('limit') ?? 10)
  let start = 0
  const after = query.get('starting_after')
  if (after) start = items.findIndex((i) => i.id === after) + 1
  const page = items.slice(start, start + limit)
  return { status: 200, body: { object: 'list', url, has_more: start + limit < items.length, data: page } }
}

const handlers: Record<string, Handler<StripeState>> = {
  PostCustomers: ({ body, state }) => {
    const customer = {
      id: id('cus'),
      object: 'customer',
      created: now(),
      livemode: false,
      email: body?.email ?? null,
      name: body?.name ?? null,
      metadata: body?.metadata ?? {},
      balance: 0,
      delinquent: false,
      invoice_prefix: 'TEST',
      preferred_locales: [],
      tax_exempt: 'none',
    }
    state.customers.unshift(customer)
    return { body: customer }
  },
  GetCustomers: ({ query, state }) =>
    list(query.get('email') ? state.customers.filter((c) => c.email === query.get('email')) : state.customers, query, '/v1/customers'),
  GetCustomersCustomer: ({ operation, state }) => {
    const customer = state.customers.find((c) => c.id === operation.pathParams.customer)
    return customer
      ? { body: customer }
      : error(404, 'invalid_request_error', `No such customer: '${operation.pathParams.customer}'`, {
          code: 'resource_missing',
          param: 'id',
        })
  },
  PostSubscriptions: ({ body, state }) => {
    if (!state.customers.some((c) => c.id === body.customer))
      return error(400, 'invalid_request_error', `No such customer: '${body.customer}'`, { code: 'resource_missing', param: 'customer' })
    const subscription = {
      id: id('sub'),
      object: 'subscription',
      customer: body.customer,
      status: body.trial_period_days ? 'trialing' : 'active',
      items: {
        object: 'list',
        has_more: false,
        url: '/v1/subscription_items',
        data: (body.items ?? []).map((item: Obj) => ({
          id: id('si'),
          object: 'subscription_item',
          price: { id: item.price },
          quantity: Number(item.quantity ?? 1),
        })),
      },
      metadata: body.metadata ?? {},
      created: now(),
    }
    state.subscriptions.unshift(subscription)
    return { body: subscription }
  },
  PostCheckoutSessions: ({ body, state }) => {
    const session = {
      id: id('cs_test'),
      object: 'checkout.session',
      mode: body.mode,
      url: `https://checkout.stripe.com/c/pay/${id('cs')}`,
      customer: body.customer ?? null,
      customer_email: body.customer_email ?? null,
      success_url: body.success_url,
      cancel_url: body.cancel_url,
      metadata: body.metadata ?? {},
    }
    state.checkoutSessions.push(session)
    return { body: session }
  },
  PostBillingPortalSessions: ({ body, state }) => {
    const session = {
      id: id('bps'),
      object: 'billing_portal.session',
      customer: body.customer,
      return_url: body.return_url,
      url: `https://billing.stripe.com/p/session/${id('test')}`,
      created: now(),
      livemode: false,
    }
    state.portalSessions.push(session)
    return { body: session }
  },
  PostSubscriptionItemsSubscriptionItemUsageRecords: ({ body, operation, state }) => {
    const record = {
      id: id('mbur'),
      object: 'usage_record',
      livemode: false,
      quantity: Number(body.quantity),
      subscription_item: operation.pathParams.subscription_item,
      timestamp: Number(body.timestamp ?? now()),
    }
    state.usageRecords.push(record)
    return { body: record }
  },
}

export interface StripeFake {
  apiKey: string
  requests: RecordedRequest[]
  readonly state: StripeState
  inject(rule: FaultRule): void
  reset(): void
  close(): Promise<void>
}

function stripeCore(options: StandInOptions) {
  return createStandIn<StripeState>(
    {
      spec: packagedSpec('stripe'),
      basePath: '',
      errorBody: (status, message) => ({
        error: {
          type:
            status === 429
              ? 'rate_limit_error'
              : status >= 500
                ? 'api_error'
                : status === 401
                  ? 'invalid_request_error'
                  : 'invalid_request_error',
          message,
        },
      }),
      idempotency: {
        status: 409,
        ttlMs: 24 * 60 * 60 * 1000,
        sameBody: 'replay',
        differentBody: 'Keys for idempotent requests can only be used with the same parameters they were first used with.',
        errorBody: (_status, message) => ({ error: { type: 'idempotency_error', message } }),
      },
      createState: () => ({ customers: [], subscriptions: [], checkoutSessions: [], portalSessions: [], usageRecords: [] }),
      parseForm: decodeForm,
      handlers,
    },
    { apiKey: options.apiKey ?? `sk_test_${randomBytes(12).toString('hex')}`, ...options },
  )
}

function fake(core: ReturnType<typeof stripeCore>, close: () => Promise<void>): StripeFake {
  return {
    apiKey: core.apiKey,
    requests: core.requests,
    get state() {
      return core.state
    },
    inject: core.inject,
    reset: core.reset,
    close,
  }
}

/**
 * A local Stripe on 127.0.0.1 for the operations the billing helpers use, on the same spec-validating
 * machinery as the Loops stand-in: form bodies decoded and checked against Stripe's spec, bearer key,
 * Stripe's idempotency (same parameters → the first answer replayed; other parameters → 409
 * idempotency_error), list pagination, faults.
 */
export async function startStripeStandIn(options: StandInOptions & { port?: number } = {}): Promise<StripeFake & { url: string }> {
  const core = stripeCore(options)
  const server = await serveOnLoopback(core as never, options.port)
  return Object.defineProperty(fake(core, server.close), 'url', { value: server.origin, enumerable: true }) as StripeFake & { url: string }
}

/** Stripe faked in-process with msw at https://api.stripe.com, same behaviour as the stand-in. */
export function mockStripe(options: StandInOptions = {}): StripeFake {
  const core = stripeCore(options)
  const server = setupServer(...mswHandlersFor(core as never, STRIPE_DEFAULT_BASE_URL))
  server.listen({ onUnhandledRequest: 'error' })
  return fake(core, async () => {
    core.stop()
    server.close()
  })
}

/** A valid `Stripe-Signature` header for a payload, for testing webhook endpoints. */
export async function stripeSignatureHeader(payload: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): Promise<string> {
  return `t=${timestamp},v1=${await hmacSha256Hex(secret, `${timestamp}.${payload}`)}`
}
