import { describe, expect, it } from 'vitest'
import { ConfigError, type IntegrationError, ValidationError } from '../../src/core/errors.js'
import { decodeForm } from '../../src/core/http/form-encoding.js'
import { createLoopsClient, sendInvitationEmail } from '../../src/loops/index.js'
import { createStripeClient } from '../../src/stripe/index.js'
import { captureLogs, jsonResponse, scriptedFetch } from '../helpers/capture.js'

/** Careless or hostile input: each is refused with a typed, non-retryable error before any request. */
const KEY = 'loops_secret_key_0123456789'
function setup(apiKey = KEY, answers: (() => Response)[] = [() => jsonResponse({ success: true })]) {
  const { fetch, calls } = scriptedFetch(...answers)
  const loops = createLoopsClient({
    apiKey,
    baseUrl: 'https://loops.test/api',
    fetch,
    logger: captureLogs().logger,
    rateLimit: false,
    retryDelays: { initialMs: 1, maxMs: 1 },
  })
  return { loops, calls }
}
const fail = (p: Promise<unknown>) => p.then(() => undefined).catch((e: unknown) => e as IntegrationError)
const everything = (e: IntegrationError) => [e.message, e.stack, JSON.stringify(e), String(e.cause ?? '')].join('\n')

describe('header values a fetch would refuse', () => {
  for (const [what, key] of [
    ['CR/LF', 'key\r\nX-Injected: 1'],
    ['an emoji', 'key-📧'],
    ['a space', 'two words'],
  ] as const) {
    it(`an idempotency key with ${what} is a ValidationError, not a retried NetworkError`, async () => {
      const { loops, calls } = setup()
      const error = await fail(loops.sendTransactionalEmail({ transactionalId: 't', email: 'a@b.co' }, { idempotencyKey: key }))
      expect(error).toBeInstanceOf(ValidationError)
      expect(error).toMatchObject({ retryable: false, attempts: 0 })
      expect(calls).toHaveLength(0)
    })
  }

  for (const [what, suffix] of [
    ['a trailing newline', '\n'],
    ['CR/LF', '\r\nx'],
    ['NUL', '\u0000'],
  ] as const) {
    it(`an API key with ${what} is a ConfigError that never quotes the key`, async () => {
      const { loops, calls } = setup(KEY + suffix)
      const error = await fail(loops.sendTransactionalEmail({ transactionalId: 't', email: 'a@b.co' }))
      expect(error).toBeInstanceOf(ConfigError)
      expect(error!.retryable).toBe(false)
      expect(everything(error!)).not.toContain(KEY)
      expect(calls).toHaveLength(0)
    })
  }
})

describe('inputs the request could not carry', () => {
  it('a missing path parameter is refused, never sent as a literal {campaignId}', async () => {
    const { loops, calls } = setup()
    // @ts-expect-error campaignId is required by the spec
    const error = await fail(loops.getCampaign({}))
    expect(error).toBeInstanceOf(ValidationError)
    expect(error!.message).toMatch(/missing path parameter "campaignId"/)
    expect(calls).toHaveLength(0)
  })

  it('a blank path parameter is refused too', async () => {
    const { loops, calls } = setup()
    expect(await fail(loops.getCampaign({ campaignId: '  ' }))).toBeInstanceOf(ValidationError)
    expect(calls).toHaveLength(0)
  })

  it('a BigInt or a circular value in dataVariables is a ValidationError, not a raw TypeError', async () => {
    const { loops, calls } = setup()
    const circular: Record<string, unknown> = { name: 'Ada' }
    circular.self = circular
    for (const dataVariables of [{ amount: 10n }, circular]) {
      const error = await fail(loops.sendTransactionalEmail({ transactionalId: 't', email: 'a@b.co', dataVariables }))
      expect(error).toBeInstanceOf(ValidationError)
      expect(error!.message).toMatch(/cannot be serialized/)
    }
    expect(calls).toHaveLength(0)
  })

  it('a __proto__ key next to path parameters is refused instead of silently dropped', async () => {
    const { loops, calls } = setup()
    const input = JSON.parse('{"campaignId": "c1", "__proto__": {"name": "x"}}')
    const error = await fail(loops.updateCampaign(input))
    expect(error).toBeInstanceOf(ValidationError)
    expect(error!.message).toMatch(/__proto__/)
    expect(calls).toHaveLength(0)
  })

  it('an invitation link must be http(s): javascript:, data: and file: never reach an email', async () => {
    for (const invitationUrl of ['javascript:alert(1)', 'data:text/html,<b>hi</b>', 'file:///etc/passwd']) {
      const result = await sendInvitationEmail(
        { email: 'ada@example.com', firstName: 'Ada', organizationName: 'Acme', inviterName: 'Bob', invitationUrl },
        { idempotencyKey: 'invite-1' },
      )
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error).toBeInstanceOf(ValidationError)
      expect(result.idempotencyKey).toBe('invite-1')
    }
  })

  it('LOOPS_BASE_URL must be http(s)', async () => {
    for (const LOOPS_BASE_URL of ['ftp://loops.test/api', 'file:///tmp/x', 'javascript:alert(1)']) {
      const { fetch, calls } = scriptedFetch(() => jsonResponse({}))
      const loops = createLoopsClient({ env: { LOOPS_API_KEY: KEY, LOOPS_BASE_URL }, fetch, logger: captureLogs().logger })
      expect(await fail(loops.listMailingLists())).toBeInstanceOf(ConfigError)
      expect(calls).toHaveLength(0)
    }
  })
})

describe('untrusted form keys in the stand-ins', () => {
  it('metadata[__proto__][isAdmin]=true throws instead of polluting Object.prototype', () => {
    for (const form of ['metadata[__proto__][isAdmin]=true', '__proto__[isAdmin]=true', 'a[constructor][prototype][isAdmin]=true']) {
      expect(() => decodeForm(form)).toThrow(/never a field name/)
    }
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  })
})

describe('Stripe', () => {
  it('has no dry run: a made-up answer would only pretend to be a Customer', async () => {
    const { fetch, calls } = scriptedFetch(() => jsonResponse({}))
    const stripe = createStripeClient({ apiKey: 'sk_test_123456', dryRun: true, fetch, logger: captureLogs().logger })
    const error = await fail(stripe.postCustomers({ email: 'a@b.co' }))
    expect(error).toBeInstanceOf(ConfigError)
    expect(error!.message).toMatch(/no dry run/)
    expect(calls).toHaveLength(0)
  })

  it('sends the pinned Stripe-Version, or the one from options', async () => {
    const { fetch, calls } = scriptedFetch(() => jsonResponse({ object: 'list', data: [], has_more: false, url: '/v1/customers' }))
    await createStripeClient({ apiKey: 'sk_test_123456', fetch, logger: captureLogs().logger }).getCustomers()
    await createStripeClient({ apiKey: 'sk_test_123456', apiVersion: '2024-06-20', fetch, logger: captureLogs().logger }).getCustomers()
    expect(calls.map((c) => c.headers.get('stripe-version'))).toEqual(['2020-08-27', '2024-06-20'])
  })
})

describe('careless options', () => {
  it('refuses timeouts Node cannot keep, retry counts and limits that make no sense, at creation', () => {
    for (const options of [
      { timeoutMs: Number.POSITIVE_INFINITY },
      { timeoutMs: 2 ** 31 },
      { timeoutMs: Number.NaN },
      { timeoutMs: -1 },
      { maxRetries: 1.5 },
      { rateLimit: { requestsPerSecond: Number.POSITIVE_INFINITY } },
      { rateLimit: { requestsPerSecond: 1e7 } },
    ]) {
      expect(() => createLoopsClient({ apiKey: KEY, ...options }), JSON.stringify(options)).toThrow(ConfigError)
    }
  })

  it('a per-call timeout of Infinity is a ValidationError, nothing sent', async () => {
    const { loops, calls } = setup()
    expect(await fail(loops.listMailingLists(undefined, { timeoutMs: Number.POSITIVE_INFINITY }))).toBeInstanceOf(ValidationError)
    expect(calls).toHaveLength(0)
  })

  it('a baseUrl with a password is refused without quoting it', async () => {
    const { fetch, calls } = scriptedFetch(() => jsonResponse({}))
    const loops = createLoopsClient({ apiKey: KEY, baseUrl: 'http://user:pa55word@loops.test/api', fetch, logger: captureLogs().logger })
    const error = await fail(loops.listMailingLists())
    expect(error).toBeInstanceOf(ConfigError)
    expect(everything(error!)).not.toContain('pa55word')
    expect(calls).toHaveLength(0)
  })

  it('input whose getter throws is a ValidationError, nothing sent', async () => {
    const { loops, calls } = setup()
    const input = {
      transactionalId: 't',
      get email(): string {
        throw new Error('boom')
      },
    }
    expect(await fail(loops.sendTransactionalEmail(input))).toBeInstanceOf(ValidationError)
    expect(calls).toHaveLength(0)
  })
})

describe('the raw client', () => {
  it('refuses a per-request baseUrl on another host: the key goes to baseUrl only', async () => {
    const { loops, calls } = setup()
    const error = await fail(loops.raw.GET('/v1/lists', { baseUrl: 'https://evil.example.net/api' }))
    expect(error).toBeInstanceOf(ConfigError)
    expect(calls).toHaveLength(0)
  })

  it('refuses a path with an unfilled {parameter}', async () => {
    const { loops, calls } = setup()
    // @ts-expect-error campaignId is required
    const error = await fail(loops.raw.GET('/v1/campaigns/{campaignId}', { params: { path: {} } }))
    expect(error).toBeInstanceOf(ValidationError)
    expect(calls).toHaveLength(0)
  })
})

describe('the raw client and idempotency', () => {
  it('mints one key for a raw POST to an operation that takes one, and keeps it across retries', async () => {
    const { loops, calls } = setup(KEY, [() => jsonResponse({ message: 'down' }, 503), () => jsonResponse({ success: true })])
    const { error } = await loops.raw.POST('/v1/transactional', { body: { transactionalId: 't', email: 'a@b.co' } })
    expect(error).toBeUndefined()
    const keys = calls.map((c) => c.headers.get('idempotency-key'))
    expect(keys).toHaveLength(2)
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/)
    expect(keys[1]).toBe(keys[0])
  })

  it('never resends a raw POST to an operation without a key', async () => {
    const { loops, calls } = setup(KEY, [() => jsonResponse({ message: 'down' }, 503)])
    await loops.raw.POST('/v1/contacts/create', { body: { email: 'a@b.co' } })
    expect(calls).toHaveLength(1)
    expect(calls[0]!.headers.get('idempotency-key')).toBeNull()
  })
})
