/**
 * `createLoopsWebhookHandler`: a fetch-style `Request → Response` route (Next.js App Router, Hono,
 * Workers, Bun…) that verifies, parses, deduplicates and dispatches Loops webhooks. Loops, like every
 * Standard Webhooks sender, retries a message with the same `webhook-id` until it gets a 2xx, so the
 * status codes below are the contract: 2xx only once the work is done.
 */
import type { EnvSource } from '../core/runtime/env.ts'
import { ConfigError, WebhookVerificationError } from '../core/errors.ts'
import { defaultLogger, type Logger } from '../core/observability/logger.ts'
import { BodyTooLargeError, Interrupt } from '../core/http/read-body.ts'
import { readRequestBytes } from '../core/http/read-request-body.ts'
import type { WebhookDelivery } from '../core/webhooks/standard-webhooks.ts'
import { createMemoryDedupeStore, runOnce, type WebhookDedupeStore, withStoreDeadline } from '../core/webhooks/webhook-dedupe.ts'
import { parseLoopsWebhookEvent, verifyLoopsDelivery, type LoopsWebhookEvent, type LoopsWebhookEventName } from './webhooks.ts'

/** One optional function per event name; each receives that event's payload type. */
export type LoopsWebhookHandlers = {
  [N in LoopsWebhookEventName]?: (event: LoopsWebhookEvent<N>, delivery: WebhookDelivery) => unknown
}

export interface LoopsWebhookHandlerOptions {
  /** The endpoint's signing secret (`whsec_…`). @default LOOPS_WEBHOOK_SECRET, read per request */
  secret?: string
  /** What to do per event. Events without an entry are acknowledged (2xx) and otherwise ignored. */
  on: LoopsWebhookHandlers
  /**
   * Where handled message ids are remembered. Share one store (Redis) between instances; the default
   * remembers per process. @default createMemoryDedupeStore()
   */
  seen?: WebhookDedupeStore
  /** How long one dedupe store call may take before the delivery is answered 503 (Loops retries). @default 5_000 */
  storeTimeoutMs?: number
  /** How long a handled id is remembered: longer than Loops keeps retrying a message. @default 3 days */
  dedupeTtlMs?: number
  /** How long a delivery may run before a retry of it may run too (a crashed instance frees its ids after this). @default 5 min */
  inFlightTtlMs?: number
  /** Bodies above this are refused (413) before any crypto: anyone can POST to the route. @default 1 MiB */
  maxBodyBytes?: number
  /**
   * How long reading the body may take before the request is answered 408: a body that never ends
   * would otherwise hold the route (and its memory) forever. @default 10_000 (10 s)
   */
  bodyTimeoutMs?: number
  /** How far `webhook-timestamp` may be from now, either way, in seconds. @default 300 */
  toleranceSec?: number
  logger?: Logger
  /** Where `LOOPS_WEBHOOK_SECRET` is read from. @default process.env */
  env?: EnvSource
}

const DAY = 24 * 60 * 60 * 1000
// setTimeout fires at once for delays over 2^31-1 ms; a longer deadline is no deadline anyway.
const MAX_TIMER_MS = 2 ** 31 - 1
/** The reason the body-read interrupt fires with, told apart from a stream that failed. */
const bodyDeadline = Symbol('body read deadline')
const answer = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers })

/**
 * Answers, in order: 405 for anything but POST; 413 for a body over `maxBodyBytes`, 408 for one that does not arrive within
 * `bodyTimeoutMs`, 400 for one whose stream fails; 500 when no secret is configured; 401 for a missing or
 * garbled header, a bad signature or a timestamp outside the tolerance; 400 for a signed body that is
 * not a Loops event; 200 for an event name this spec does not know (logged; Loops adds events), for an
 * event without a handler and for a replay of a handled message; 409 + Retry-After for a replay that
 * arrives while the first delivery is still running (its outcome is unknown yet, so Loops must ask again
 * later rather than take a 2xx for work that may still fail); 200 once the handler resolved; 500 when it
 * threw (the id is forgotten, so Loops' retry runs it again); 503 when the dedupe store fails.
 *
 * @example
 * // app/api/loops-webhooks/route.ts
 * export const POST = createLoopsWebhookHandler({
 *   on: { 'email.hardBounced': (event) => markUndeliverable(event.contactIdentity.email) },
 * })
 */
export function createLoopsWebhookHandler(options: LoopsWebhookHandlerOptions): (request: Request) => Promise<Response> {
  const seen = options.seen ? withStoreDeadline(options.seen, options.storeTimeoutMs ?? 5_000) : createMemoryDedupeStore()
  const dedupeTtlMs = options.dedupeTtlMs ?? 3 * DAY
  const inFlightTtlMs = options.inFlightTtlMs ?? 5 * 60 * 1000
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024
  const bodyTimeoutMs = Math.min(Math.max(options.bodyTimeoutMs ?? 10_000, 0), MAX_TIMER_MS)
  let logger: Logger | undefined
  const log = () => (logger ??= (options.logger ?? defaultLogger()).child({ service: 'loops', component: 'webhooks' }))

  return async function handleLoopsWebhook(request: Request): Promise<Response> {
    if (request.method !== 'POST') return answer(405, { error: 'Loops webhooks are POSTed' }, { allow: 'POST' })
    let body: Uint8Array
    const interrupt = new Interrupt()
    const deadline = setTimeout(() => interrupt.fire(bodyDeadline), bodyTimeoutMs)
    try {
      body = await readRequestBytes(request, interrupt, maxBodyBytes)
    } catch (err) {
      if (err instanceof BodyTooLargeError) {
        log().warn({ maxBodyBytes }, '[loops webhook] body over the size limit, refused')
        return answer(413, { error: `body over ${maxBodyBytes} bytes` })
      }
      if (err === bodyDeadline) {
        log().warn({ bodyTimeoutMs }, '[loops webhook] body not received within the deadline, refused')
        return answer(408, { error: `body not received within ${bodyTimeoutMs} ms` })
      }
      log().warn({ err }, '[loops webhook] the body could not be read (client went away?), refused')
      return answer(400, { error: 'the body could not be read' })
    } finally {
      clearTimeout(deadline)
    }
    let delivery: WebhookDelivery & { body: string }
    try {
      delivery = await verifyLoopsDelivery(body, request.headers, options.secret, options, 'loopsWebhookHandler')
    } catch (err) {
      if (err instanceof WebhookVerificationError) {
        log().warn({ reason: err.reason, webhookId: request.headers.get('webhook-id')?.slice(0, 64) }, err.message)
        return answer(401, { error: 'webhook signature verification failed', reason: err.reason })
      }
      if (err instanceof ConfigError) log().error({}, err.message)
      else log().error({ err }, '[loops webhook] verification failed unexpectedly')
      return answer(500, { error: 'webhook receiver is not configured' })
    }

    const parsed = parseLoopsWebhookEvent(delivery.body)
    const context = { webhookId: delivery.id }
    if (parsed.kind === 'invalid') {
      log().warn(context, `[loops webhook] signed, but not a Loops event: ${parsed.problem}`)
      return answer(400, { error: 'not a Loops event', problem: parsed.problem })
    }
    if (parsed.kind === 'unknown') {
      log().info(
        { ...context, eventName: parsed.eventName },
        '[loops webhook] event unknown to this spec, acknowledged (npm run update-specs)',
      )
      return answer(200, { received: true, ignored: 'unknown event' })
    }
    const { event } = parsed
    const handler = options.on[event.eventName] as ((event: LoopsWebhookEvent, delivery: WebhookDelivery) => unknown) | undefined
    const eventContext = { ...context, eventName: event.eventName }
    if (!handler) {
      log().debug(eventContext, '[loops webhook] no handler for this event, acknowledged')
      return answer(200, { received: true, ignored: 'no handler' })
    }
    try {
      const outcome = await runOnce(seen, delivery.id, { dedupeTtlMs, inFlightTtlMs }, async () => {
        try {
          await handler(event, { id: delivery.id, timestamp: delivery.timestamp })
          return true
        } catch (err) {
          log().error({ ...eventContext, err }, '[loops webhook] handler threw; answering 500 so Loops retries')
          return false
        }
      })
      if (outcome === 'in-flight')
        return answer(409, { error: 'this message is still being handled; retry later' }, { 'retry-after': '60' })
      if (outcome === 'duplicate') return answer(200, { received: true, duplicate: true })
      if (outcome === 'failed') return answer(500, { error: 'handler failed; retry' })
      log().info(eventContext, '[loops webhook] handled')
      return answer(200, { received: true })
    } catch (err) {
      log().error({ ...eventContext, err }, '[loops webhook] dedupe store failed; answering 503 so Loops retries')
      return answer(503, { error: 'try again later' }, { 'retry-after': '30' })
    }
  }
}
