import { describe, expect, it } from 'vitest'
import { webhookEvents } from '../../generated/loops.js'
import { ConfigError } from '../../src/core/errors.js'
import { createLoopsWebhookHandler, type LoopsWebhookEvent, parseLoopsWebhookEvent } from '../../src/loops/index.js'
import { loopsWebhookBody, loopsWebhookRequest, newWebhookSecret, signLoopsWebhook } from '../../src/testing/index.js'
import { captureLogs } from '../helpers/capture.js'

const secret = newWebhookSecret()
const request = (eventName: string, payload?: Record<string, unknown>, options: { secret?: string } = {}) =>
  loopsWebhookRequest(eventName, payload, { secret: options.secret ?? secret })

const streamRequest = (body: ReadableStream<Uint8Array>) =>
  new Request('http://localhost/hook', { method: 'POST', body, duplex: 'half' } as RequestInit)

function setup() {
  const { logger, entries } = captureLogs()
  const bounced: LoopsWebhookEvent<'email.hardBounced'>[] = []
  const handle = createLoopsWebhookHandler({
    secret,
    logger,
    on: { 'email.hardBounced': (event) => void bounced.push(event) },
  })
  return { handle, bounced, entries }
}

describe('createLoopsWebhookHandler: what Loops is answered', () => {
  it('runs the handler for the event with its typed payload, and answers 200 only once the handler resolved', async () => {
    let open!: () => void
    let started!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    const running = new Promise<void>((resolve) => (started = resolve))
    const seen: unknown[] = []
    const handle = createLoopsWebhookHandler({
      secret,
      on: {
        'email.hardBounced': async (event, delivery) => {
          seen.push(event.contactIdentity.email, delivery.id)
          started()
          await gate
        },
      },
    })
    const req = await request('email.hardBounced', { contactIdentity: { id: 'c1', email: 'ada@example.com', userId: null } })
    const id = req.headers.get('webhook-id')
    let settled = false
    const pending = handle(req).then((response) => {
      settled = true
      return response
    })
    await running
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve))
    expect([settled, seen]).toEqual([false, ['ada@example.com', id]])
    open()
    const response = await pending
    expect([response.status, await response.json()]).toEqual([200, { received: true }])
  })

  it('401 for a bad signature, a wrong secret or missing headers, without running the handler', async () => {
    const { handle, bounced, entries } = setup()
    const wrong = await handle(await request('email.hardBounced', undefined, { secret: newWebhookSecret() }))
    const tampered = await request('email.hardBounced')
    const forged = new Request(tampered.url, {
      method: 'POST',
      headers: tampered.headers,
      body: (await tampered.text()).replace('test@example.com', 'eve@example.com'),
    })
    const unsigned = new Request('http://localhost/hook', { method: 'POST', body: '{"eventName":"email.hardBounced"}' })
    const statuses = [wrong.status, (await handle(forged)).status, (await handle(unsigned)).status]
    expect(statuses).toEqual([401, 401, 401])
    expect(bounced).toEqual([])
    expect(entries().map((e) => [e.level, e.reason])).toEqual([
      [40, 'signature-mismatch'],
      [40, 'signature-mismatch'],
      [40, 'missing-header'],
    ])
  })

  it('400 for a signed body that is not a Loops event (logged, not thrown)', async () => {
    const { handle, bounced, entries } = setup()
    const answers = []
    for (const body of ['not json', '[1,2]', '{"eventTime":1}', '{"eventName":"email.hardBounced","eventTime":1}']) {
      const headers = await signLoopsWebhook(body, secret)
      answers.push((await handle(new Request('http://localhost/hook', { method: 'POST', headers, body }))).status)
    }
    expect(answers).toEqual([400, 400, 400, 400])
    expect(bounced).toEqual([])
    expect(entries().at(-1)).toMatchObject({ level: 40, msg: expect.stringMatching(/email.hardBounced: webhookSchemaVersion missing/) })
  })

  it('acknowledges an event name the spec does not know (Loops adds events) and logs it', async () => {
    const { handle, entries } = setup()
    const response = await handle(await request('email.teleported', { eventTime: 1 }))
    expect([response.status, await response.json()]).toEqual([200, { received: true, ignored: 'unknown event' }])
    expect(entries()).toEqual([expect.objectContaining({ level: 30, eventName: 'email.teleported' })])
  })

  it('acknowledges a known event that has no handler, using the spec example as the body', async () => {
    const { handle, bounced } = setup()
    const response = await handle(await request('contact.unsubscribed'))
    expect([response.status, await response.json()]).toEqual([200, { received: true, ignored: 'no handler' }])
    expect(bounced).toEqual([])
  })

  it('500 when no secret is configured (so Loops retries once it is), 405 for anything but POST', async () => {
    const { logger, entries } = captureLogs()
    const handle = createLoopsWebhookHandler({ logger, env: {}, on: {} })
    expect((await handle(await request('email.hardBounced'))).status).toBe(500)
    expect(entries()[0]?.msg).toMatch(/set LOOPS_WEBHOOK_SECRET/)
    expect((await handle(new Request('http://localhost/hook'))).status).toBe(405)
  })

  it('413 for a body over maxBodyBytes, whether it declares its length or streams it', async () => {
    let runs = 0
    const handle = createLoopsWebhookHandler({ secret, maxBodyBytes: 1_000, on: { 'contact.created': () => void runs++ } })
    const big = await request('contact.created', { padding: 'x'.repeat(2_000) })
    expect((await handle(big)).status).toBe(413)
    const chunk = new TextEncoder().encode('x'.repeat(600))
    const stream = new ReadableStream({
      pull: (controller) => controller.enqueue(chunk), // never ends on its own
    })
    const streamed = new Request('http://localhost/hook', { method: 'POST', body: stream, duplex: 'half' } as RequestInit)
    expect([(await handle(streamed)).status, runs]).toEqual([413, 0])
    expect((await handle(await request('contact.created'))).status).toBe(200)
  })

  it('408 for a body that never ends, once bodyTimeoutMs has passed', async () => {
    const { logger, entries } = captureLogs()
    const handle = createLoopsWebhookHandler({ secret, logger, bodyTimeoutMs: 50, on: {} })
    const stalled = new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"eventName":')) })
    const hung = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 2_000).unref())
    const answered = await Promise.race([handle(streamRequest(stalled)), hung])
    expect(answered === 'hung' ? answered : answered.status).toBe(408)
    expect(entries().at(-1)).toMatchObject({ level: 40, bodyTimeoutMs: 50 })
  })

  it('400, not a rejection, when the body stream fails mid-read', async () => {
    const { handle, bounced } = setup()
    let sent = false
    const failing = new ReadableStream({
      pull: (controller) => {
        if (sent) return controller.error(new Error('socket hang up'))
        sent = true
        controller.enqueue(new TextEncoder().encode('{"eventName":'))
      },
    })
    const response = await handle(streamRequest(failing))
    expect([response.status, bounced]).toEqual([400, []])
  })

  it('checks the signature over the exact bytes: a body with a BOM or invalid UTF-8, signed as sent, is handled', async () => {
    const { handle, bounced } = setup()
    const json = loopsWebhookBody('email.hardBounced', { contactIdentity: { id: 'c1', email: 'ada@example.com', userId: null } })
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(json)])
    const invalidUtf8 = new Uint8Array([
      ...new TextEncoder().encode(json.slice(0, -1)),
      ...new TextEncoder().encode(',"x":"'),
      0xff,
      0x22,
      0x7d,
    ])
    for (const bytes of [withBom, invalidUtf8]) {
      const response = await handle(
        new Request('http://localhost/hook', { method: 'POST', headers: await signLoopsWebhook(bytes, secret), body: bytes }),
      )
      expect(response.status).toBe(200)
    }
    expect(bounced.map((event) => event.contactIdentity.email)).toEqual(['ada@example.com', 'ada@example.com'])
  })

  it('400 (logged) for a signed event whose required object is null, without running the handler', async () => {
    const { handle, bounced, entries } = setup()
    const response = await handle(await request('email.hardBounced', { contactIdentity: null as never }))
    expect([response.status, bounced]).toEqual([400, []])
    expect(entries().at(-1)).toMatchObject({ level: 40, msg: expect.stringMatching(/email.hardBounced: contactIdentity not object/) })
  })

  it('400 for a payload that breaks its spec schema below the top level, without running the handler', async () => {
    const { handle, bounced, entries } = setup()
    const identity = { id: 'c1', email: 'ada@example.com', userId: null }
    const broken = [
      { contactIdentity: {} },
      { contactIdentity: { ...identity, email: 5 } },
      { sourceType: 'sms' },
      { email: { id: 'e1', subject: 's' } },
      { webhookSchemaVersion: '9.9.9' },
    ]
    const statuses = []
    for (const payload of broken) statuses.push((await handle(await request('email.hardBounced', payload))).status)
    expect([statuses, bounced]).toEqual([[400, 400, 400, 400, 400], []])
    expect(entries().map((e) => /hardBounced: (.*)$/.exec(String(e.msg))?.[1])).toEqual([
      'contactIdentity.id missing',
      'contactIdentity.email not string',
      'sourceType not one of "loop", "campaign", "transactional"',
      'email.emailMessageId missing',
      'webhookSchemaVersion not "1.0.0"',
    ])
    const extra = await handle(await request('email.hardBounced', { contactIdentity: { ...identity, plan: 'pro' }, addedLater: 1 }))
    expect([extra.status, bounced.length]).toEqual([200, 1])
  })

  it('the spec example of every event passes its own schema', async () => {
    for (const eventName of Object.keys(webhookEvents)) {
      const parsed = parseLoopsWebhookEvent(loopsWebhookBody(eventName))
      expect(parsed.kind === 'event' ? eventName : parsed).toBe(eventName)
    }
  })

  it('a secret that decodes to fewer than 16 bytes is a ConfigError when the handler is created', () => {
    const short = `whsec_${btoa('fifteen bytes!!')}`
    expect(() => createLoopsWebhookHandler({ secret: short, on: {} })).toThrow(ConfigError)
    expect(() => createLoopsWebhookHandler({ secret: short, on: {} })).toThrow(/15 bytes.*at least 16/)
    expect(() => createLoopsWebhookHandler({ secret: 'whsec_not base64!', on: {} })).toThrow(ConfigError)
    expect(() => createLoopsWebhookHandler({ secret: `whsec_${btoa('sixteen bytes!!!')}`, on: {} })).not.toThrow()
  })

  it('a short secret from LOOPS_WEBHOOK_SECRET (read per request) answers 500 and says why', async () => {
    const { logger, entries } = captureLogs()
    const handle = createLoopsWebhookHandler({ logger, env: { LOOPS_WEBHOOK_SECRET: `whsec_${btoa('short')}` }, on: {} })
    expect((await handle(await request('testing.testEvent'))).status).toBe(500)
    expect(entries()[0]?.msg).toMatch(/5 bytes/)
  })

  it('the secret comes from LOOPS_WEBHOOK_SECRET when not passed', async () => {
    const handle = createLoopsWebhookHandler({ env: { LOOPS_WEBHOOK_SECRET: secret }, on: {} })
    expect((await handle(await request('testing.testEvent'))).status).toBe(200)
  })
})
