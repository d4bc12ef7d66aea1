import { readFileSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  ConfigError,
  ConflictError,
  InvalidResponseError,
  NotFoundError,
  RateLimitError,
  ValidationError,
  type IntegrationError,
} from '../../src/core/errors.js'
import { operations } from '../../generated/stripe.js'
import { CardError, createStripeClient, type StripeClient } from '../../src/stripe/index.js'
import { startStripeStandIn, type StripeFake } from '../../src/testing/index.js'
import { captureLogs, jsonResponse, scriptedFetch } from '../helpers/capture.js'

let standIn: StripeFake & { url: string }
let stripe: StripeClient
beforeAll(async () => {
  standIn = await startStripeStandIn()
  stripe = createStripeClient({
    baseUrl: standIn.url,
    apiKey: standIn.apiKey,
    logger: captureLogs().logger,
    retryDelays: { initialMs: 5, maxMs: 20 },
    rateLimit: false,
  })
})
afterEach(() => {
  // Every request must fit Stripe's spec (form bodies decoded and validated by the stand-in).
  expect(standIn.requests.flatMap((r) => r.validationErrors)).toEqual([])
  standIn.reset()
})
afterAll(() => standIn.close())
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a failure')
    },
    (e: IntegrationError) => e,
  )
const keys = () => new Set(standIn.requests.map((r) => r.headers['idempotency-key']))

describe('createStripeClient', () => {
  it("has one method per operation of Stripe's spec (417), named by its operationId in camelCase", () => {
    // Read from the spec itself, not from the committed map the client is built from.
    const spec = JSON.parse(readFileSync(new URL('../../specs/stripe.openapi.json', import.meta.url), 'utf8'))
    const operationIds = Object.values(spec.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((item) =>
      Object.entries(item)
        .filter(([method]) => ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'].includes(method))
        .map(([, op]) => op.operationId!),
    )
    expect(operationIds).toHaveLength(417)
    const methods = stripe as unknown as Record<string, unknown>
    const camel = (id: string) => id.charAt(0).toLowerCase() + id.slice(1).replace(/[^A-Za-z0-9_$]/g, '_')
    expect(operationIds.map(camel).filter((name) => typeof methods[name] !== 'function')).toEqual([])
    expect(Object.keys(operations)).toHaveLength(417)
    expect(methods.PostCustomers).toBeUndefined()
  })

  it('sends form bodies in bracket notation, the pinned Stripe-Version and an Idempotency-Key on POST', async () => {
    const wire = scriptedFetch(() => jsonResponse({ id: 'cus_1', object: 'customer' }))
    const client = createStripeClient({ apiKey: 'sk_test_x', fetch: wire.fetch, logger: captureLogs().logger })
    await client.postCustomers({ email: 'ada@example.com', metadata: { plan: 'pro' }, expand: ['tax'] })
    await client.getCustomersCustomer({ customer: 'cus_1', expand: ['default_source'] })
    const [post, get] = wire.calls
    expect(post!.body).toBe('email=ada%40example.com&metadata[plan]=pro&expand[]=tax')
    expect(Object.fromEntries(post!.headers)).toMatchObject({
      authorization: 'Bearer sk_test_x',
      'content-type': 'application/x-www-form-urlencoded',
      'stripe-version': '2020-08-27',
      'idempotency-key': expect.stringMatching(/^[0-9a-f-]{36}$/),
    })
    expect(get!.url).toBe('https://api.stripe.com/v1/customers/cus_1?expand[]=default_source')
    expect([get!.body, get!.headers.get('idempotency-key')]).toEqual([undefined, null])
  })

  it('the API version comes from the option, else STRIPE_API_VERSION', async () => {
    const wire = scriptedFetch(() => jsonResponse({ object: 'balance' }))
    await createStripeClient({ apiKey: 'k', fetch: wire.fetch, apiVersion: '2022-11-15' }).getBalance()
    await createStripeClient({ env: { STRIPE_SECRET_KEY: 'k', STRIPE_API_VERSION: '2023-10-16' }, fetch: wire.fetch }).getBalance()
    expect(wire.calls.map((c) => c.headers.get('stripe-version'))).toEqual(['2022-11-15', '2023-10-16'])
  })

  it('without STRIPE_SECRET_KEY a call is a ConfigError naming it, and nothing is sent', async () => {
    const wire = scriptedFetch(() => jsonResponse({}))
    const error = await failure(createStripeClient({ env: {}, fetch: wire.fetch }).getBalance())
    expect(error).toBeInstanceOf(ConfigError)
    expect(error.message).toContain('STRIPE_SECRET_KEY')
    expect(wire.calls).toHaveLength(0)
  })

  it('retries a 500 with the same Idempotency-Key, and Stripe creates one customer', async () => {
    standIn.inject({ fault: { status: 500 } })
    const customer = await stripe.postCustomers({ email: 'ada@example.com' })
    expect(customer.id).toMatch(/^cus_/)
    expect([standIn.requests.length, keys().size, standIn.state.customers.length]).toEqual([2, 1, 1])
  })

  it('a re-run with the same key replays the first answer, no second customer', async () => {
    const first = await stripe.postCustomers({ email: 'ada@example.com' }, { idempotencyKey: 'signup-42' })
    const again = await stripe.postCustomers({ email: 'ada@example.com' }, { idempotencyKey: 'signup-42' })
    expect(again.id).toBe(first.id)
    expect(standIn.state.customers).toHaveLength(1)
  })

  it('the same key with other parameters is a ConflictError (idempotency_error), not retried', async () => {
    await stripe.postCustomers({ email: 'ada@example.com' }, { idempotencyKey: 'k-1' })
    const error = await failure(stripe.postCustomers({ email: 'grace@example.com' }, { idempotencyKey: 'k-1' }))
    expect([error.constructor, error.status, error.attempts]).toEqual([ConflictError, 409, 1])
  })

  it("maps Stripe's error body: card_error is a CardError, never retried, with the decline code and request id", async () => {
    standIn.inject({
      fault: {
        status: 402,
        body: {
          error: {
            type: 'card_error',
            code: 'card_declined',
            decline_code: 'insufficient_funds',
            message: 'Your card has insufficient funds.',
            param: 'source',
          },
        },
        headers: { 'request-id': 'req_abc123' },
      },
    })
    const error = await failure(stripe.postCustomers({ email: 'ada@example.com' }))
    expect(error).toBeInstanceOf(CardError)
    expect({
      decline: (error as CardError).declineCode,
      retryable: error.retryable,
      attempts: error.attempts,
      requestId: error.requestId,
      code: error.code,
    }).toEqual({ decline: 'insufficient_funds', retryable: false, attempts: 1, requestId: 'req_abc123', code: 'insufficient_funds' })
    expect(error.message).toContain('Ask the customer for another payment method')
  })

  it('invalid_request_error is a ValidationError naming the param; a missing object is a NotFoundError', async () => {
    const invalid = await failure(stripe.postSubscriptions({ customer: 'cus_nope', items: [{ price: 'price_1' }] }))
    expect([invalid.constructor, invalid.attempts]).toEqual([ValidationError, 1])
    expect(invalid.message).toContain('(param: customer)')
    const missing = await failure(stripe.getCustomersCustomer({ customer: 'cus_nope' }))
    expect([missing.constructor, missing.code]).toEqual([NotFoundError, 'resource_missing'])
  })

  it('429 rate_limit_error retries, then ends in a RateLimitError', async () => {
    standIn.inject({ fault: { status: 429, headers: { 'retry-after': '0' } }, times: 3 })
    const error = await failure(stripe.getBalance())
    expect([error.constructor, error.attempts]).toEqual([RateLimitError, 3])
  })

  it('raw is the typed openapi-fetch client with the form serializer installed', async () => {
    const { data, error } = await stripe.raw.POST('/v1/customers', { body: { email: 'ada@example.com', metadata: { plan: 'pro' } } })
    expect(error).toBeUndefined()
    expect(data?.email).toBe('ada@example.com')
    expect(standIn.requests[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(standIn.requests[0]!.body).toEqual({ email: 'ada@example.com', metadata: { plan: 'pro' } })
  })

  it('paginate follows has_more / starting_after lazily', async () => {
    for (let i = 0; i < 25; i++) await stripe.postCustomers({ email: `u${i}@example.com` })
    standIn.requests.length = 0
    const emails: (string | null | undefined)[] = []
    for await (const customer of stripe.paginate('/v1/customers', { limit: 10 })) emails.push(customer.email)
    expect(emails).toHaveLength(25)
    expect(new Set(emails).size).toBe(25)
    expect(standIn.requests.map((r) => r.query.starting_after !== undefined)).toEqual([false, true, true])
    standIn.requests.length = 0
    for await (const _ of stripe.paginate('/v1/customers', { limit: 10 })) break
    expect(standIn.requests).toHaveLength(1)
  })

  it('paginate refuses a path that is not a GET of the spec, and a GET that is not a list', async () => {
    expect(() => stripe.paginate('/v1/nope' as '/v1/customers')).toThrow(/not a GET path of the Stripe spec/)
    const wire = scriptedFetch(() => jsonResponse({ object: 'balance', available: [] }))
    const client = createStripeClient({ apiKey: 'k', fetch: wire.fetch })
    const iterate = async () => {
      for await (const _ of client.paginate('/v1/balance' as '/v1/customers')) void _
    }
    await expect(iterate()).rejects.toThrow(/did not answer a list/)
  })

  it('paginate stops with an InvalidResponseError when Stripe keeps answering has_more with the same last id', async () => {
    const wire = scriptedFetch(() => jsonResponse({ object: 'list', data: [{ id: 'cus_1' }], has_more: true, url: '/v1/customers' }))
    const client = createStripeClient({ apiKey: 'k', fetch: wire.fetch, rateLimit: false })
    const seen: string[] = []
    const iterate = async () => {
      for await (const customer of client.paginate('/v1/customers')) {
        seen.push(customer.id)
        if (seen.length > 10) return // without the guard this loop never ends
      }
    }
    await expect(iterate()).rejects.toBeInstanceOf(InvalidResponseError)
    expect(seen).toEqual(['cus_1', 'cus_1'])
    expect(wire.calls).toHaveLength(2)
  })
})
