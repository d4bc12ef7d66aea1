/**
 * The package's own functions that call vendor operations for the caller, so a call to one of them is a
 * use of those operations: the email helpers (and the outbox, whose workers run them), Stripe's billing
 * helpers. Keyed by the package file that declares them; `test/usage/helpers.test.ts` checks every
 * operation named here exists in the generated map.
 */
export interface HelperRule {
  vendor: string
  /** The operations (client method names) a helper of this file calls, by the helper's name. */
  operations: (name: string) => readonly string[]
}

/** `send<Template>Email` (every template declared in templates.ts gets one), a generic `sendTemplate`, `sendSignupEvent`. */
const emailHelpers = (name: string): readonly string[] => {
  if (name === 'sendSignupEvent') return ['sendEvent']
  const sendsTemplate = name === 'sendTemplate' || (name.startsWith('send') && name.endsWith('Email'))
  return sendsTemplate ? ['sendTransactionalEmail'] : []
}

/** createStripeBilling()'s functions → the Stripe operations each one calls (src/stripe/billing.ts). */
export const STRIPE_BILLING: Readonly<Record<string, readonly string[]>> = {
  findCustomerByEmail: ['getCustomers'],
  createCustomer: ['postCustomers'],
  findOrCreateCustomer: ['getCustomers', 'postCustomers'],
  createSubscription: ['postSubscriptions'],
  createCheckoutSession: ['postCheckoutSessions'],
  createBillingPortalSession: ['postBillingPortalSessions'],
  reportUsage: ['postSubscriptionItemsSubscriptionItemUsageRecords'],
}

export const HELPERS: Readonly<Record<string, HelperRule>> = {
  'src/loops/emails.ts': { vendor: 'loops', operations: emailHelpers },
  'src/outbox/outbox.ts': { vendor: 'loops', operations: emailHelpers },
  'src/stripe/billing.ts': { vendor: 'stripe', operations: (name) => STRIPE_BILLING[name] ?? [] },
}

/** Functions that receive a vendor's webhook events: a changed event payload matters only if one is called. */
export const WEBHOOK_RECEIVERS: Readonly<Record<string, string>> = {
  'src/loops/webhook-handler.ts': 'loops',
  'src/loops/webhooks.ts': 'loops',
  'src/stripe/webhooks.ts': 'stripe',
}

/** `stripe.paginate('/v1/customers', …)` lists with GET on the path it is given. */
export const PAGINATE = { module: 'src/stripe/client.ts', name: 'paginate', vendor: 'stripe' } as const
