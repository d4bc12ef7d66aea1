/** Stripe: typed from Stripe's spec, form-encoded, idempotent POSTs, lazy pagination, webhooks. */
import { createStripeWebhookHandler, stripe } from '@codebuff/integrations/stripe'

export async function countCustomers(): Promise<number> {
  let count = 0
  for await (const _customer of stripe.paginate('/v1/customers', { limit: 100 })) count++
  return count
}

/** Stands in for the app's database. */
export const endedSubscriptions = new Set<string>()

// A route (Next.js: `export const POST = handleStripeWebhook` in app/api/stripe-webhooks/route.ts), secret from
// STRIPE_WEBHOOK_SECRET: 401 to a forged signature, each event id handled once, 500 only when a handler throws.
export const handleStripeWebhook = createStripeWebhookHandler({
  on: { 'customer.subscription.deleted': (event) => void endedSubscriptions.add(String(event.data.object.id)) },
})
