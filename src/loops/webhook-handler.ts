/**
 * `createLoopsWebhookHandler`: a fetch-style `Request → Response` route (Next.js App Router, Hono,
 * Workers, Bun…) that verifies, parses, deduplicates and dispatches Loops webhooks, on the skeleton
 * every vendor shares (`core/webhooks/webhook-route.ts`). Loops, like every Standard Webhooks sender,
 * retries a message with the same `webhook-id` until it gets a 2xx.
 */
import { lazyModule } from '../core/runtime/lazy-module.ts'
import type { WebhookDelivery } from '../core/webhooks/standard-webhooks.ts'
import type { WebhookRouteOptions, WebhookVendor } from '../core/webhooks/webhook-route.ts'
import { signingKey } from '../core/webhooks/webhook-secret.ts'
import { parseLoopsWebhookEvent, verifyLoopsDelivery, type LoopsWebhookEvent, type LoopsWebhookEventName } from './webhooks.ts'

const webhookRoute = lazyModule(() => import('../core/webhooks/webhook-route.ts'))

/** One optional function per event name; each receives that event's payload type. */
export type LoopsWebhookHandlers = {
  [N in LoopsWebhookEventName]?: (event: LoopsWebhookEvent<N>, delivery: WebhookDelivery) => unknown
}

export interface LoopsWebhookHandlerOptions extends WebhookRouteOptions {
  /** The endpoint's signing secret (`whsec_…`). @default LOOPS_WEBHOOK_SECRET, read per request */
  secret?: string
  /** What to do per event. Events without an entry are acknowledged (2xx) and otherwise ignored. */
  on: LoopsWebhookHandlers
}

/**
 * Throws `ConfigError` at once for a `secret` that is not `whsec_<base64>` or decodes to fewer than 16 bytes.
 * Answers (see `createWebhookRoute`): 405 not POST; 413/408/400 body too large, too slow, broken; 500 no
 * secret; 401 bad signature or headers, or a timestamp outside `toleranceSec`; 400 signed but not a Loops
 * event; 200 unknown event name (logged), no handler, or a replay of a handled `webhook-id`; 409 + Retry-After
 * while the first delivery of the id still runs; 200 once the handler resolved; 500 when it threw (Loops
 * retries, the retry runs it); 503 when the dedupe store fails.
 *
 * @example
 * // app/api/loops-webhooks/route.ts
 * export const POST = createLoopsWebhookHandler({
 *   on: { 'email.hardBounced': (event) => markUndeliverable(event.contactIdentity.email) },
 * })
 */
export function createLoopsWebhookHandler(options: LoopsWebhookHandlerOptions): (request: Request) => Promise<Response> {
  // A secret given here is checked now (a garbled or short one throws ConfigError); LOOPS_WEBHOOK_SECRET, per request.
  if (options.secret?.trim())
    signingKey(options.secret, { service: 'loops', operation: 'createLoopsWebhookHandler', secretSource: 'LOOPS_WEBHOOK_SECRET' })
  const vendor: WebhookVendor<LoopsWebhookEvent> = {
    service: 'loops',
    label: 'Loops',
    verify: (body, headers) => verifyLoopsDelivery(body, headers, options.secret, options, 'loopsWebhookHandler'),
    parse: (body, webhookId) => {
      const parsed = parseLoopsWebhookEvent(body)
      if (parsed.kind === 'event') return { kind: 'event', event: parsed.event, name: parsed.event.eventName, id: webhookId! }
      return parsed.kind === 'unknown' ? { kind: 'unknown', name: parsed.eventName } : parsed
    },
    handlerFor: (name) =>
      (Object.hasOwn(options.on, name) ? options.on[name as LoopsWebhookEventName] : undefined) as
        | ((event: LoopsWebhookEvent, delivery: WebhookDelivery) => unknown)
        | undefined,
  }
  // The route (body limits, dedupe, dispatch) loads with the first request, not with the package; so does its store.
  // The route's settings (store, limits, TTLs) as they are now, as when the route was made here at once.
  const settings = { ...options }
  // One route per handler however many requests arrive while it loads: made after the await, by the first one back.
  let route: ((request: Request) => Promise<Response>) | undefined
  return async (request) => {
    if (!route) {
      const { createWebhookRoute } = webhookRoute.loaded ?? (await webhookRoute.load())
      route ??= createWebhookRoute(vendor, settings)
    }
    return route(request)
  }
}
