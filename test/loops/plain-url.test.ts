import { describe, expect, it } from 'vitest'
import { PLAIN_HTTP_URL } from '../../src/core/runtime/env.js'
import { INVALID, plain } from '../../src/loops/plain-parse.js'
import { loopsTemplates } from '../../src/loops/templates.js'

// PLAIN_HTTP_URL lets plain.httpUrl skip `new URL` for common URLs; it must never accept one zod refuses.
const zodUrl = loopsTemplates.invitation.schema.shape.invitationUrl as { safeParse(v: unknown): { success: boolean; data?: unknown } }

/** A small seeded generator, so a failure names the same strings on every run. */
function seeded(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
    return seed / 2 ** 31
  }
}

describe('plain.httpUrl without `new URL`', () => {
  it('takes the fast path for common invitation links, unchanged', () => {
    for (const url of [
      'https://app.example.com/invite/abc?x=1#y',
      'http://localhost',
      'https://a-b.c0.example.co.uk/%7Ex?q=a&b=c',
      'http://host:8080/x',
    ]) {
      expect(PLAIN_HTTP_URL.test(url), url).toBe(true)
      expect(plain.httpUrl(url)).toBe(url)
    }
  })

  it('leaves hosts `new URL` may refuse to it, and decides them as zod does', () => {
    const tricky = [
      'http://xn--a.com', // bad punycode: refused
      'http://xn--nxasmq6b.com', // good punycode: accepted
      'http://1.2.3.999', // numeric last label: IPv4, out of range
      'http://a.0x1',
      'http://example.123',
      'http://host:99999',
      'http://user:pw@host/x',
      'http://a..b',
      'http://[::1]/',
      'https://exämple.com/',
    ]
    for (const url of tricky) {
      expect(PLAIN_HTTP_URL.test(url), url).toBe(false)
      expect(plain.httpUrl(url) !== INVALID, url).toBe(zodUrl.safeParse(url).success)
    }
  })

  it('accepts nothing zod refuses, over 50,000 generated strings', () => {
    const random = seeded(17)
    const alphabet = 'ab0Z9-.:/?#%@[]\\x n1\té'
    let accepted = 0
    for (let i = 0; i < 50_000; i++) {
      let url = random() < 0.5 ? 'http://' : 'https://'
      for (let n = Math.floor(random() * 14); n > 0; n--) url += alphabet[Math.floor(random() * alphabet.length)]
      if (!PLAIN_HTTP_URL.test(url)) continue
      accepted++
      expect(zodUrl.safeParse(url), url).toEqual({ success: true, data: url })
    }
    expect(accepted).toBeGreaterThan(1_000)
  })
})
