import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startLoopsStandIn, type LoopsStandIn } from '@codebuff/integrations/testing'
import { createApp } from './server.js'

let standIn: LoopsStandIn
let base: string
let close: () => void
beforeAll(async () => {
  standIn = await startLoopsStandIn({ templateIds: { invitation: 'tpl_invitation' } })
  // Configured the way the backend is in production: env only.
  vi.stubEnv('LOOPS_API_KEY', standIn.apiKey)
  vi.stubEnv('LOOPS_BASE_URL', standIn.url)
  vi.stubEnv('LOOPS_TEMPLATE_INVITATION', 'tpl_invitation')
  const server = createApp().listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
})
afterAll(async () => {
  close()
  await standIn.close()
  vi.unstubAllEnvs()
})

const invite = {
  email: 'ada@example.com',
  firstName: 'Ada',
  organizationName: 'Analytical Engines',
  inviterName: 'Charles',
  invitationUrl: 'https://app.example.com/invite/42',
}
const post = (body: unknown) =>
  fetch(`${base}/invitations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
/** Emails the stand-in accepted for one invite: each test uses its own invite ids, so any test runs alone or in any order. */
const sentFor = (inviteId: string) => standIn.sent.filter((e) => e.idempotencyKey === inviteId)

describe('examples/backend: POST /invitations', () => {
  it('sends the invitation through the package, end to end', async () => {
    const res = await post({ ...invite, inviteId: 'inv_42' })
    expect([res.status, await res.json()]).toEqual([202, { sent: true, duplicate: false }])
    expect(sentFor('inv_42')).toEqual([expect.objectContaining({ transactionalId: 'tpl_invitation', email: 'ada@example.com' })])
  })

  it('a re-run of the same invite does not email twice', async () => {
    const first = await post({ ...invite, inviteId: 'inv_rerun' })
    expect([first.status, await first.json()]).toEqual([202, { sent: true, duplicate: false }])
    const again = await post({ ...invite, inviteId: 'inv_rerun' })
    expect([again.status, await again.json()]).toEqual([202, { sent: true, duplicate: true }])
    expect(sentFor('inv_rerun')).toHaveLength(1)
  })

  it('bad input is 422 and nothing is sent', async () => {
    expect((await post({ ...invite, inviteId: 'inv_43', email: 'nope' })).status).toBe(422)
    expect(sentFor('inv_43')).toHaveLength(0)
  })

  it('an outage is 503 with Retry-After, and nothing is sent', async () => {
    standIn.inject({ fault: { status: 503 }, times: 3 })
    const res = await post({ ...invite, inviteId: 'inv_44' })
    expect([res.status, res.headers.get('retry-after')]).toEqual([503, '30'])
    expect(sentFor('inv_44')).toHaveLength(0)
  })
})
