import { webhookEvents } from '../../generated/loops.ts'
import { decodeSigningSecret, signStandardWebhook } from '../core/webhooks/standard-webhooks.ts'
import { toBase64 } from '../core/webhooks/webhook-signature.ts'
import type { LoopsWebhookEvent, LoopsWebhookEventName } from '../loops/webhooks.ts'
import { packagedSpec } from './packaged-spec.ts'

/** A known event name (typed payload) or any other string (to test how a route treats events it does not know). */
export type WebhookEventNameArg = LoopsWebhookEventName | (string & {})
/** Fields laid over the spec's example for that event (shallow): pass only what the test cares about. */
export type WebhookPayloadArg<N extends WebhookEventNameArg> = N extends LoopsWebhookEventName
  ? Partial<LoopsWebhookEvent<N>>
  : Record<string, unknown>

export interface SignWebhookOptions {
  /** `webhook-id`; reuse one to simulate Loops retrying a message. @default a fresh `msg_…` */
  id?: string
  /** `webhook-timestamp` in Unix seconds; move it to test the tolerance. @default now */
  timestamp?: number
}

/** A fresh `whsec_<base64>` secret, like the one Loops shows for an endpoint. */
export function newWebhookSecret(): string {
  return `whsec_${toBase64(crypto.getRandomValues(new Uint8Array(24)))}`
}

/** The spec's example payload for an event (a fresh copy), or `{}` for a name the spec does not know. */
export function loopsWebhookExample(eventName: WebhookEventNameArg): Record<string, unknown> {
  const known = (webhookEvents as Record<string, { webhook: string }>)[eventName]
  if (!known) return {}
  const example = packagedSpec('loops').webhooks?.[known.webhook]?.post?.requestBody?.content?.['application/json']?.example
  return structuredClone(example ?? {})
}

/** The JSON body for an event: the spec's example, `payload` laid over it, `eventName` set. */
export function loopsWebhookBody<N extends WebhookEventNameArg>(eventName: N, payload?: WebhookPayloadArg<N>): string {
  return JSON.stringify({ ...loopsWebhookExample(eventName), ...payload, eventName })
}

/** Headers Loops would send with `body` (text, or exact bytes), signed with `secret` (Standard Webhooks). */
export async function signLoopsWebhook(
  body: string | Uint8Array,
  secret: string,
  options: SignWebhookOptions = {},
): Promise<Record<string, string>> {
  const key = decodeSigningSecret(secret)
  if (!key) throw new Error('signLoopsWebhook: the secret is not a whsec_<base64> secret (newWebhookSecret() makes one)')
  const id = options.id ?? `msg_${crypto.randomUUID().replaceAll('-', '')}`
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000)
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': await signStandardWebhook(key, id, timestamp, body),
  }
}

export interface WebhookRequestOptions extends SignWebhookOptions {
  /** Sign with another secret than the fake's (e.g. a wrong one). */
  secret?: string
  /** @default http://localhost/api/loops-webhooks */
  url?: string
}

/** A signed `Request` as Loops would POST it, for calling a route handler directly in a unit test. */
export async function loopsWebhookRequest<N extends WebhookEventNameArg>(
  eventName: N,
  payload: WebhookPayloadArg<N> | undefined,
  options: WebhookRequestOptions & { secret: string },
): Promise<Request> {
  const body = loopsWebhookBody(eventName, payload)
  const headers = await signLoopsWebhook(body, options.secret, options)
  return new Request(options.url ?? 'http://localhost/api/loops-webhooks', { method: 'POST', headers, body })
}

/** What the receiving endpoint answered. */
export interface WebhookDeliveryResult {
  /** The `webhook-id` sent: pass it back as `{ id }` to simulate Loops retrying this message. */
  id: string
  status: number
  /** The answer's JSON, or its text when it is not JSON. */
  body: unknown
}

export interface DeliverWebhookOptions extends SignWebhookOptions {
  /** How long to wait for the endpoint's whole answer before rejecting with a TimeoutError (a hung route). @default 10_000 */
  timeoutMs?: number
}

/** POSTs a signed webhook to a URL over real HTTP, as Loops does. */
export async function deliverLoopsWebhook<N extends WebhookEventNameArg>(
  url: string,
  eventName: N,
  payload: WebhookPayloadArg<N> | undefined,
  options: DeliverWebhookOptions & { secret: string },
): Promise<WebhookDeliveryResult> {
  const body = loopsWebhookBody(eventName, payload)
  const headers = await signLoopsWebhook(body, options.secret, options)
  // The signal also bounds reading the answer's body, not only the headers.
  const signal = AbortSignal.timeout(Math.min(options.timeoutMs ?? 10_000, 2 ** 31 - 1))
  const response = await fetch(url, { method: 'POST', headers, body, signal })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {}
  return { id: headers['webhook-id']!, status: response.status, body: parsed }
}
