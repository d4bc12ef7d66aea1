import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ConfigError, IntegrationError, WebhookVerificationError } from '../../src/index.js'
import { verifyLoopsWebhook } from '../../src/loops/index.js'

const keyBytes = Buffer.from('loops-webhook-test-key-32-bytes!')
const secret = `whsec_${keyBytes.toString('base64')}`
const body = JSON.stringify({
  eventName: 'email.hardBounced',
  eventTime: 1734425918,
  webhookSchemaVersion: '1.0.0',
  sourceType: 'campaign',
  campaignId: 'cm4t1suns001uw6atri87v54s',
  email: { id: 'e1', emailMessageId: 'm1', subject: 'Hi' },
  contactIdentity: { id: 'c1', email: 'ada@example.com', userId: null },
})
const now = Date.parse('2026-11-25T10:00:00Z')
const t = Math.floor(now / 1000)
// Signed independently of the code under test, with node:crypto, per the Standard Webhooks spec.
const sign = (payload: string, { key = keyBytes, id = 'msg_1', at = t } = {}) =>
  `v1,${createHmac('sha256', key).update(`${id}.${at}.${payload}`).digest('base64')}`
const headers = (signature: string, { id = 'msg_1', at = t } = {}) =>
  new Headers({ 'webhook-id': id, 'webhook-timestamp': String(at), 'webhook-signature': signature })

const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (err: unknown) => err,
  )
  expect(error).toBeInstanceOf(WebhookVerificationError)
  expect(error).toBeInstanceOf(IntegrationError)
  return error as WebhookVerificationError
}

describe('verifyLoopsWebhook', () => {
  it('returns the typed event for a correctly signed delivery', async () => {
    const event = await verifyLoopsWebhook(body, headers(sign(body)), secret, { now })
    expect(event.eventName).toBe('email.hardBounced')
    if (event.eventName === 'email.hardBounced') expect(event.contactIdentity.email).toBe('ada@example.com')
  })

  it('accepts the body as bytes and Node-style header records in any case', async () => {
    const nodeHeaders = { 'Webhook-Id': 'msg_1', 'webhook-timestamp': String(t), 'WEBHOOK-SIGNATURE': sign(body) }
    await expect(verifyLoopsWebhook(new TextEncoder().encode(body), nodeHeaders, secret, { now })).resolves.toMatchObject({
      eventName: 'email.hardBounced',
    })
  })

  it('accepts any one of several v1 signatures (secret rotation), ignoring other versions', async () => {
    const old = Buffer.from('the-previous-secret-of-this-hook')
    const header = `v1a,bm90LXVzZWQ= ${sign(body, { key: old })} ${sign(body)}`
    await expect(verifyLoopsWebhook(body, headers(header), secret, { now })).resolves.toMatchObject({ eventName: 'email.hardBounced' })
    // …and the same header verifies under the old secret while it is still configured.
    await expect(verifyLoopsWebhook(body, headers(header), `whsec_${old.toString('base64')}`, { now })).resolves.toBeDefined()
  })

  it('checks the signature over the exact bytes: a leading BOM or invalid UTF-8, signed as sent, verifies', async () => {
    const signBytes = (bytes: Uint8Array) => `v1,${createHmac('sha256', keyBytes).update(`msg_1.${t}.`).update(bytes).digest('base64')}`
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(body)])
    // latin1 writes ÿ as the lone byte 0xff, which is not UTF-8.
    const invalidUtf8 = Buffer.from(body.replace('"Hi"', '"Hi \u00ff"'), 'latin1')
    for (const bytes of [withBom, new Uint8Array(invalidUtf8), withBom.buffer]) {
      const raw = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes
      await expect(verifyLoopsWebhook(bytes, headers(signBytes(raw)), secret, { now })).resolves.toMatchObject({
        eventName: 'email.hardBounced',
      })
    }
  })

  it('verifies either signature when a framework joined two header lines as "v1,A, v1,B"', async () => {
    const other = sign(body, { key: Buffer.from('the-previous-secret-of-this-hook') })
    for (const joined of [`${other}, ${sign(body)}`, `${sign(body)}, ${other}`, `${other},${sign(body)}`]) {
      await expect(verifyLoopsWebhook(body, headers(joined), secret, { now })).resolves.toMatchObject({ eventName: 'email.hardBounced' })
    }
  })

  it('rejects a tampered body, a re-serialized body and a signature for another message id', async () => {
    const tampered = body.replace('ada@example.com', 'eve@example.com')
    expect((await rejection(verifyLoopsWebhook(tampered, headers(sign(body)), secret, { now }))).reason).toBe('signature-mismatch')
    const reserialized = JSON.stringify(JSON.parse(body), null, 2)
    const error = await rejection(verifyLoopsWebhook(reserialized, headers(sign(body)), secret, { now }))
    expect(error.message).toMatch(/raw request body/)
    const otherId = await rejection(verifyLoopsWebhook(body, headers(sign(body, { id: 'msg_2' })), secret, { now }))
    expect(otherId.reason).toBe('signature-mismatch')
  })

  it('rejects the wrong secret, and never puts the secret in the message', async () => {
    const wrong = `whsec_${Buffer.from('some-other-endpoint-secret-value').toString('base64')}`
    const error = await rejection(verifyLoopsWebhook(body, headers(sign(body)), wrong, { now }))
    expect(error.reason).toBe('signature-mismatch')
    expect(JSON.stringify(error) + error.message).not.toContain(wrong.slice(6))
  })

  it('rejects stale and future timestamps beyond the tolerance (5 min by default), both correctly signed', async () => {
    const stale = t - 301
    const staleError = await rejection(verifyLoopsWebhook(body, headers(sign(body, { at: stale }), { at: stale }), secret, { now }))
    expect([staleError.reason, staleError.message]).toEqual(['stale-timestamp', expect.stringMatching(/301 s ago, outside the 300 s/)])
    const future = t + 301
    const futureError = await rejection(verifyLoopsWebhook(body, headers(sign(body, { at: future }), { at: future }), secret, { now }))
    expect(futureError.reason).toBe('future-timestamp')
    // Inside the window either way, and a custom tolerance.
    for (const at of [t - 300, t + 300])
      await expect(verifyLoopsWebhook(body, headers(sign(body, { at }), { at }), secret, { now })).resolves.toBeDefined()
    const verdict = verifyLoopsWebhook(body, headers(sign(body, { at: t - 61 }), { at: t - 61 }), secret, { now, toleranceSec: 60 })
    expect((await rejection(verdict)).reason).toBe('stale-timestamp')
  })

  it('names every missing header', async () => {
    const error = await rejection(verifyLoopsWebhook(body, new Headers({ 'webhook-id': 'msg_1' }), secret, { now }))
    expect([error.reason, error.message]).toEqual(['missing-header', expect.stringMatching(/missing webhook-timestamp, webhook-signature/)])
    expect((await rejection(verifyLoopsWebhook(body, {}, secret, { now }))).message).toMatch(
      /webhook-id, webhook-timestamp, webhook-signature/,
    )
  })

  it('rejects garbled headers: a non-numeric or huge timestamp, no v1 entry, a list of ids', async () => {
    const garbled = [
      headers(sign(body), { at: '12.5e3' as never }),
      headers(sign(body), { at: '99999999999999999999' as never }),
      headers('v2,abc= sig-without-version'),
      headers(''.padEnd(3, ' ')),
      headers(sign(body), { id: 'msg_1, msg_2' }),
    ]
    const reasons = []
    for (const h of garbled) reasons.push((await rejection(verifyLoopsWebhook(body, h, secret, { now }))).reason)
    expect(reasons).toEqual(['malformed-header', 'malformed-header', 'malformed-header', 'missing-header', 'malformed-header'])
  })

  it('a signed body that is not a Loops event, or an event this spec does not know, says so', async () => {
    const notJson = 'hello'
    expect((await rejection(verifyLoopsWebhook(notJson, headers(sign(notJson)), secret, { now }))).reason).toBe('invalid-payload')
    const incomplete = JSON.stringify({ eventName: 'email.hardBounced', eventTime: t })
    const error = await rejection(verifyLoopsWebhook(incomplete, headers(sign(incomplete)), secret, { now }))
    expect([error.reason, error.message]).toEqual([
      'invalid-payload',
      expect.stringMatching(/email.hardBounced: webhookSchemaVersion missing/),
    ])
    const nullIdentity = JSON.stringify({ ...JSON.parse(body), contactIdentity: null, email: null })
    const nullError = await rejection(verifyLoopsWebhook(nullIdentity, headers(sign(nullIdentity)), secret, { now }))
    expect([nullError.reason, nullError.message]).toEqual([
      'invalid-payload',
      expect.stringMatching(/email.hardBounced: contactIdentity not object/),
    ])
    const mistyped = JSON.stringify({ ...JSON.parse(body), contactIdentity: 'c1', eventTime: 'soon' })
    const mistypedError = await rejection(verifyLoopsWebhook(mistyped, headers(sign(mistyped)), secret, { now }))
    expect(mistypedError.message).toMatch(/email.hardBounced: eventTime not integer/)
    const future = JSON.stringify({ eventName: 'email.teleported', eventTime: t })
    expect((await rejection(verifyLoopsWebhook(future, headers(sign(future)), secret, { now }))).reason).toBe('unknown-event')
  })

  it('reads LOOPS_WEBHOOK_SECRET when no secret is passed, and says what to set when there is none or it is garbled', async () => {
    await expect(
      verifyLoopsWebhook(body, headers(sign(body)), undefined, { now, env: { LOOPS_WEBHOOK_SECRET: secret } }),
    ).resolves.toBeDefined()
    const missing = verifyLoopsWebhook(body, headers(sign(body)), undefined, { now, env: { LOOPS_WEBHOOK_SECRET: ' ' } })
    await expect(missing).rejects.toThrow(ConfigError)
    await expect(missing).rejects.toThrow(/set LOOPS_WEBHOOK_SECRET/)
    await expect(verifyLoopsWebhook(body, headers(sign(body)), 'whsec_not base64!', { now })).rejects.toThrow(/not a whsec_<base64> secret/)
  })
})
