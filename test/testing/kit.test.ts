// Written as a consumer would: everything from the package's own export paths.
import { afterEach, describe, expect, it } from 'vitest'
import { createLoopsClient, createLoopsEmails } from '@codebuff/integrations/loops'
import { mockLoops, OutboxAssertionError, startLoopsStandIn, type LoopsFake } from '@codebuff/integrations/testing'

let fake: LoopsFake | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

const invitation = {
  email: 'ada@example.com',
  firstName: 'Ada',
  organizationName: 'Analytical Engines',
  inviterName: 'Charles',
  invitationUrl: 'https://app.example.com/invite/42',
}

describe('testing kit', () => {
  it('mockLoops: three lines to assert an invitation went out (msw, Loops URL, any key)', async () => {
    fake = mockLoops({ templateIds: { invitation: 'tpl_invite' } })
    const { sendInvitationEmail } = createLoopsEmails({
      client: createLoopsClient({ apiKey: 'whatever' }),
      templates: { invitation: 'tpl_invite' },
    })
    await sendInvitationEmail(invitation)
    const email = fake.expectEmailSent({ template: 'invitation', to: 'ada@example.com' })
    expect(email.dataVariables).toMatchObject({ firstName: 'Ada', role: 'member' })
  })

  it('mockLoops validates against the spec: a malformed call is refused and recorded', async () => {
    fake = mockLoops()
    const { data, error, response } = await createLoopsClient({ apiKey: 'k' }).raw.POST('/v1/transactional', {
      body: { transactionalId: 'x' } as never,
    })
    expect([data, response.status]).toEqual([undefined, 400])
    expect(error).toEqual({ success: false, message: "body must have required property 'email'" })
    expect(fake.requests[0]!.validationErrors).toEqual(["body must have required property 'email'"])
    expect(() => fake!.expectEmailSent({ to: 'ada@example.com' })).toThrow(OutboxAssertionError)
  })

  it('mockLoops checks the key when given one', async () => {
    fake = mockLoops({ apiKey: 'k_right' })
    const result = await createLoopsClient({ apiKey: 'k_wrong' })
      .testApiKey()
      .catch((e: Error) => e.name)
    expect(result).toBe('AuthenticationError')
  })

  it('the loopback stand-in: a failure assertion lists what was actually sent', async () => {
    const standIn = await startLoopsStandIn({ templateIds: { welcome: 'tpl_welcome' } })
    fake = standIn
    const { sendWelcomeEmail } = createLoopsEmails({
      client: createLoopsClient({ baseUrl: standIn.url, apiKey: standIn.apiKey }),
      templates: { welcome: 'tpl_welcome' },
    })
    await sendWelcomeEmail({ email: 'ada@example.com', firstName: 'Ada', organizationName: 'AE' })
    expect(() => standIn.expectEmailSent({ template: 'welcome', to: 'grace@example.com' })).toThrow(
      /found 0\. Sent:\n {2}- tpl_welcome → ada@example.com/,
    )
    expect(standIn.expectEmailSent({ template: 'welcome', to: 'ADA@example.com' }).transactionalId).toBe('tpl_welcome')
  })

  it('expectEmailSent fails on a double send', async () => {
    fake = mockLoops()
    const loops = createLoopsClient({ apiKey: 'k' })
    await loops.sendTransactionalEmail({ transactionalId: 't', email: 'ada@example.com' })
    await loops.sendTransactionalEmail({ transactionalId: 't', email: 'ada@example.com' })
    expect(() => fake!.expectEmailSent({ transactionalId: 't', to: 'ada@example.com' })).toThrow(/found 2/)
  })
})
