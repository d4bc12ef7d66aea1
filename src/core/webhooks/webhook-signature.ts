/**
 * The crypto every inbound webhook check stands on (Stripe's `t=…,v1=…` and Standard Webhooks' `v1,…`):
 * HMAC-SHA256 with Web Crypto, so it runs unchanged in Node ≥ 20, edge runtimes, workers and browsers
 * (no `node:crypto`, no Buffer); constant-time comparison; the timestamp window.
 */

const encoder = new TextEncoder()

/** HMAC-SHA256 of `message` under `key` (raw bytes, or a string taken as UTF-8). */
export async function hmacSha256(key: Uint8Array | string, message: Uint8Array | string): Promise<Uint8Array> {
  const raw = typeof key === 'string' ? encoder.encode(key) : key
  const cryptoKey = await crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const data = typeof message === 'string' ? encoder.encode(message) : message
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, data as Uint8Array<ArrayBuffer>))
}

export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')

export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** Compares without an early exit, so the time taken does not say how much of a guess was right. */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}

/** A webhook body as it arrived: text, or the exact bytes (which a signature must be checked over). */
export type RawBody = string | Uint8Array | ArrayBuffer

/**
 * The bytes a signature covers. Bytes are taken as they are: decoding first would drop a leading BOM
 * and replace invalid UTF-8, so a genuine signature over the exact bytes would no longer match.
 */
export const bodyBytes = (rawBody: RawBody): Uint8Array =>
  typeof rawBody === 'string' ? encoder.encode(rawBody) : rawBody instanceof Uint8Array ? rawBody : new Uint8Array(rawBody)

/** `prefix` as UTF-8 followed by `bytes`: the message of a signature over `<header fields>.<raw body>`. */
export function prefixed(prefix: string, bytes: Uint8Array): Uint8Array {
  const head = encoder.encode(prefix)
  const message = new Uint8Array(head.byteLength + bytes.byteLength)
  message.set(head)
  message.set(bytes, head.byteLength)
  return message
}

/** The raw body as text: signatures cover the exact bytes received, so callers must not re-serialize JSON. */
export const bodyText = (rawBody: RawBody): string => (typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(rawBody))

/**
 * Where a signed timestamp (seconds) sits against now: `stale` when older than `toleranceSec`,
 * `future` when ahead by more (a clock far off, or a pre-signed request); 0 disables the check.
 */
export function timestampWindow(
  timestampSec: number,
  nowMs: number,
  toleranceSec: number,
): { ageSec: number; outside?: 'stale' | 'future' } {
  const ageSec = Math.floor(nowMs / 1000) - timestampSec
  if (toleranceSec <= 0 || Math.abs(ageSec) <= toleranceSec) return { ageSec }
  return { ageSec, outside: ageSec > 0 ? 'stale' : 'future' }
}
