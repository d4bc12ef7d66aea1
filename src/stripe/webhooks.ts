import type { components } from '../../generated/stripe.ts'
import { ConfigError, WebhookVerificationError, type WebhookFailure } from '../core/errors.ts'
import {
  bodyBytes,
  bodyText,
  constantTimeEqual,
  hmacSha256,
  prefixed,
  type RawBody,
  timestampWindow,
  toHex,
} from '../core/webhooks/webhook-signature.ts'

export type StripeEvent = components['schemas']['event']

/**
 * What `verifyStripeWebhook` throws: the `WebhookVerificationError` every vendor's webhooks throw
 * (`reason` says what was wrong; answer 401, or 400 for `invalid-payload`), so one `instanceof`
 * covers Loops and Stripe. Kept under its old name; `error.service` is `'stripe'`.
 */
export const StripeWebhookError = WebhookVerificationError
export type StripeWebhookError = WebhookVerificationError

export interface VerifyWebhookOptions {
  /** Maximum age of the signed timestamp, in seconds; 0 disables the check. @default 300 */
  toleranceSec?: number
  /** Current time in ms, for tests. @default Date.now() */
  now?: number
}

const fail = (reason: WebhookFailure, message: string) =>
  new WebhookVerificationError(`[stripe webhook] ${message}`, { service: 'stripe', operation: 'verifyStripeWebhook', reason })

/** HMAC-SHA256 as lower-case hex (Stripe's `v1`), on the shared Web Crypto module so it runs in Node, edge and workers. */
export async function hmacSha256Hex(secret: string, payload: string | Uint8Array): Promise<string> {
  return toHex(await hmacSha256(secret, payload))
}

/**
 * Verifies a Stripe webhook and returns its event. `rawBody` must be the request body exactly as
 * received (not parsed and re-serialized JSON; bytes, e.g. `await request.arrayBuffer()`, are safest);
 * `signatureHeader` is the `Stripe-Signature` header; `secret` is the endpoint's signing secret (`whsec_…`).
 * Any of the header's `v1` signatures may match (Stripe sends several while a secret is being rolled);
 * the timestamp must be within `toleranceSec`. Throws `WebhookVerificationError` (see its `reason`;
 * `StripeWebhookError` is the same class) or `ConfigError` without a secret. In a route, prefer
 * `createStripeWebhookHandler`, which answers each failure with the right status.
 */
export async function verifyStripeWebhook(
  rawBody: RawBody,
  signatureHeader: string | null | undefined,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<StripeEvent> {
  const { body } = await verifyStripeSignature(rawBody, signatureHeader, secret, options)
  const parsed = parseStripeEvent(body)
  if (parsed.kind === 'invalid') throw fail('invalid-payload', `the payload is signed but ${parsed.problem}`)
  return parsed.event
}

/** The signature check alone: the body text and signed time of a genuine, timely delivery. */
export async function verifyStripeSignature(
  rawBody: RawBody,
  signatureHeader: string | null | undefined,
  secret: string | undefined,
  options: VerifyWebhookOptions = {},
): Promise<{ body: string; timestamp: Date }> {
  if (!secret)
    throw new ConfigError(
      "[stripe webhook] no signing secret: pass the endpoint's secret (whsec_…, Dashboard → Developers → Webhooks), " +
        'usually from STRIPE_WEBHOOK_SECRET.',
      { service: 'stripe', operation: 'verifyStripeWebhook' },
    )
  if (!signatureHeader)
    throw fail('missing-header', 'no Stripe-Signature header: is this request from Stripe, and does your framework pass headers through?')
  const { timestamp, signatures } = readSignatureHeader(signatureHeader)
  if (timestamp === undefined || Number.isNaN(timestamp))
    throw fail('malformed-header', 'the Stripe-Signature header has no valid timestamp (t=…)')
  if (signatures.length === 0) throw fail('malformed-header', 'the Stripe-Signature header has no v1 signature')
  // Over the exact bytes: decoding first would drop a leading BOM and replace invalid UTF-8.
  const expected = await hmacSha256Hex(secret, prefixed(`${timestamp}.`, bodyBytes(rawBody)))
  if (!signatures.some((signature) => constantTimeEqual(signature, expected))) {
    throw fail(
      'signature-mismatch',
      "no signature matches the payload: check that the secret is this endpoint's whsec_… " +
        'and that the body is the raw request body, byte for byte',
    )
  }
  const toleranceSec = options.toleranceSec ?? 300
  const { ageSec, outside } = timestampWindow(timestamp, options.now ?? Date.now(), toleranceSec)
  if (outside) {
    throw fail(
      outside === 'stale' ? 'stale-timestamp' : 'future-timestamp',
      `the signed timestamp is ${ageSec} s old, outside the ${toleranceSec} s tolerance: a replayed or delayed delivery (or a wrong clock)`,
    )
  }
  return { body: bodyText(rawBody), timestamp: new Date(timestamp * 1000) }
}

function readSignatureHeader(header: string): { timestamp: number | undefined; signatures: string[] } {
  let timestamp: number | undefined
  const signatures: string[] = []
  for (const part of header.split(',')) {
    const at = part.indexOf('=')
    const key = part.slice(0, at).trim()
    const value = part.slice(at + 1).trim()
    if (key === 't') timestamp = /^\d+$/.test(value) ? Number(value) : NaN
    if (key === 'v1' && value) signatures.push(value)
  }
  return { timestamp, signatures }
}

/** A verified body as a Stripe event: JSON with a non-empty string `id` and `type` (what a handler reads first). */
export function parseStripeEvent(body: string): { kind: 'event'; event: StripeEvent } | { kind: 'invalid'; problem: string } {
  let event: unknown
  try {
    event = JSON.parse(body)
  } catch {
    return { kind: 'invalid', problem: 'is not JSON' }
  }
  const { id, type } = (event && typeof event === 'object' && !Array.isArray(event) ? event : {}) as Record<string, unknown>
  if (typeof id !== 'string' || id === '' || id.length > 256 || typeof type !== 'string' || type === '')
    return { kind: 'invalid', problem: 'is not a Stripe event (no id or type)' }
  return { kind: 'event', event: event as StripeEvent }
}
