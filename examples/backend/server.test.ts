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
  inviteId: 'inv_42',
  email: 'ada@example.com',
  firstName: 'Ada',
  organizationName: 'Analytical Engines',
  inviterName: 'Charles',
  invitationUrl: 'https://app.example.com/invite/42',
}
const post = (body: unknown) =>
  fetch(`${base}/invitations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

describe('examples/backend: POST /invitations', () => {
  it('sends the invitation through the package, end to end', async () => {
    const res = await post(invite)
    expect([res.status, await res.json()]).toEqual([202, { sent: true, duplicate: false }])
    standIn.expectEmailSent({ template: 'invitation', to: 'ada@example.com' })
  })

  it('a re-run of the same invite does not email twice', async () => {
    const res = await post(invite)
    expect([res.status, await res.json()]).toEqual([202, { sent: true, duplicate: true }])
    expect(standIn.sent).toHaveLength(1)
  })

  it('bad input is 422 and nothing is sent; an outage is 503 with Retry-After', async () => {
    expect((await post({ ...invite, inviteId: 'inv_43', email: 'nope' })).status).toBe(422)
    standIn.inject({ fault: { status: 503 }, times: 3 })
    const res = await post({ ...invite, inviteId: 'inv_44' })
    expect([res.status, res.headers.get('retry-after')]).toEqual([503, '30'])
    expect(standIn.sent).toHaveLength(1)
  })
})
