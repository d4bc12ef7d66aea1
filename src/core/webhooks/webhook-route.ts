/**
 * The skeleton every vendor's webhook route shares: a fetch-style `Request → Response` handler that
 * reads the body under limits, verifies it, parses it, deduplicates by message id and dispatches to
 * the app's handler. Senders (Loops, Stripe) retry a message until they get a 2xx, so the status
 * codes are the contract: 2xx only once the work is done, 5xx only when it may succeed later.
 * A vendor supplies `verify` and `parse` (see `WebhookVendor`); everything else lives here.
 */
import { ConfigError, WebhookVerificationError } from '../errors.ts'
import { BodyTooLargeError, Interrupt } from '../http/read-body.ts'
import { readRequestBytes } from '../http/read-request-body.ts'
import { defaultLogger, type Logger } from '../observability/logger.ts'
import type { EnvSource } from '../runtime/env.ts'
import type { WebhookDelivery } from './standard-webhooks.ts'
import { createMemoryDedupeStore, runOnce, type WebhookDedupeStore, withStoreDeadline } from './webhook-dedupe.ts'

/** Options every vendor's webhook handler takes besides its `secret` and `on`. */
export interface WebhookRouteOptions {
  /**
   * Where handled message ids are remembered. Share one store (Redis) between instances; the default
   * remembers per process. @default createMemoryDedupeStore()
   */
  seen?: WebhookDedupeStore
  /** How long one dedupe store call may take before the delivery is answered 503 (the sender retries). @default 5_000 */
  storeTimeoutMs?: number
  /** How long a handled id is remembered: longer than the sender keeps retrying a message. @default 3 days */
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
  /** How far the signed timestamp may be from now, either way, in seconds. @default 300 */
  toleranceSec?: number
  logger?: Logger
  /** Where the secret's env var is read from, per request, when no `secret` is passed. @default process.env */
  env?: EnvSource
}

/** What a verified body turned out to be: an event (with the id to deduplicate by), a name this package does not know, or junk. */
export type ParsedWebhookEvent<E> =
  | { kind: 'event'; event: E; name: string; id: string }
  | { kind: 'unknown'; name: string }
  | { kind: 'invalid'; problem: string }

/** What differs between vendors. */
export interface WebhookVendor<E> {
  /** `loops`, `stripe`: logs and messages. */
  service: string
  /** `Loops`, `Stripe`: in answers ("not a Loops event"). */
  label: string
  /** Checks the signature over the exact bytes; throws `WebhookVerificationError` (401) or `ConfigError` (500). */
  verify(body: Uint8Array, headers: Headers): Promise<{ body: string; timestamp: Date; id?: string }>
  /** Reads a verified body; `verifiedId` is the id the signature covered (Standard Webhooks' `webhook-id`), if any. */
  parse(body: string, verifiedId: string | undefined): ParsedWebhookEvent<E>
  /** The app's handler for an event name, if it gave one. */
  handlerFor(name: string): ((event: E, delivery: WebhookDelivery) => unknown) | undefined
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
 * not a valid event of the vendor; 200 for an event name this spec does not know (logged; vendors add events), for an
 * event without a handler and for a replay of a handled message; 409 + Retry-After for a replay that
 * arrives while the first delivery is still running (its outcome is unknown yet, so the sender must ask again
 * later rather than take a 2xx for work that may still fail); 200 once the handler resolved; 500 when it
 * threw (the id is forgotten, so the sender's retry runs it again); 503 when the dedupe store fails.
 */
export function createWebhookRoute<E>(vendor: WebhookVendor<E>, options: WebhookRouteOptions): (request: Request) => Promise<Response> {
  const seen = options.seen ? withStoreDeadline(options.seen, options.storeTimeoutMs ?? 5_000) : createMemoryDedupeStore()
  const ttl = { dedupeTtlMs: options.dedupeTtlMs ?? 3 * DAY, inFlightTtlMs: options.inFlightTtlMs ?? 5 * 60 * 1000 }
  const limits = {
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    bodyTimeoutMs: Math.min(Math.max(options.bodyTimeoutMs ?? 10_000, 0), MAX_TIMER_MS),
  }
  const tag = `[${vendor.service} webhook]`
  let logger: Logger | undefined
  const log = () => (logger ??= (options.logger ?? defaultLogger()).child({ service: vendor.service, component: 'webhooks' }))

  return async function handleWebhook(request: Request): Promise<Response> {
    if (request.method !== 'POST') return answer(405, { error: `${vendor.label} webhooks are POSTed` }, { allow: 'POST' })
    const body = await readBody(request, limits, log, tag)
    if (body instanceof Response) return body
    let verified: Awaited<ReturnType<WebhookVendor<E>['verify']>>
    try {
      verified = await vendor.verify(body, request.headers)
    } catch (err) {
      if (err instanceof WebhookVerificationError) {
        log().warn({ reason: err.reason }, err.message)
        return answer(401, { error: 'webhook signature verification failed', reason: err.reason })
      }
      if (err instanceof ConfigError) log().error({}, err.message)
      else log().error({ err }, `${tag} verification failed unexpectedly`)
      return answer(500, { error: 'webhook receiver is not configured' })
    }
    const parsed = vendor.parse(verified.body, verified.id)
    if (parsed.kind === 'invalid') {
      log().warn({ webhookId: verified.id }, `${tag} signed, but not a ${vendor.label} event: ${parsed.problem}`)
      return answer(400, { error: `not a ${vendor.label} event`, problem: parsed.problem })
    }
    if (parsed.kind === 'unknown') {
      log().info(
        { webhookId: verified.id, eventName: parsed.name },
        `${tag} event unknown to this spec, acknowledged (npm run update-specs)`,
      )
      return answer(200, { received: true, ignored: 'unknown event' })
    }
    const handler = vendor.handlerFor(parsed.name)
    const context = { webhookId: parsed.id, eventName: parsed.name }
    if (!handler) {
      log().debug(context, `${tag} no handler for this event, acknowledged`)
      return answer(200, { received: true, ignored: 'no handler' })
    }
    return dispatch(() => handler(parsed.event, { id: parsed.id, timestamp: verified.timestamp }), parsed.id, context)
  }

  /** Runs the handler at most once per id (across instances sharing `seen`) and says how it went. */
  async function dispatch(work: () => unknown, id: string, context: Record<string, string>): Promise<Response> {
    try {
      const outcome = await runOnce(seen, id, ttl, async () => {
        try {
          await work()
          return true
        } catch (err) {
          log().error({ ...context, err }, `${tag} handler threw; answering 500 so ${vendor.label} retries`)
          return false
        }
      })
      if (outcome === 'in-flight')
        return answer(409, { error: 'this message is still being handled; retry later' }, { 'retry-after': '60' })
      if (outcome === 'duplicate') return answer(200, { received: true, duplicate: true })
      if (outcome === 'failed') return answer(500, { error: 'handler failed; retry' })
      log().info(context, `${tag} handled`)
      return answer(200, { received: true })
    } catch (err) {
      log().error({ ...context, err }, `${tag} dedupe store failed; answering 503 so ${vendor.label} retries`)
      return answer(503, { error: 'try again later' }, { 'retry-after': '30' })
    }
  }
}

/** The whole body under the size cap and the deadline, or the answer that refuses it. */
async function readBody(
  request: Request,
  limits: { maxBodyBytes: number; bodyTimeoutMs: number },
  log: () => Logger,
  tag: string,
): Promise<Uint8Array | Response> {
  const interrupt = new Interrupt()
  const deadline = setTimeout(() => interrupt.fire(bodyDeadline), limits.bodyTimeoutMs)
  try {
    return await readRequestBytes(request, interrupt, limits.maxBodyBytes)
  } catch (err) {
    if (err instanceof BodyTooLargeError) {
      log().warn({ maxBodyBytes: limits.maxBodyBytes }, `${tag} body over the size limit, refused`)
      return answer(413, { error: `body over ${limits.maxBodyBytes} bytes` })
    }
    if (err === bodyDeadline) {
      log().warn({ bodyTimeoutMs: limits.bodyTimeoutMs }, `${tag} body not received within the deadline, refused`)
      return answer(408, { error: `body not received within ${limits.bodyTimeoutMs} ms` })
    }
    log().warn({ err }, `${tag} the body could not be read (client went away?), refused`)
    return answer(400, { error: 'the body could not be read' })
  } finally {
    clearTimeout(deadline)
  }
}
