import { describe, expect, it } from 'vitest'
import { createLoopsWebhookHandler, createMemoryDedupeStore, type WebhookDedupeStore } from '../../src/loops/index.js'
import { loopsWebhookRequest, newWebhookSecret } from '../../src/testing/index.js'

const secret = newWebhookSecret()
/** Loops retrying one message: same webhook-id, a new timestamp and signature each attempt. */
const attempt = (id: string) => loopsWebhookRequest('email.hardBounced', undefined, { secret, id })

function deferred() {
  let resolve!: () => void
  let reject!: (err: Error) => void
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('createLoopsWebhookHandler: each message is handled once', () => {
  it('a replayed webhook-id is acknowledged without running the handler twice', async () => {
    let runs = 0
    const handle = createLoopsWebhookHandler({ secret, on: { 'email.hardBounced': () => void runs++ } })
    const first = await handle(await attempt('msg_replayed'))
    const replay = await handle(await attempt('msg_replayed'))
    expect([first.status, replay.status, await replay.json(), runs]).toEqual([200, 200, { received: true, duplicate: true }, 1])
    expect((await handle(await attempt('msg_other'))).status).toBe(200)
    expect(runs).toBe(2)
  })

  it('a handler that throws gets 500, and the retry of that message runs it again', async () => {
    let runs = 0
    const handle = createLoopsWebhookHandler({
      secret,
      on: {
        'email.hardBounced': () => {
          if (++runs === 1) throw new Error('database is down')
        },
      },
    })
    expect((await handle(await attempt('msg_flaky'))).status).toBe(500)
    expect((await handle(await attempt('msg_flaky'))).status).toBe(200)
    expect((await handle(await attempt('msg_flaky'))).status).toBe(200)
    expect(runs).toBe(2)
  })

  it('a replay arriving while the first delivery still runs gets 409 + Retry-After, on this or another instance', async () => {
    const seen = createMemoryDedupeStore() // shared, as Redis would be between instances
    const gate = deferred()
    const running = deferred()
    let runs = 0
    const on = {
      'email.hardBounced': async () => {
        runs++
        running.resolve()
        await gate.promise
      },
    }
    const instanceA = createLoopsWebhookHandler({ secret, seen, on })
    const instanceB = createLoopsWebhookHandler({ secret, seen, on })
    const first = instanceA(await attempt('msg_slow'))
    await running.promise
    const [sameInstance, otherInstance] = await Promise.all([instanceA(await attempt('msg_slow')), instanceB(await attempt('msg_slow'))])
    expect([sameInstance.status, otherInstance.status, otherInstance.headers.get('retry-after')]).toEqual([409, 409, '60'])
    gate.resolve()
    expect((await first).status).toBe(200)
    // Loops asks again later: now the outcome is known.
    expect([(await instanceB(await attempt('msg_slow'))).status, runs]).toEqual([200, 1])
  })

  it('when the in-flight first delivery then fails, the later retry runs the handler', async () => {
    const gate = deferred()
    const running = deferred()
    let runs = 0
    const handle = createLoopsWebhookHandler({
      secret,
      on: {
        'email.hardBounced': async () => {
          running.resolve()
          if (++runs === 1) await gate.promise
        },
      },
    })
    const first = handle(await attempt('msg_fails_late'))
    await running.promise
    expect((await handle(await attempt('msg_fails_late'))).status).toBe(409)
    gate.reject(new Error('timeout talking to the database'))
    expect((await first).status).toBe(500)
    expect([(await handle(await attempt('msg_fails_late'))).status, runs]).toEqual([200, 2])
  })

  it('an instance that died mid-handler does not lose the message: once its lease expires, a retry runs it', async () => {
    let clock = 0
    const seen = createMemoryDedupeStore({ now: () => clock })
    // What a crash leaves behind: the in-flight lease, no done mark.
    await seen.claim('msg_orphan:in-flight', 60_000)
    let runs = 0
    const handle = createLoopsWebhookHandler({ secret, seen, inFlightTtlMs: 60_000, on: { 'email.hardBounced': () => void runs++ } })
    expect((await handle(await attempt('msg_orphan'))).status).toBe(409)
    clock = 60_001
    expect([(await handle(await attempt('msg_orphan'))).status, runs]).toEqual([200, 1])
  })

  it('a dedupe store that never answers is a 503 after storeTimeoutMs, not a request held forever', async () => {
    const silent: WebhookDedupeStore = { claim: () => new Promise(() => {}), release: () => new Promise(() => {}) }
    let runs = 0
    const handle = createLoopsWebhookHandler({ secret, seen: silent, storeTimeoutMs: 50, on: { 'email.hardBounced': () => void runs++ } })
    const response = await handle(await attempt('msg_store_silent'))
    expect([response.status, runs]).toEqual([503, 0])
  })

  it('a failing dedupe store answers 503 so Loops retries, without running the handler', async () => {
    const broken: WebhookDedupeStore = {
      claim: async () => {
        throw new Error('ECONNREFUSED 127.0.0.1:6379')
      },
      release: async () => {},
    }
    let runs = 0
    const handle = createLoopsWebhookHandler({ secret, seen: broken, on: { 'email.hardBounced': () => void runs++ } })
    const response = await handle(await attempt('msg_store_down'))
    expect([response.status, response.headers.get('retry-after'), runs]).toEqual([503, '30', 0])
  })
})
