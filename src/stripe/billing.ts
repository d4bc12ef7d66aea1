import type { components } from '../../generated/stripe.ts'
import { settle, type Result } from '../core/result.ts'
import type { AnyStripeError } from './protocol.ts'
import { stripe as sharedClient, type StripeClient } from './client.ts'

type Schemas = components['schemas']
type Metadata = Record<string, string>
/** A helper's outcome: `error.name` narrows to any `AnyStripeError` class, `CardError` included. */
type BillingResult<T extends object> = Result<T, AnyStripeError>
interface KeyOption {
  /** Deduplicates the POST at Stripe across retries and re-runs. @default a fresh UUID per call */
  idempotencyKey?: string
}

/**
 * The Stripe calls the product makes, as helpers that never throw: each returns `{ ok: true, … }` or
 * `{ ok: false, error }`. No business logic: callers pass ids, prices and URLs in.
 */
export function createStripeBilling(options: { client?: StripeClient } = {}) {
  const client = () => options.client ?? sharedClient
  const key = (o: KeyOption) => (o.idempotencyKey ? { idempotencyKey: o.idempotencyKey } : {})

  const findCustomerByEmail = (email: string): Promise<BillingResult<{ customer: Schemas['customer'] | null }>> =>
    settle('stripe', 'findCustomerByEmail', async () => {
      const page = await client().getCustomers({ email, limit: 1 })
      return { customer: page.data[0] ?? null }
    })

  const createCustomer = (
    input: { email: string; name?: string; metadata?: Metadata },
    o: KeyOption = {},
  ): Promise<BillingResult<{ customer: Schemas['customer'] }>> =>
    settle('stripe', 'createCustomer', async () => ({ customer: await client().postCustomers(input, key(o)) }))

  return {
    findCustomerByEmail,
    createCustomer,
    /** The customer with this email, created when there is none. */
    findOrCreateCustomer: async (
      input: { email: string; name?: string; metadata?: Metadata },
      o: KeyOption = {},
    ): Promise<BillingResult<{ customer: Schemas['customer']; created: boolean }>> => {
      const found = await findCustomerByEmail(input.email)
      if (!found.ok) return found
      if (found.customer) return { ok: true, customer: found.customer, created: false }
      const made = await createCustomer(input, o)
      return made.ok ? { ok: true, customer: made.customer, created: true } : made
    },
    ...paymentHelpers(client, key),
  }
}

/** Subscriptions, Checkout and portal sessions, usage: each POST with the caller's idempotency key when given. */
function paymentHelpers(client: () => StripeClient, key: (o: KeyOption) => { idempotencyKey?: string }) {
  return {
    createSubscription: (
      input: { customer: string; price: string; quantity?: number; trialPeriodDays?: number; metadata?: Metadata },
      o: KeyOption = {},
    ): Promise<BillingResult<{ subscription: Schemas['subscription'] }>> =>
      settle('stripe', 'createSubscription', async () => ({
        subscription: await client().postSubscriptions(
          {
            customer: input.customer,
            items: [{ price: input.price, ...(input.quantity !== undefined ? { quantity: input.quantity } : {}) }],
            ...(input.trialPeriodDays !== undefined ? { trial_period_days: input.trialPeriodDays } : {}),
            ...(input.metadata ? { metadata: input.metadata } : {}),
          },
          key(o),
        ),
      })),
    createCheckoutSession: (
      input: {
        price: string
        quantity?: number
        mode?: 'payment' | 'subscription'
        successUrl: string
        cancelUrl: string
        customer?: string
        customerEmail?: string
        metadata?: Metadata
      },
      o: KeyOption = {},
    ): Promise<BillingResult<{ session: Schemas['checkout.session'] }>> =>
      settle('stripe', 'createCheckoutSession', async () => ({
        session: await client().postCheckoutSessions(
          {
            mode: input.mode ?? 'subscription',
            line_items: [{ price: input.price, quantity: input.quantity ?? 1 }],
            success_url: input.successUrl,
            cancel_url: input.cancelUrl,
            ...(input.customer ? { customer: input.customer } : {}),
            ...(input.customerEmail ? { customer_email: input.customerEmail } : {}),
            ...(input.metadata ? { metadata: input.metadata } : {}),
          },
          key(o),
        ),
      })),
    createBillingPortalSession: (
      input: { customer: string; returnUrl: string },
      o: KeyOption = {},
    ): Promise<BillingResult<{ session: Schemas['billing_portal.session'] }>> =>
      settle('stripe', 'createBillingPortalSession', async () => ({
        session: await client().postBillingPortalSessions({ customer: input.customer, return_url: input.returnUrl }, key(o)),
      })),
    /** Metered billing: reports `quantity` on a subscription item (`increment` by default, or `set`). */
    reportUsage: (
      input: { subscriptionItem: string; quantity: number; timestamp?: Date; action?: 'increment' | 'set' },
      o: KeyOption = {},
    ): Promise<BillingResult<{ usageRecord: Schemas['usage_record'] }>> =>
      settle('stripe', 'reportUsage', async () => ({
        usageRecord: await client().postSubscriptionItemsSubscriptionItemUsageRecords(
          {
            subscription_item: input.subscriptionItem,
            quantity: input.quantity,
            action: input.action ?? 'increment',
            ...(input.timestamp ? { timestamp: Math.floor(input.timestamp.getTime() / 1000) } : {}),
          },
          key(o),
        ),
      })),
  }
}

export type StripeBilling = ReturnType<typeof createStripeBilling>
