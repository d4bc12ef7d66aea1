import { describe, expect, it } from 'vitest'
import { Redactor, replaceEmails } from '../../src/core/observability/redact.js'

/** The regex the scanner replaced: same matches, without its quadratic backtracking. */
const EMAIL_RE = /([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g

describe('redaction', () => {
  it('finds exactly the addresses the email regex finds', () => {
    const corpus = [
      'x ada@example.com y',
      'a@b.com-x',
      'a@b.c',
      '@b.com',
      'a@@b.com',
      'ada.l+x@mail.example.org, bob@b.io',
      'a@b.com@c.org',
      'q@1.2.3.4',
      'a@b.co.x',
      'x@y.ab.cd.e',
      'a@.ab',
      '"to":"ADA@EXAMPLE.COM","cc":"b%c@d.museum"',
    ]
    for (const text of corpus) expect(replaceEmails(text, (m) => `<${m}>`)).toBe(text.replace(EMAIL_RE, (m) => `<${m}>`))
  })

  it('masks by default, hashes when asked, and keeps secrets out either way', () => {
    const mask = new Redactor()
    mask.addSecret('sk_live_secret')
    expect(mask.scrub('ada@example.com used sk_live_secret')).toBe('a***@example.com used [REDACTED]')
    expect(new Redactor('hash').scrub('ada@example.com')).toMatch(/^email#[0-9a-f]{8}$/)
  })

  it('scrubs 1 MB of hostile text in one pass (the old regex needed minutes)', () => {
    const redactor = new Redactor()
    // Each shape made the backtracking regex quadratic; the vitest timeout would catch a regression.
    for (const hostile of ['a'.repeat(1_000_000), 'a@'.repeat(500_000), `x@${'a.'.repeat(500_000)}`, '.'.repeat(1_000_000)]) {
      expect(redactor.scrub(hostile).length).toBeGreaterThan(0)
    }
  })

  it('keeps a "__proto__" key of a vendor body a plain key', () => {
    const scrubbed = new Redactor().scrubValue(JSON.parse('{"__proto__": {"polluted": true}, "email": "ada@example.com"}'))
    expect(Object.getPrototypeOf(scrubbed)).toBe(Object.prototype)
    expect(Object.keys(scrubbed)).toEqual(['__proto__', 'email'])
  })
})
