/**
 * Inbound Loops webhooks: the event types come from the spec's `webhooks` section (generated), the
 * signature check is the shared Standard Webhooks one in core. See webhook-handler.ts for the route.
 */
import { webhookEvents, webhookShapes, type WebhookEventName, type webhooks } from '../../generated/loops.ts'
import { pickEnv, processEnv, type EnvSource } from '../core/runtime/env.ts'
import { WebhookVerificationError } from '../core/errors.ts'
import { shapeProblem } from '../core/webhooks/json-shape.ts'
import { lazyModule } from '../core/runtime/lazy-module.ts'
import type { VerifyWebhookTimingOptions, WebhookDelivery, WebhookHeaders } from '../core/webhooks/standard-webhooks.ts'
import type { WebhookVerifier } from '../core/webhooks/webhook-secret.ts'

type PayloadOf<W extends keyof webhooks> = webhooks[W]['post']['requestBody']['content']['application/json']

/** `email.hardBounced`, `contact.unsubscribed`, … every event the spec describes. */
export type LoopsWebhookEventName = WebhookEventName
/** Payload type by event name, from the spec: `LoopsWebhookEventMap['email.hardBounced']`. */
export type LoopsWebhookEventMap = { [N in LoopsWebhookEventName]: PayloadOf<(typeof webhookEvents)[N]['webhook']> }
/** One event, or (without a name) the union of all of them, discriminated by `eventName`. */
export type LoopsWebhookEvent<N extends LoopsWebhookEventName = LoopsWebhookEventName> = LoopsWebhookEventMap[N]

export interface VerifyLoopsWebhookOptions extends VerifyWebhookTimingOptions {
  /** Where `LOOPS_WEBHOOK_SECRET` is read from when no secret is passed. @default process.env, per call */
  env?: EnvSource
}

/** What a verified body turned out to be. */
export type ParsedLoopsWebhook =
  | { kind: 'event'; event: LoopsWebhookEvent }
  | { kind: 'unknown'; eventName: string }
  | { kind: 'invalid'; problem: string }

const verifier = (operation: string): WebhookVerifier => ({ service: 'loops', operation, secretSource: 'LOOPS_WEBHOOK_SECRET' })
// The signature check loads with the first delivery, not with the package (lazy-module.ts).
const standardWebhooks = lazyModule(() => import('../core/webhooks/standard-webhooks.ts'))

/** The signature check alone: id, timestamp and body text of a genuine, timely delivery. */
export async function verifyLoopsDelivery(
  rawBody: string | Uint8Array | ArrayBuffer,
  headers: WebhookHeaders,
  secret: string | undefined,
  options: VerifyLoopsWebhookOptions,
  operation: string,
): Promise<WebhookDelivery & { body: string }> {
  // What loopsWebhookEnvSchema (an optional string) parses to, read without loading zod on a webhook route's cold start.
  const key = secret ?? pickEnv(['LOOPS_WEBHOOK_SECRET'], options.env ?? processEnv()).LOOPS_WEBHOOK_SECRET
  const loaded = standardWebhooks.loaded
  if (loaded) return loaded.verifyStandardWebhook(rawBody, headers, key, verifier(operation), options)
  // The first call waits for the check to load: it verifies what it was given now, not a buffer reused meanwhile.
  const given = [copyBody(rawBody), copyHeaders(headers), { ...options }] as const
  const { verifyStandardWebhook } = await standardWebhooks.load()
  return verifyStandardWebhook(given[0], given[1], key, verifier(operation), given[2])
}

const copyBody = (rawBody: string | Uint8Array | ArrayBuffer) =>
  typeof rawBody === 'string' ? rawBody : rawBody instanceof ArrayBuffer ? rawBody.slice(0) : new Uint8Array(rawBody)

// Headers of any realm (a test runner's vm context) by their get, as headerValue() reads them.
const copyHeaders = (headers: WebhookHeaders): WebhookHeaders =>
  typeof (headers as Headers).get === 'function' ? new Headers(headers as Headers) : { ...headers }

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text)

/**
 * Reads a verified body: a known event whose payload matches its spec schema (nested fields, types, enums and
 * consts included; see `core/webhooks/json-shape.ts`), an event name this spec does not know (Loops adds events;
 * acknowledge those), or something that is not a Loops event at all.
 */
export function parseLoopsWebhookEvent(body: string): ParsedLoopsWebhook {
  let payload: unknown
  try {
    // A body handed over as text may still start with the BOM that TextDecoder drops from bytes.
    payload = JSON.parse(body.startsWith('\uFEFF') ? body.slice(1) : body)
  } catch {
    return { kind: 'invalid', problem: 'the body is not JSON' }
  }
  if (!payload || typeof payload !== 'object' || Array.isArray(payload))
    return { kind: 'invalid', problem: 'the body is not a JSON object' }
  const fields = payload as Record<string, unknown>
  if (typeof fields.eventName !== 'string' || fields.eventName === '') return { kind: 'invalid', problem: 'the body has no eventName' }
  const eventName = fields.eventName
  if (!Object.hasOwn(webhookEvents, eventName)) return { kind: 'unknown', eventName: clip(eventName) }
  // The whole payload against its spec schema: `contactIdentity: {}` or `null` would reach a handler reading
  // `.email`, and a handler that throws answers 500, which Loops retries forever for a message that can never succeed.
  const problem = shapeProblem(webhookShapes, webhookEvents[eventName as LoopsWebhookEventName].payload, payload)
  if (problem) return { kind: 'invalid', problem: `${eventName}: ${problem}` }
  return { kind: 'event', event: payload as LoopsWebhookEvent }
}

/**
 * Verifies one Loops webhook delivery and returns its typed event (narrow it with `event.eventName`).
 * `rawBody` must be the body exactly as received, not re-serialized JSON: prefer the bytes
 * (`new Uint8Array(await request.arrayBuffer())`), since text decoding drops a leading BOM and
 * replaces invalid UTF-8, and the signature covers the bytes;
 * `secret` defaults to `LOOPS_WEBHOOK_SECRET`. Throws `WebhookVerificationError` (see its `reason`)
 * for a missing or garbled header, a signature that matches no `v1` entry, a timestamp more than
 * `toleranceSec` (300) away from now, a body that is not a Loops event, or an event name the spec does
 * not know (`reason: 'unknown-event'`: acknowledge those, Loops adds events); `ConfigError` without a secret.
 *
 * @example
 * const event = await verifyLoopsWebhook(await request.text(), request.headers)
 * if (event.eventName === 'email.hardBounced') await markUndeliverable(event.contactIdentity.email)
 */
export async function verifyLoopsWebhook(
  rawBody: string | Uint8Array | ArrayBuffer,
  headers: WebhookHeaders,
  secret?: string,
  options: VerifyLoopsWebhookOptions = {},
): Promise<LoopsWebhookEvent> {
  const operation = 'verifyLoopsWebhook'
  const delivery = await verifyLoopsDelivery(rawBody, headers, secret, options, operation)
  const parsed = parseLoopsWebhookEvent(delivery.body)
  if (parsed.kind === 'event') return parsed.event
  const [reason, message] =
    parsed.kind === 'unknown'
      ? ([
          'unknown-event',
          `event "${parsed.eventName}" is not in this package's Loops spec: acknowledge it (npm run update-specs)`,
        ] as const)
      : (['invalid-payload', `signed, but not a Loops event: ${parsed.problem}`] as const)
  throw new WebhookVerificationError(`[loops webhook] ${message}`, { service: 'loops', operation, reason })
}
