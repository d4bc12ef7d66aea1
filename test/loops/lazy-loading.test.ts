// What keeps zod off a cold start's first send: plain fast paths that must decide exactly as zod does.
import * as z from 'zod/mini'
import { describe, expect, it } from 'vitest'
import { isHttpUrl, readEnv } from '../../src/core/runtime/env.js'
import { LOOPS_ENV_NAMES, loopsEnvSchema, readLoopsEnv } from '../../src/loops/config.js'
import { loopsTemplates, plainSignupEvent, signupEventSchema, type TemplateDeclaration } from '../../src/loops/templates.js'
import { EMAIL } from '../../src/loops/validation.js'
import { readStripeEnv, stripeEnvSchema, stripeEnvSchemaKeys } from '../../src/stripe/config.js'

describe('zod-free fast paths decide as zod does', () => {
  it("the email fast path uses zod's own email regex (up to a `\\-` that means `-` in a character class)", () => {
    const dashes = (source: string) => source.replaceAll('\\-', '-')
    expect([dashes(EMAIL.source), EMAIL.flags]).toEqual([dashes(z.regexes.email.source), z.regexes.email.flags])
  })

  it('the plain env read covers every variable the schema reads', () => {
    expect([...LOOPS_ENV_NAMES].sort()).toEqual(Object.keys(loopsEnvSchema.shape).sort())
  })

  it('reading the Loops env without zod gives what the schema gives, and a bad value still gets the schema’s message', () => {
    const values = {
      LOOPS_BASE_URL: [
        undefined,
        '',
        '  ',
        'https://app.loops.so/api',
        'http://127.0.0.1:4010/api',
        ' https://x.test ',
        'ftp://x.test',
        'nope',
        'javascript:alert(1)',
        'http:example.com',
        'https:/path',
        'https://exa\nmple.com',
        'HTTPS://X.TEST/a b',
      ],
      LOOPS_DRY_RUN: [undefined, '', '1', 'TRUE', 'off', ' yes ', 'maybe', '2'],
      LOOPS_API_KEY: [undefined, '', ' k_1 '],
      LOOPS_TEMPLATE_INVITATION: [undefined, 'tpl_1', '   '],
    }
    let compared = 0
    for (const LOOPS_BASE_URL of values.LOOPS_BASE_URL)
      for (const LOOPS_DRY_RUN of values.LOOPS_DRY_RUN)
        for (const LOOPS_API_KEY of values.LOOPS_API_KEY)
          for (const LOOPS_TEMPLATE_INVITATION of values.LOOPS_TEMPLATE_INVITATION) {
            const source = { LOOPS_BASE_URL, LOOPS_DRY_RUN, LOOPS_API_KEY, LOOPS_TEMPLATE_INVITATION }
            const viaZod = capture(() => readEnv('Loops', loopsEnvSchema, source))
            const fast = capture(() => readLoopsEnv(source))
            expect(fast, JSON.stringify(source)).toEqual(viaZod)
            compared++
          }
    expect(compared).toBe(13 * 8 * 3 * 3)
  })
})

describe('isHttpUrl decides as the URL parser does', () => {
  const parser = (value: string) => {
    if (!/^https?:\/\/\S+$/i.test(value)) return false
    try {
      return /^https?:$/.test(new URL(value).protocol)
    } catch {
      return false
    }
  }

  it('its regex shortcut never accepts what the parser refuses (hosts read as numbers, bad punycode, big ports)', () => {
    const refused = ['http://a.1', 'http://a.0x1', 'http://1.2.3', 'http://xn--a.com', 'http://a.xn--', 'http://a:65536', 'http://a:99999/']
    expect(refused.map(isHttpUrl)).toEqual(refused.map(parser))
    // Seeded random strings over the characters that matter to a URL's host and port.
    const pieces = [
      'a',
      'x',
      'n',
      '-',
      '.',
      '0',
      '9',
      ':',
      '/',
      '?',
      '#',
      '@',
      '%',
      '\\',
      ' ',
      'é',
      'ſ',
      '０',
      '[',
      ']',
      'xn--',
      '8080',
      '65536',
      '0x1',
    ]
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    let accepted = 0
    for (let i = 0; i < 20_000; i++) {
      let url = next() < 0.5 ? 'http://' : 'HTTPS://'
      for (let n = 1 + Math.floor(next() * 10); n > 0; n--) url += pieces[Math.floor(next() * pieces.length)]
      expect(isHttpUrl(url), JSON.stringify(url)).toBe(parser(url))
      if (isHttpUrl(url)) accepted++
    }
    expect(accepted).toBeGreaterThan(2_000)
  })
})

describe('the helpers’ zod-free parse of template data decides as the template schema does', () => {
  const texts = [undefined, '', '   ', 'Ada', '  Ada  ', 42, null]
  const urls = [
    undefined,
    'https://app.example.com/i/1',
    ' https://app.example.com/i/1 ',
    'http:example.com',
    'javascript:alert(1)',
    'x',
    'https://a b.c',
    'http://127.0.0.1:4010/i',
    'https://a.0x1/i',
    'https://xn--a.example/i',
    'https://app.example.com:65536/i',
    'https://user@app.example.com/i',
  ]
  const roles = [undefined, 'admin', '', '  ', 7]
  const emails = ['ada@example.com', 'nope', ' ada@example.com', undefined]
  const cases: [string, (input: unknown) => Record<string, unknown> | undefined, { safeParse(i: unknown): unknown }, unknown[]][] = [
    [
      'invitation',
      (loopsTemplates.invitation as TemplateDeclaration).plain!,
      loopsTemplates.invitation.schema,
      texts.flatMap((t) =>
        urls.flatMap((u) =>
          roles.map((r) => ({ firstName: t, organizationName: 'AE', inviterName: 'C', invitationUrl: u, role: r, extra: 1 })),
        ),
      ),
    ],
    [
      'welcome',
      (loopsTemplates.welcome as TemplateDeclaration).plain!,
      loopsTemplates.welcome.schema,
      texts.flatMap((t) => roles.map((r) => ({ firstName: t, organizationName: t, role: r }))),
    ],
    [
      'basic',
      (loopsTemplates.basic as TemplateDeclaration).plain!,
      loopsTemplates.basic.schema,
      texts.flatMap((t) => texts.map((m) => ({ subject: t, message: m }))),
    ],
    [
      'signup event',
      plainSignupEvent,
      signupEventSchema,
      texts.flatMap((t) => emails.map((e) => ({ userId: t, email: e, firstName: 'Ada' }))),
    ],
  ]
  it.each(cases)(
    '%s: whatever the plain parse accepts, zod accepts with the same data; most valid input takes the plain path',
    (_, plainParse, schema, inputs) => {
      let plainAccepted = 0
      let zodAccepted = 0
      for (const input of [...inputs, 'not an object', null, []]) {
        const viaZod = schema.safeParse(input) as { success: boolean; data?: unknown }
        const plain = plainParse(input)
        if (viaZod.success) zodAccepted++
        if (plain === undefined) continue
        plainAccepted++
        expect(viaZod, JSON.stringify(input)).toEqual({ success: true, data: plain })
      }
      expect(plainAccepted).toBeGreaterThan(0)
      expect(plainAccepted).toBeGreaterThanOrEqual(zodAccepted / 3)
    },
  )
})

describe('the Stripe env read without zod decides as stripeEnvSchema does', () => {
  it('covers every variable, and agrees on a corpus', () => {
    expect(Object.keys(stripeEnvSchemaKeys).sort()).toEqual(Object.keys(stripeEnvSchema.shape).sort())
    for (const STRIPE_BASE_URL of [undefined, 'https://api.stripe.com', 'http:x', 'ftp://x.test', ' http://127.0.0.1:1/ '])
      for (const STRIPE_API_VERSION of [undefined, '', '2020-08-27', '2024-06-20.basil', '2020-8-27', 'latest'])
        for (const STRIPE_SECRET_KEY of [undefined, ' sk_test_1 ']) {
          const source = { STRIPE_BASE_URL, STRIPE_API_VERSION, STRIPE_SECRET_KEY }
          expect(
            capture(() => readStripeEnv(source)),
            JSON.stringify(source),
          ).toEqual(capture(() => readEnv('Stripe', stripeEnvSchema, source)))
        }
  })
})

/** The parsed env without undefined members (zod omits them), or the error message. */
function capture(read: () => Record<string, unknown>) {
  try {
    return { env: Object.fromEntries(Object.entries(read()).filter(([, v]) => v !== undefined)) }
  } catch (error) {
    return { error: (error as Error).message }
  }
}
