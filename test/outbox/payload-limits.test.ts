import { describe, expect, it } from 'vitest'
import { ValidationError } from '../../src/core/errors.js'
import { TEMPLATE_JOB, templateJobInput, validateInput } from '../../src/outbox/jobs.js'
import { MAX_FIELD_CHARS } from '../../src/outbox/payload-limits.js'
import { invitationFor } from '../helpers/invitation.js'

// A job sits in Redis memory until delivered: its size and shape are bounded at enqueue (issue 19, item 14).
const invitation = invitationFor()

describe('outbox payload bounds', () => {
  it('refuses a 5 MB firstName with a ValidationError that names the field, not its value', () => {
    const error = validateInput('sendInvitationEmail', { ...invitation, firstName: 'A'.repeat(5 * 1024 * 1024) })
    expect(error).toBeInstanceOf(ValidationError)
    expect(error!.retryable).toBe(false)
    expect(error!.message).toMatch(/firstName: 5242880 characters, more than the 10000/)
    expect(error!.message.length).toBeLessThan(500)
  })

  it('takes a field of exactly the bound', () => {
    expect(validateInput('sendBasicEmail', { email: 'a@example.com', subject: 's', message: 'm'.repeat(MAX_FIELD_CHARS) })).toBeUndefined()
  })

  it('refuses fields the helper does not take, in every helper', () => {
    const extra = { isAdmin: true }
    for (const [helper, input] of [
      ['sendInvitationEmail', invitation],
      ['sendWelcomeEmail', { email: 'a@example.com', firstName: 'Ada', organizationName: 'Acme' }],
      ['sendBasicEmail', { email: 'a@example.com', subject: 's', message: 'm' }],
      ['sendSignupEvent', { email: 'a@example.com', firstName: 'Ada', userId: 'u1' }],
    ] as const) {
      expect(validateInput(helper, input)).toBeUndefined()
      const error = validateInput(helper, { ...input, ...extra })
      expect(error, helper).toBeInstanceOf(ValidationError)
      expect(error!.message).toMatch(/isAdmin: unknown field/)
    }
  })

  it('still takes the optional role', () => {
    expect(validateInput('sendInvitationEmail', { ...invitation, role: 'admin' })).toBeUndefined()
  })
})

describe('queued sendTemplate bounds', () => {
  it('refuses a data variable over the bound, naming it and not its value', () => {
    const input = templateJobInput('basic', {
      email: 'a@example.com',
      dataVariables: { subject: 's', message: 'm'.repeat(MAX_FIELD_CHARS + 1) },
    })
    const error = validateInput(TEMPLATE_JOB, input)
    expect(error).toBeInstanceOf(ValidationError)
    expect(error!.message).toMatch(/dataVariables\.message: 10001 characters/)
    expect(error!.message).not.toContain('mmmm')
  })

  it('takes a variable of exactly the bound', () => {
    const input = templateJobInput('basic', {
      email: 'a@example.com',
      dataVariables: { subject: 's', message: 'm'.repeat(MAX_FIELD_CHARS) },
    })
    expect(validateInput(TEMPLATE_JOB, input)).toBeUndefined()
  })
})
