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

/** Only this much of a non-JSON body is summarised: the summary keeps 160 characters anyway. */
const SUMMARY_SCAN_CHARS = 4096

/**
 * An error body as a value: JSON when it is JSON, else a short summary (an HTML page's title, or its
 * first characters without tags). String searches, not regexes: the body comes from the network.
 */
export function parseBodyText(text: string): unknown {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  const first = trimmed[0]
  if (first === '{' || first === '[' || first === '"') {
    try {
      return JSON.parse(trimmed)
    } catch {
      // not JSON after all (or cut short by the size cap): summarise it below
    }
  }
  const head = trimmed.slice(0, SUMMARY_SCAN_CHARS)
  const lower = head.toLowerCase()
  const open = lower.indexOf('<title')
  const openEnd = open < 0 ? -1 : lower.indexOf('>', open)
  const close = openEnd < 0 ? -1 : lower.indexOf('</title>', openEnd)
  const title = close < 0 ? '' : head.slice(openEnd + 1, close).trim()
  if (title) return `HTML page: ${title.length > 160 ? `${title.slice(0, 160)}…` : title}`
  const plain = stripTags(head).replace(/\s+/g, ' ').trim()
  return plain.length > 160 ? `${plain.slice(0, 160)}…` : plain
}

function stripTags(html: string): string {
  let out = ''
  let inTag = false
  for (const ch of html) {
    if (ch === '<') inTag = true
    else if (ch === '>' && inTag) {
      inTag = false
      out += ' '
    } else if (!inTag) out += ch
  }
  return out
}
