import { describe, expect, it } from 'vitest'
import { handleStripeWebhook } from '../../examples/backend/stripe.js'
import { createMemoryDedupeStore, createStripeWebhookHandler, type StripeEvent } from '../../src/stripe/index.js'
import { stripeSignatureHeader } from '../../src/testing/index.js'
import { captureLogs } from '../helpers/capture.js'

const secret = 'whsec_test_5f4dcc3b5aa765d61d8327deb882cf99'
const eventBody = (id = 'evt_1', type = 'customer.subscription.deleted') =>
  JSON.stringify({ id, object: 'event', type, data: { object: { id: 'sub_1', object: 'subscription' } } })

async function delivery(body: string, options: { secret?: string; at?: number } = {}): Promise<Request> {
  const header = await stripeSignatureHeader(body, options.secret ?? secret, options.at)
  return new Request('http://localhost/api/stripe-webhooks', { method: 'POST', headers: { 'stripe-signature': header }, body })
}

function setup(on: Record<string, (event: StripeEvent) => unknown> = {}) {
  const { logger, entries } = captureLogs()
  const handled: string[] = []
  const handle = createStripeWebhookHandler({
    secret,
    logger,
    on: { 'customer.subscription.deleted': (event, d) => void handled.push(`${event.type} ${d.id}`), ...on },
  })
  return { handle, handled, entries }
}
const status = async (response: Promise<Response>) => (await response).status

describe('createStripeWebhookHandler: what Stripe is answered', () => {
  it('runs the handler for the event type with the typed event, then answers 200', async () => {
    const { handle, handled } = setup()
    const response = await handle(await delivery(eventBody()))
    expect([response.status, await response.json(), handled]).toEqual([200, { received: true }, ['customer.subscription.deleted evt_1']])
  })

  it('401 (never a 5xx Stripe would retry) for a forged, unsigned or stale delivery, without running the handler', async () => {
    const { handle, handled, entries } = setup()
    const forged = await delivery(eventBody(), { secret: 'whsec_attacker' })
    const unsigned = new Request('http://localhost/hook', { method: 'POST', body: eventBody() })
    const stale = await delivery(eventBody(), { at: Math.floor(Date.now() / 1000) - 3_600 })
    expect([await status(handle(forged)), await status(handle(unsigned)), await status(handle(stale)), handled]).toEqual([
      401,
      401,
      401,
      [],
    ])
    expect(entries().map((e) => e.reason)).toEqual(['signature-mismatch', 'missing-header', 'stale-timestamp'])
  })

  it("the README's route (examples/backend/stripe.ts) answers a forged signature 401, a genuine event 200", async () => {
    process.env.STRIPE_WEBHOOK_SECRET = secret
    try {
      expect(await status(handleStripeWebhook(await delivery(eventBody(), { secret: 'whsec_attacker' })))).toBe(401)
      expect(await status(handleStripeWebhook(await delivery(eventBody('evt_readme'))))).toBe(200)
    } finally {
      delete process.env.STRIPE_WEBHOOK_SECRET
    }
  })

  it('deduplicates by event id: a retry of a handled event (re-signed later) is acknowledged without running again', async () => {
    const { handle, handled } = setup()
    await handle(await delivery(eventBody('evt_2')))
    const retry = await handle(await delivery(eventBody('evt_2'), { at: Math.floor(Date.now() / 1000) + 1 }))
    expect([retry.status, await retry.json(), handled.length]).toEqual([200, { received: true, duplicate: true }, 1])
  })

  it('a shared store (seen) deduplicates across instances', async () => {
    const seen = createMemoryDedupeStore()
    let runs = 0
    const on = { 'invoice.paid': () => void runs++ }
    const [a, b] = [createStripeWebhookHandler({ secret, seen, on }), createStripeWebhookHandler({ secret, seen, on })]
    const body = eventBody('evt_3', 'invoice.paid')
    expect([await status(a(await delivery(body))), await status(b(await delivery(body))), runs]).toEqual([200, 200, 1])
  })

  it('500 when the handler throws, and the retry runs it again', async () => {
    let calls = 0
    const { handle } = setup({
      'customer.subscription.deleted': () => {
        if (++calls === 1) throw new Error('database down')
      },
    })
    expect([
      await status(handle(await delivery(eventBody('evt_4')))),
      await status(handle(await delivery(eventBody('evt_4')))),
      calls,
    ]).toEqual([500, 200, 2])
  })

  it('200 for a type without a handler (even one named like an Object method); 400 for a signed body that is not an event', async () => {
    const { handle, handled } = setup()
    const ignored = await handle(await delivery(eventBody('evt_5', 'constructor')))
    expect([ignored.status, await ignored.json()]).toEqual([200, { received: true, ignored: 'no handler' }])
    for (const body of ['not json', '{}', '{"id":"evt_6"}', '[1]']) expect(await status(handle(await delivery(body)))).toBe(400)
    expect(handled).toEqual([])
  })

  it('the secret comes from STRIPE_WEBHOOK_SECRET when not passed; 500 when there is none; 405 for a GET', async () => {
    const fromEnv = createStripeWebhookHandler({ env: { STRIPE_WEBHOOK_SECRET: secret }, on: {} })
    const none = createStripeWebhookHandler({ env: {}, on: {}, logger: captureLogs().logger })
    expect([
      await status(fromEnv(await delivery(eventBody()))),
      await status(none(await delivery(eventBody()))),
      await status(fromEnv(new Request('http://localhost/hook'))),
    ]).toEqual([200, 500, 405])
  })
})
