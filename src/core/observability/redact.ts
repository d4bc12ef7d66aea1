/**
 * Secrets and personal data are removed before anything is logged or put into an error.
 * Credentials are replaced outright; email addresses are masked (`j***@example.com`) or hashed.
 *
 * Everything here runs in time linear in the text: it sees vendor error bodies and caller data, so a
 * hostile 50 MB string must not stall the event loop (a backtracking email regex once took 10 s on
 * 100 KB of `a`).
 */
export type EmailRedaction = 'mask' | 'hash' | 'none'

/** Header-ish and key-ish names whose values never leave unredacted. */
const SECRET_KEY_RE = /^(authorization|cookie|set-cookie|x-api-key|api[-_]?key|apikey|secret|password|token)$/i

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  if (at <= 0) return '***'
  return `${email[0]}***${email.slice(at)}`
}

/** FNV-1a: a short, stable, non-reversible tag so log lines about one address can be correlated. */
function hashEmail(email: string): string {
  let h = 0x811c9dc5
  for (const ch of email.toLowerCase()) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193)
  return `email#${(h >>> 0).toString(16).padStart(8, '0')}`
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isDigit = (c: number) => c >= 48 && c <= 57
/** `[A-Za-z0-9._%+-]` */
const isLocalChar = (c: number) => isLetter(c) || isDigit(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45
/** `[A-Za-z0-9.-]` */
const isDomainChar = (c: number) => isLetter(c) || isDigit(c) || c === 46 || c === 45

/**
 * End (exclusive) of the domain starting at `from`, or -1: the longest `[A-Za-z0-9.-]+\.[A-Za-z]{2,}`
 * prefix of the domain run, as the regex it replaces would match, found in one pass.
 */
function domainEnd(text: string, from: number): number {
  let end = -1
  let i = from
  while (i < text.length && isDomainChar(text.charCodeAt(i))) {
    if (text.charCodeAt(i) === 46 && i > from) {
      let j = i + 1
      while (j < text.length && isLetter(text.charCodeAt(j))) j++
      if (j - i - 1 >= 2) end = j
    }
    i++
  }
  return end
}

/** Replaces every email address in `text` with `replace(address)`, in one left-to-right pass. */
export function replaceEmails(text: string, replace: (email: string) => string): string {
  let out = ''
  let copied = 0 // text[0, copied) is already in `out`
  let searchFrom = 0
  for (;;) {
    const at = text.indexOf('@', searchFrom)
    if (at < 0) break
    let start = at
    while (start > copied && isLocalChar(text.charCodeAt(start - 1))) start--
    const end = start < at ? domainEnd(text, at + 1) : -1
    if (end < 0) {
      searchFrom = at + 1
      continue
    }
    out += text.slice(copied, start) + replace(text.slice(start, end))
    copied = searchFrom = end
  }
  return copied === 0 ? text : out + text.slice(copied)
}

export class Redactor {
  private readonly secrets = new Set<string>()
  constructor(private readonly emails: EmailRedaction = 'mask') {}

  /** Registers a value that must never appear anywhere (the API key, once it is known). */
  addSecret(value: string | undefined): void {
    if (value && value.length >= 4) this.secrets.add(value)
  }

  /** Removes every registered secret from a string (errors: keep emails, they are the caller's own data). */
  scrubSecrets(text: string): string {
    let out = text
    for (const secret of this.secrets) if (out.includes(secret)) out = out.split(secret).join('[REDACTED]')
    return out
  }

  /** For log output: secrets removed and email addresses masked or hashed. */
  scrub(text: string): string {
    const clean = this.scrubSecrets(text)
    if (this.emails === 'none') return clean
    return replaceEmails(clean, this.emails === 'hash' ? hashEmail : maskEmail)
  }

  /** Deep copy of a value with every string scrubbed and secret-named keys replaced. */
  scrubValue<T>(value: T, strings: (s: string) => string = (s) => this.scrub(s), depth = 0): T {
    if (typeof value === 'string') return strings(value) as T
    if (value === null || typeof value !== 'object' || depth > 8) return value
    if (Array.isArray(value)) return value.map((v) => this.scrubValue(v, strings, depth + 1)) as T
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      // defineProperty: a `__proto__` key in a vendor body stays a plain key, never a prototype.
      Object.defineProperty(out, k, {
        value: SECRET_KEY_RE.test(k) ? '[REDACTED]' : this.scrubValue(v, strings, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    return out as T
  }
}
