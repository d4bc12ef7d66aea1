// Guards of the testing kit against mistakes a test author can make: they must fail loudly, not quietly.
import { afterEach, describe, expect, it } from 'vitest'
import { createLoopsClient } from '@codebuff/integrations/loops'
import {
  deliverLoopsWebhook,
  newWebhookSecret,
  serveOnLoopback,
  startLoopsStandIn,
  type LoopsStandIn,
} from '@codebuff/integrations/testing'

let standIn: LoopsStandIn | undefined
let route: { close(): Promise<void> } | undefined
afterEach(async () => {
  await standIn?.close()
  await route?.close()
  standIn = route = undefined
})
const bounded = <T>(work: Promise<T>) =>
  Promise.race([work, new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 3_000).unref())])

describe('stand-in limits', () => {
  it('inject({ fault: { delayMs: 1e12 } }) delays for good, not for 1 ms (Node fires longer timers at once)', async () => {
    standIn = await startLoopsStandIn()
    const loops = createLoopsClient({ baseUrl: standIn.url, apiKey: standIn.apiKey, timeoutMs: 200, maxRetries: 0 })
    standIn.inject({ fault: { delayMs: 1e12 } })
    await expect(loops.sendEvent({ eventName: 'signup', email: 'ada@example.com' })).rejects.toMatchObject({ name: 'TimeoutError' })
    expect(standIn.events).toEqual([])
  })

  it('inject refuses times: 0 (and other non-positive counts) instead of applying the fault once, and a status no Response can carry', async () => {
    standIn = await startLoopsStandIn()
    for (const times of [0, -1, 1.5, Number.NaN]) expect(() => standIn!.inject({ fault: { status: 500 }, times })).toThrow(RangeError)
    expect(() => standIn!.inject({ fault: { delayMs: -1 } })).toThrow(/delayMs must be a number ≥ 0/)
    expect(() => standIn!.inject({ fault: { status: 99 } })).toThrow(/status must be an integer from 200 to 599/)
    const loops = createLoopsClient({ baseUrl: standIn.url, apiKey: standIn.apiKey, maxRetries: 0 })
    await loops.sendEvent({ eventName: 'signup', email: 'ada@example.com' })
    expect(standIn.requests.map((r) => r.outcome)).toEqual([200])
  })

  it('the loopback stand-in answers 413 to a request body over 1 MiB, before handling it', async () => {
    standIn = await startLoopsStandIn()
    const huge = JSON.stringify({ eventName: 'signup', email: 'ada@example.com', padding: 'x'.repeat(1024 * 1024) })
    const response = await fetch(`${standIn.url}/v1/events/send`, {
      method: 'POST',
      headers: { authorization: `Bearer ${standIn.apiKey}`, 'content-type': 'application/json' },
      body: huge,
    })
    expect(response.status).toBe(413)
    expect(standIn.requests).toEqual([])
  })

  it('deliverWebhook gives up on a route that never answers, after timeoutMs', async () => {
    const server = await serveOnLoopback({ handle: () => new Promise(() => {}), stop() {} } as never)
    route = server
    const delivery = deliverLoopsWebhook(`${server.origin}/hook`, 'testing.testEvent', undefined, {
      secret: newWebhookSecret(),
      timeoutMs: 100,
    })
    const outcome = await bounded(delivery.then(String, (err: Error) => err.name))
    expect(outcome).toBe('TimeoutError')
  })
})
