/** Stripe: typed from Stripe's spec, form-encoded, idempotent POSTs, lazy pagination, webhooks. */
import { stripe, verifyStripeWebhook } from '@codebuff/integrations/stripe'

export async function countCustomers(): Promise<number> {
  let count = 0
  for await (const _customer of stripe.paginate('/v1/customers', { limit: 100 })) count++
  return count
}

export async function handleStripeWebhook(request: Request): Promise<Response> {
  const event = await verifyStripeWebhook(
    await request.text(),
    request.headers.get('stripe-signature'),
    process.env.STRIPE_WEBHOOK_SECRET ?? '',
  )
  return Response.json({ received: event.type })
}
