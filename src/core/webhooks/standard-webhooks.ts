/**
 * Standard Webhooks (https://www.standardwebhooks.com), the scheme Loops signs with: headers
 * `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature` (space-separated `v1,<base64>`
 * entries, several while a secret rotates); the signature is HMAC-SHA256 over `id.timestamp.body` with the
 * base64-decoded `whsec_…` secret. Web Crypto only (see webhook-signature.ts), so it runs on the edge too.
 */
import { ConfigError, WebhookVerificationError, type WebhookFailure } from '../errors.ts'
import { signingKey, type WebhookVerifier } from './webhook-secret.ts'
import {
  bodyBytes,
  bodyText,
  constantTimeEqual,
  hmacSha256,
  prefixed,
  type RawBody,
  timestampWindow,
  toBase64,
} from './webhook-signature.ts'

/** A fetch `Headers`, or Node's `IncomingHttpHeaders`-like record (names in any case). */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>

export interface VerifyWebhookTimingOptions {
  /** How far the signed timestamp may be from now, either way, in seconds; 0 disables the check. @default 300 */
  toleranceSec?: number
  /** Current time in ms, for tests. @default Date.now() */
  now?: number
}

/** What a verified delivery carries besides its body. */
export interface WebhookDelivery {
  /** `webhook-id`: the same on every retry of one message, so it is the key to deduplicate by. */
  id: string
  /** `webhook-timestamp` as a Date: when this attempt was signed. */
  timestamp: Date
}

// The secret's checks are webhook-secret.ts: a handler runs them at creation, before this module is loaded.
export { decodeSigningSecret, MIN_SECRET_BYTES, signingKey, type WebhookVerifier } from './webhook-secret.ts'

const MAX_ID_LENGTH = 256

export function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined
  const record = headers as Record<string, string | string[] | undefined>
  const key = Object.keys(record).find((k) => k.toLowerCase() === name)
  const value = key === undefined ? undefined : record[key]
  return Array.isArray(value) ? value.join(', ') : value
}

/** One `v1,<base64>` signature entry for a delivery (what a sender puts in `webhook-signature`), over the body's exact bytes. */
export async function signStandardWebhook(key: Uint8Array, id: string, timestampSec: number, body: RawBody): Promise<string> {
  return `v1,${toBase64(await hmacSha256(key, prefixed(`${id}.${timestampSec}.`, bodyBytes(body))))}`
}

/**
 * The `v1` signatures of a `webhook-signature` header: space-separated `v1,<base64>` entries, which a
 * framework that joins repeated header lines turns into `v1,A, v1,B`. Base64 holds neither spaces nor
 * commas, so splitting on both leaves each `v1` followed by its signature (other versions are skipped).
 */
export function v1Signatures(header: string): string[] {
  const tokens = header.split(/[\s,]+/).filter(Boolean)
  const signatures: string[] = []
  for (let i = 0; i + 1 < tokens.length; i++) if (tokens[i] === 'v1') signatures.push(tokens[++i]!)
  return signatures
}

/**
 * Checks one delivery and returns its id, timestamp and body text. Throws `WebhookVerificationError`
 * (with `reason`) when a header is missing or garbled, no `v1` signature matches, or the timestamp is
 * outside the tolerance; `ConfigError` when the secret is missing or not a `whsec_…` secret.
 */
export async function verifyStandardWebhook(
  rawBody: RawBody,
  headers: WebhookHeaders,
  secret: string | undefined,
  verifier: WebhookVerifier,
  options: VerifyWebhookTimingOptions = {},
): Promise<WebhookDelivery & { body: string }> {
  const { service, operation } = verifier
  const fail = (reason: WebhookFailure, message: string) =>
    new WebhookVerificationError(`[${service} webhook] ${message}`, { service, operation, reason })
  if (!secret?.trim())
    throw new ConfigError(
      `[${service} webhook] no signing secret: set ${verifier.secretSource} (the endpoint's whsec_… secret) or pass \`secret\`.`,
      { service, operation },
    )
  const key = signingKey(secret, verifier)

  const id = headerValue(headers, 'webhook-id')?.trim()
  const timestampText = headerValue(headers, 'webhook-timestamp')?.trim()
  const signatureHeader = headerValue(headers, 'webhook-signature')?.trim()
  const missing = [!id && 'webhook-id', !timestampText && 'webhook-timestamp', !signatureHeader && 'webhook-signature'].filter(Boolean)
  if (missing.length > 0)
    throw fail(
      'missing-header',
      `missing ${missing.join(', ')}: is this request from ${service}, and does the framework pass headers through?`,
    )
  if (id!.length > MAX_ID_LENGTH || /[\s,]/.test(id!)) throw fail('malformed-header', 'webhook-id is not a single id')
  if (!/^\d{1,12}$/.test(timestampText!)) throw fail('malformed-header', 'webhook-timestamp is not Unix seconds')
  const timestampSec = Number(timestampText)
  const signatures = v1Signatures(signatureHeader!)
  if (signatures.length === 0) throw fail('malformed-header', 'webhook-signature has no v1,<base64> entry')

  const expected = (await signStandardWebhook(key, id!, timestampSec, rawBody)).slice(3)
  // Check every entry (no early exit) so the time taken does not say which one matched.
  const matched = signatures.reduce((found, signature) => constantTimeEqual(signature, expected) || found, false)
  if (!matched)
    throw fail(
      'signature-mismatch',
      `no signature matches: check that ${verifier.secretSource} is this endpoint's secret and that the body is the raw request body, ` +
        `byte for byte`,
    )
  const toleranceSec = options.toleranceSec ?? 300
  const { ageSec, outside } = timestampWindow(timestampSec, options.now ?? Date.now(), toleranceSec)
  if (outside === 'stale')
    throw fail('stale-timestamp', `signed ${ageSec} s ago, outside the ${toleranceSec} s tolerance: a replayed or delayed delivery`)
  if (outside === 'future')
    throw fail('future-timestamp', `signed ${-ageSec} s in the future, outside the ${toleranceSec} s tolerance: check the server clock`)
  return { id: id!, timestamp: new Date(timestampSec * 1000), body: bodyText(rawBody) }
}
