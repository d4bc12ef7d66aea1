/**
 * Secrets and personal data are removed before anything is logged or put into an error.
 * Credentials are replaced outright; email addresses are masked (`j***@example.com`) or hashed.
 */
export type EmailRedaction = 'mask' | 'hash' | 'none'

const EMAIL_RE = /([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g
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
    return clean.replace(EMAIL_RE, (m) => (this.emails === 'hash' ? hashEmail(m) : maskEmail(m)))
  }

  /** Deep copy of a value with every string scrubbed and secret-named keys replaced. */
  scrubValue<T>(value: T, strings: (s: string) => string = (s) => this.scrub(s), depth = 0): T {
    if (typeof value === 'string') return strings(value) as T
    if (value === null || typeof value !== 'object' || depth > 8) return value
    if (Array.isArray(value)) return value.map((v) => this.scrubValue(v, strings, depth + 1)) as T
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEY_RE.test(k) ? '[REDACTED]' : this.scrubValue(v, strings, depth + 1)
    return out as T
  }
}
