import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ConfigError, WebhookVerificationError } from '../../src/core/errors.js'
import { StripeWebhookError, verifyStripeWebhook } from '../../src/stripe/index.js'
import { stripeSignatureHeader } from '../../src/testing/index.js'

const secret = 'whsec_test_5f4dcc3b5aa765d61d8327deb882cf99'
const payload = JSON.stringify({
  id: 'evt_1',
  object: 'event',
  type: 'customer.created',
  data: { object: { id: 'cus_1', object: 'customer' } },
})
const now = Date.parse('2026-11-25T10:00:00Z')
const t = Math.floor(now / 1000)
// Signatures computed independently of the code under test, with node:crypto.
const sign = (body: string, key = secret, at = t) => createHmac('sha256', key).update(`${at}.${body}`).digest('hex')

describe('verifyStripeWebhook', () => {
  it('accepts a correctly signed payload and returns the typed event', async () => {
    const event = await verifyStripeWebhook(payload, `t=${t},v1=${sign(payload)}`, secret, { now })
    expect([event.id, event.type]).toEqual(['evt_1', 'customer.created'])
  })

  it('accepts the body as bytes, and any one of several v1 signatures (secret rolling)', async () => {
    const header = `t=${t},v1=${sign(payload, 'whsec_old')},v1=${sign(payload)},v0=deadbeef`
    await expect(verifyStripeWebhook(new TextEncoder().encode(payload), header, secret, { now })).resolves.toMatchObject({ id: 'evt_1' })
  })

  it('checks the signature over the exact bytes: a body with a leading BOM, signed as sent, verifies', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(payload)])
    const signature = createHmac('sha256', secret).update(`${t}.`).update(bytes).digest('hex')
    for (const body of [bytes, bytes.buffer]) {
      await expect(verifyStripeWebhook(body, `t=${t},v1=${signature}`, secret, { now })).resolves.toMatchObject({ id: 'evt_1' })
    }
  })

  it('rejects a tampered body', async () => {
    const tampered = payload.replace('cus_1', 'cus_2')
    await expect(verifyStripeWebhook(tampered, `t=${t},v1=${sign(payload)}`, secret, { now })).rejects.toThrow(
      /no signature matches the payload/,
    )
  })

  it('rejects the wrong secret and a re-serialized body', async () => {
    await expect(verifyStripeWebhook(payload, `t=${t},v1=${sign(payload)}`, 'whsec_other', { now })).rejects.toThrow(StripeWebhookError)
    const reserialized = JSON.stringify(JSON.parse(payload), null, 2)
    await expect(verifyStripeWebhook(reserialized, `t=${t},v1=${sign(payload)}`, secret, { now })).rejects.toThrow(/raw request body/)
  })

  it('rejects a stale timestamp (replay) and one from the future, unless tolerance is off', async () => {
    const old = t - 301
    await expect(verifyStripeWebhook(payload, `t=${old},v1=${sign(payload, secret, old)}`, secret, { now })).rejects.toThrow(
      /301 s old, outside the 300 s tolerance/,
    )
    const future = t + 400
    await expect(verifyStripeWebhook(payload, `t=${future},v1=${sign(payload, secret, future)}`, secret, { now })).rejects.toThrow(
      /outside the 300 s tolerance/,
    )
    await expect(
      verifyStripeWebhook(payload, `t=${old},v1=${sign(payload, secret, old)}`, secret, { now, toleranceSec: 0 }),
    ).resolves.toMatchObject({ id: 'evt_1' })
  })

  it('says what is missing: header, timestamp, v1 signature, secret', async () => {
    await expect(verifyStripeWebhook(payload, undefined, secret, { now })).rejects.toThrow(/no Stripe-Signature header/)
    await expect(verifyStripeWebhook(payload, `v1=${sign(payload)}`, secret, { now })).rejects.toThrow(/no valid timestamp/)
    await expect(verifyStripeWebhook(payload, `t=${t},v0=${sign(payload)}`, secret, { now })).rejects.toThrow(/no v1 signature/)
    await expect(verifyStripeWebhook(payload, `t=${t},v1=${sign(payload)}`, '', { now })).rejects.toThrow(ConfigError)
  })

  it('every failure is a WebhookVerificationError (as Loops throws) whose reason says what was wrong', async () => {
    const reasonOf = (header: string | undefined, body: string = payload) =>
      verifyStripeWebhook(body, header, secret, { now }).then(
        () => 'verified',
        (err: unknown) => (err instanceof WebhookVerificationError ? [err.reason, err.service, err.retryable] : err),
      )
    expect(
      await Promise.all([
        reasonOf(undefined),
        reasonOf(`v1=${sign(payload)}`),
        reasonOf(`t=${t},v1=${sign('other')}`),
        reasonOf(`t=${t - 400},v1=${sign(payload, secret, t - 400)}`),
        reasonOf(`t=${t + 400},v1=${sign(payload, secret, t + 400)}`),
        reasonOf(`t=${t},v1=${sign('not json')}`, 'not json'),
        reasonOf(`t=${t},v1=${sign('[1]')}`, '[1]'),
      ]),
    ).toEqual(
      [
        'missing-header',
        'malformed-header',
        'signature-mismatch',
        'stale-timestamp',
        'future-timestamp',
        'invalid-payload',
        'invalid-payload',
      ].map((reason) => [reason, 'stripe', false]),
    )
  })

  it("the testing kit's header helper produces headers the verifier accepts", async () => {
    await expect(verifyStripeWebhook(payload, await stripeSignatureHeader(payload, secret, t), secret, { now })).resolves.toMatchObject({
      id: 'evt_1',
    })
  })
})
