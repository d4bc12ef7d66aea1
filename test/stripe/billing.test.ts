import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createStripeBilling, createStripeClient, type StripeBilling } from '../../src/stripe/index.js'
import { mockStripe, startStripeStandIn, type StripeFake } from '../../src/testing/index.js'
import { captureLogs } from '../helpers/capture.js'

let standIn: StripeFake & { url: string }
let billing: StripeBilling
beforeAll(async () => {
  standIn = await startStripeStandIn()
  billing = createStripeBilling({
    client: createStripeClient({
      baseUrl: standIn.url,
      apiKey: standIn.apiKey,
      logger: captureLogs().logger,
      rateLimit: false,
      retryDelays: { initialMs: 5 },
    }),
  })
})
afterEach(() => {
  expect(standIn.requests.flatMap((r) => r.validationErrors)).toEqual([])
  standIn.reset()
})
afterAll(() => standIn.close())

describe('Stripe billing helpers', () => {
  it('findOrCreateCustomer creates once, then finds the same customer', async () => {
    const first = await billing.findOrCreateCustomer({ email: 'ada@example.com', name: 'Ada', metadata: { userId: 'usr_1' } })
    const second = await billing.findOrCreateCustomer({ email: 'ada@example.com' })
    expect(first).toMatchObject({ ok: true, created: true, customer: { email: 'ada@example.com', metadata: { userId: 'usr_1' } } })
    expect(second).toMatchObject({ ok: true, created: false })
    expect(second.ok && first.ok && second.customer.id).toBe(first.ok && first.customer.id)
  })

  it('createSubscription, createCheckoutSession, createBillingPortalSession and reportUsage send what Stripe expects', async () => {
    const customer = await billing.createCustomer({ email: 'ada@example.com' })
    if (!customer.ok) throw customer.error
    const subscription = await billing.createSubscription({
      customer: customer.customer.id,
      price: 'price_pro',
      quantity: 3,
      trialPeriodDays: 14,
    })
    expect(subscription).toMatchObject({ ok: true, subscription: { status: 'trialing', customer: customer.customer.id } })
    expect(standIn.requests.at(-1)!.body).toEqual({
      customer: customer.customer.id,
      items: [{ price: 'price_pro', quantity: '3' }],
      trial_period_days: '14',
    })

    const checkout = await billing.createCheckoutSession({
      price: 'price_pro',
      successUrl: 'https://app.example.com/ok',
      cancelUrl: 'https://app.example.com/no',
      customerEmail: 'ada@example.com',
    })
    expect(checkout).toMatchObject({
      ok: true,
      session: { mode: 'subscription', url: expect.stringMatching(/^https:\/\/checkout\.stripe\.com\//) },
    })

    const portal = await billing.createBillingPortalSession({
      customer: customer.customer.id,
      returnUrl: 'https://app.example.com/billing',
    })
    expect(portal).toMatchObject({ ok: true, session: { url: expect.stringMatching(/^https:\/\/billing\.stripe\.com\//) } })

    const usage = await billing.reportUsage(
      { subscriptionItem: 'si_1', quantity: 42, timestamp: new Date('2026-11-25T10:00:00Z') },
      { idempotencyKey: 'usage-si_1-2026-11-25T10' },
    )
    expect(usage).toMatchObject({ ok: true, usageRecord: { quantity: 42, subscription_item: 'si_1', timestamp: 1795600800 } })
    expect(standIn.requests.at(-1)!.headers['idempotency-key']).toBe('usage-si_1-2026-11-25T10')
  })

  it('never throws: a Stripe error comes back as { ok: false, error }', async () => {
    const result = await billing.createSubscription({ customer: 'cus_missing', price: 'price_pro' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect([result.error.name, result.error.retryable]).toEqual(['ValidationError', false])
  })
})

describe('mockStripe (msw, api.stripe.com)', () => {
  it('answers the helpers in-process with the same spec-validating stand-in', async () => {
    const fake = mockStripe({ apiKey: 'sk_test_mock' })
    try {
      const helpers = createStripeBilling({ client: createStripeClient({ apiKey: 'sk_test_mock', logger: captureLogs().logger }) })
      const result = await helpers.findOrCreateCustomer({ email: 'ada@example.com' })
      expect(result).toMatchObject({ ok: true, created: true })
      expect(fake.state.customers).toHaveLength(1)
      expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.outcome}`)).toEqual(['GET /v1/customers 200', 'POST /v1/customers 200'])
      expect(fake.requests.flatMap((r) => r.validationErrors)).toEqual([])
    } finally {
      await fake.close()
    }
  })
})
