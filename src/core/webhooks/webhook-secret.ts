/**
 * A Standard Webhooks signing secret (`whsec_<base64>`) and its checks: what a webhook handler runs at
 * creation, kept apart from the verification itself (standard-webhooks.ts), which loads with the first delivery.
 */
import { ConfigError } from '../errors.ts'

/** Who is verifying, for messages and error context. */
export interface WebhookVerifier {
  service: string
  operation: string
  /** Where the secret normally comes from, named in a ConfigError, e.g. `LOOPS_WEBHOOK_SECRET`. */
  secretSource: string
}

/** The key bytes of a `whsec_<base64>` secret (the prefix is optional); `undefined` when it is not one. */
export function decodeSigningSecret(secret: string): Uint8Array | undefined {
  return fromBase64(secret.trim().replace(/^whsec_/, ''))
}

/** Fewer key bytes than this is no secret worth the name (Standard Webhooks' own are 24–64): a truncated copy or a placeholder. */
export const MIN_SECRET_BYTES = 16

/**
 * The key bytes of a non-blank `whsec_…` secret, or a `ConfigError` saying what is wrong with it: not
 * base64, or shorter than `MIN_SECRET_BYTES` once decoded. A handler runs this at creation on a secret
 * it is given, so a bad one fails the deploy, not every delivery.
 */
export function signingKey(secret: string, verifier: Omit<WebhookVerifier, 'operation'> & { operation?: string }): Uint8Array {
  const context = { service: verifier.service, operation: verifier.operation ?? 'config' }
  const key = decodeSigningSecret(secret)
  if (!key)
    throw new ConfigError(
      `[${verifier.service} webhook] the signing secret is not a whsec_<base64> secret: ` +
        `copy it again from the vendor's webhook settings into ${verifier.secretSource}.`,
      context,
    )
  if (key.byteLength < MIN_SECRET_BYTES)
    throw new ConfigError(
      `[${verifier.service} webhook] the signing secret decodes to ${key.byteLength} bytes; a real one has at least ${MIN_SECRET_BYTES}: ` +
        `copy the whole whsec_… secret from the vendor's webhook settings into ${verifier.secretSource}.`,
      context,
    )
  return key
}

/** Standard base64 to bytes; `undefined` for anything else (so a garbled secret or header is reported, not thrown). */
export function fromBase64(text: string): Uint8Array | undefined {
  if (text.length === 0 || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return undefined
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
  } catch {
    return undefined
  }
}
