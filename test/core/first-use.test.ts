// Features loaded on first use (src/core/runtime/lazy-module.ts: middleware and telemetry, webhook verification and
// routing, sendTemplate's work): the use that waits for the load behaves as every later use does. Each test starts
// from a fresh module graph (vi.resetModules), so its use is the one that loads; module laziness is process-wide
// state, which is why these live here, in a file of their own, and not in the shared-process suites.
import { createHmac } from 'node:crypto'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { type LoopsStandIn, loopsWebhookRequest, newWebhookSecret, startLoopsStandIn } from '../../src/testing/index.js'
import { loopsPublishedTemplates } from '../../generated/loops-templates.js'
import { captureLogs, jsonResponse, scriptedFetch } from '../helpers/capture.js'

const KEY = 'loops_test_key_0123456789'
const EMAIL = { transactionalId: 'tpl', email: 'ada@example.com' }

/** The package as a process sees it before any feature loaded. */
async function freshLoops() {
  vi.resetModules()
  return import('../../src/loops/index.js')
}

/** A client of a fresh package on a scripted fetch. */
async function freshClient() {
  const fresh = await freshLoops()
  const { fetch, calls } = scriptedFetch(() => jsonResponse({ success: true }))
  const client = fresh.createLoopsClient({
    apiKey: KEY,
    baseUrl: 'https://loops.test/api',
    fetch,
    logger: captureLogs().logger,
    rateLimit: false,
  })
  return { client, calls }
}

describe('the first call with middleware, which loads the code that runs it', () => {
  it('counts that wait in its deadlineMs like any other wait of the call: past it, nothing is sent', async () => {
    const { client: loops, calls } = await freshClient()
    vi.useFakeTimers({ toFake: ['performance'] })
    try {
      loops.use({ onRequest: () => {} })
      const settled = loops.sendTransactionalEmail(EMAIL, { deadlineMs: 1000 }).catch((e: unknown) => e)
      vi.advanceTimersByTime(1001) // the load outlasted the call's deadline
      expect(await settled).toMatchObject({ name: 'TimeoutError', retryable: true, attempts: 0 })
      expect(calls).toHaveLength(0)
    } finally {
      vi.useRealTimers()
    }
  })

  it('runs when the load settles with another realm’s promise (vitest’s vm pools, jest: the runner’s import())', async () => {
    vi.doMock('../../src/core/runtime/lazy-module.ts', async (importOriginal) => {
      const actual = await importOriginal<typeof import('../../src/core/runtime/lazy-module.ts')>()
      const OtherRealmPromise = runInNewContext('Promise') as PromiseConstructor
      return {
        lazyModule: <T>(load: () => Promise<T>) =>
          actual.lazyModule(() => new OtherRealmPromise<T>((resolve, reject) => void load().then(resolve, reject))),
      }
    })
    try {
      const { client: loops, calls } = await freshClient()
      const seen: string[] = []
      loops.use({ onRequest: () => void seen.push('onRequest'), onResponse: () => void seen.push('onResponse') })
      const sent = loops.sendTransactionalEmail(EMAIL)
      expect(sent).toBeInstanceOf(Promise)
      expect(await sent).toEqual({ success: true })
      expect([calls.length, seen]).toEqual([1, ['onRequest', 'onResponse']])
    } finally {
      vi.doUnmock('../../src/core/runtime/lazy-module.ts')
      vi.resetModules()
    }
  })
})

describe("sendTemplate's first send, which loads its work", () => {
  const published = Object.entries(loopsPublishedTemplates).map(([name, t]) => ({ name, id: t.id, dataVariables: [...t.dataVariables] }))
  let standIn: LoopsStandIn
  beforeAll(async () => {
    standIn = await startLoopsStandIn({ templates: published })
  })
  afterAll(() => standIn.close())

  it('the first send of a process (the one that loads sendTemplate’s work) sends what it was given when called', async () => {
    // A fresh module graph, so this is the send that waits for template-delivery.ts (lazy-module.ts). A caller may
    // reuse its objects once sendTemplate returns (a batch built in a loop), as it could with every later send.
    const fresh = await freshLoops()
    const send = fresh.createTemplateSender({
      client: fresh.createLoopsClient({ baseUrl: standIn.url, apiKey: standIn.apiKey, rateLimit: false, maxRetries: 0 }),
      env: {},
    })
    const data = { email: 'ada@example.com', dataVariables: { subject: 'Hello', message: 'Welcome aboard' } }
    const options = { idempotencyKey: 'batch-ada' }
    const first = send('basic', data, options)
    data.email = 'grace@example.com'
    data.dataVariables.subject = 'Hello Grace'
    options.idempotencyKey = 'batch-grace'
    const second = send('basic', data, options)
    expect(await Promise.all([first, second])).toMatchObject([
      { ok: true, idempotencyKey: 'batch-ada' },
      { ok: true, idempotencyKey: 'batch-grace' },
    ])
    expect(standIn.sent.map((e) => [e.email, e.dataVariables.subject, e.idempotencyKey])).toEqual([
      ['ada@example.com', 'Hello', 'batch-ada'],
      ['grace@example.com', 'Hello Grace', 'batch-grace'],
    ])
  })
})

describe('webhooks: the first delivery, which loads the signature check and the route', () => {
  const secret = newWebhookSecret()
  const attempt = (id: string) => loopsWebhookRequest('email.hardBounced', undefined, { secret, id })

  it('requests that reach a new handler together, while its route loads, share one route: a message sent twice runs once', async () => {
    const fresh = await freshLoops()
    let runs = 0
    const handle = fresh.createLoopsWebhookHandler({ secret, on: { 'email.hardBounced': () => void runs++ } })
    const [a, b] = await Promise.all([attempt('msg_twice_at_start'), attempt('msg_twice_at_start')])
    const answers = await Promise.all([handle(a), handle(b)])
    expect(runs).toBe(1)
    for (const answer of answers) expect([200, 409]).toContain(answer.status)
  })

  it("a process's first verification (its check still loading) verifies the bytes it was given, though the buffer is reused", async () => {
    const fresh = await freshLoops()
    const key = Buffer.from('loops-webhook-test-key-32-bytes!')
    const body = JSON.stringify({ eventName: 'testing.testEvent', eventTime: 1, message: 'test', webhookSchemaVersion: '1.0.0' })
    const at = Math.floor(Date.now() / 1000)
    // Signed independently of the code under test, per the Standard Webhooks spec.
    const signature = `v1,${createHmac('sha256', key).update(`msg_1.${at}.${body}`).digest('base64')}`
    const bytes = new TextEncoder().encode(body)
    const given = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(at), 'webhook-signature': signature }
    const verifying = fresh.verifyLoopsWebhook(bytes, given, `whsec_${key.toString('base64')}`)
    bytes.fill(32)
    given['webhook-signature'] = 'v1,forged'
    await expect(verifying).resolves.toMatchObject({ eventName: 'testing.testEvent' })
  })
})
