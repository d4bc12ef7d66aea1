/**
 * The human message in a vendor's error body, for vendors without a known shape. Covers the common
 * ones: `{ message }`, `{ error: { message } }`, `{ error: '…' }`, RFC 7807 `{ detail, title }`,
 * `{ errors: [{ message }] }`, or a plain-text body.
 */
export function readErrorMessage(body: unknown): string | undefined {
  if (typeof body === 'string') return body || undefined
  if (!body || typeof body !== 'object') return undefined
  const b = body as Record<string, any>
  for (const candidate of [b.message, b.error?.message, b.error, b.detail, b.title, b.errors?.[0]?.message]) {
    if (typeof candidate === 'string' && candidate) return candidate
  }
  return undefined
}
