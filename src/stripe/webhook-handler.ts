/**
 * `createStripeWebhookHandler`: the Loops handler's twin for Stripe (`core/webhooks/webhook-route.ts`):
 * a fetch-style `Request → Response` route that verifies `Stripe-Signature`, deduplicates by event id
 * (Stripe retries an event, same id, until it gets a 2xx) and dispatches by `event.type`.
 */
import { pickEnv, processEnv } from '../core/runtime/env.ts'
import type { WebhookDelivery } from '../core/webhooks/standard-webhooks.ts'
import { createWebhookRoute, type WebhookRouteOptions } from '../core/webhooks/webhook-route.ts'
import { parseStripeEvent, type StripeEvent, verifyStripeSignature } from './webhooks.ts'

/**
 * One optional function per event type (`customer.subscription.deleted`, `invoice.paid`, …). `delivery.id`
 * is the event id; `delivery.timestamp` when this attempt was signed.
 */
export type StripeWebhookHandlers = Record<string, (event: StripeEvent, delivery: WebhookDelivery) => unknown>

export interface StripeWebhookHandlerOptions extends WebhookRouteOptions {
  /** The endpoint's signing secret (`whsec_…`, Dashboard → Developers → Webhooks). @default STRIPE_WEBHOOK_SECRET, read per request */
  secret?: string
  /** What to do per event type. Types without an entry are acknowledged (2xx) and otherwise ignored. */
  on: StripeWebhookHandlers
}

/**
 * Answers: 405 not POST; 413/408/400 body too large, too slow, broken; 500 no secret; 401 missing or
 * garbled `Stripe-Signature`, no matching `v1` signature, or a timestamp outside `toleranceSec` (a forged
 * request is never a 5xx, which Stripe would retry); 400 signed but not an event (no `id`/`type`); 200
 * no handler, or a replay of a handled event id; 409 + Retry-After while the first delivery of the id
 * still runs; 200 once the handler resolved; 500 when it threw (Stripe retries, the retry runs it);
 * 503 when the dedupe store fails.
 *
 * @example
 * // app/api/stripe-webhooks/route.ts
 * export const POST = createStripeWebhookHandler({
 *   on: { 'customer.subscription.deleted': (event) => endSubscription(event.data.object) },
 * })
 */
export function createStripeWebhookHandler(options: StripeWebhookHandlerOptions): (request: Request) => Promise<Response> {
  return createWebhookRoute<StripeEvent>(
    {
      service: 'stripe',
      label: 'Stripe',
      verify: (body, headers) => {
        const secret = options.secret ?? pickEnv(['STRIPE_WEBHOOK_SECRET'], options.env ?? processEnv()).STRIPE_WEBHOOK_SECRET
        return verifyStripeSignature(body, headers.get('stripe-signature'), secret, options)
      },
      parse: (body) => {
        const parsed = parseStripeEvent(body)
        return parsed.kind === 'event' ? { kind: 'event', event: parsed.event, name: parsed.event.type, id: parsed.event.id } : parsed
      },
      handlerFor: (type) => (Object.hasOwn(options.on, type) ? options.on[type] : undefined),
    },
    options,
  )
}
