import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLoopsWebhookHandler, type LoopsWebhookEvent } from '../../src/loops/index.js'
import { serveOnLoopback, startLoopsStandIn, type LoopbackServer, type LoopsStandIn } from '../../src/testing/index.js'

let standIn: LoopsStandIn
let route: LoopbackServer
const bounced: LoopsWebhookEvent<'email.hardBounced'>[] = []

beforeAll(async () => {
  standIn = await startLoopsStandIn()
  // The route as a real HTTP server on 127.0.0.1, configured the way production is: the secret from env.
  const handle = createLoopsWebhookHandler({
    env: { LOOPS_WEBHOOK_SECRET: standIn.webhookSecret },
    on: { 'email.hardBounced': (event) => void bounced.push(event) },
  })
  route = await serveOnLoopback({ handle, stop() {} } as never)
})
afterAll(async () => {
  await route.close()
  await standIn.close()
})

describe('stand-in → route over HTTP', () => {
  it('delivers a signed hard bounce (the spec example, one field overridden); a retry of it is acknowledged, not re-run', async () => {
    const url = `${route.origin}/api/loops-webhooks`
    const contactIdentity = { id: 'c_ada', email: 'ada@example.com', userId: 'u_ada' }
    const first = await standIn.deliverWebhook(url, 'email.hardBounced', { contactIdentity })
    expect([first.status, first.body]).toEqual([200, { received: true }])
    expect(bounced).toEqual([expect.objectContaining({ eventName: 'email.hardBounced', contactIdentity, sourceType: 'campaign' })])
    const retry = await standIn.deliverWebhook(url, 'email.hardBounced', { contactIdentity }, { id: first.id })
    expect([retry.status, retry.body, bounced.length]).toEqual([200, { received: true, duplicate: true }, 1])
  })

  it('a delivery signed with another secret is refused with 401', async () => {
    const other = await startLoopsStandIn()
    try {
      const answer = await other.deliverWebhook(`${route.origin}/api/loops-webhooks`, 'email.hardBounced')
      expect(answer).toMatchObject({ status: 401, body: { reason: 'signature-mismatch' } })
    } finally {
      await other.close()
    }
  })
})
