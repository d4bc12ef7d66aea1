import { describe, expect, it } from 'vitest'
import { SentEmails, SentEmailsAssertionError } from '@codebuff/integrations/testing'

function recorderWith(dataVariables: Record<string, unknown>) {
  const recorder = new SentEmails({ invitation: 'tpl_invitation' })
  recorder.emails.push({ transactionalId: 'tpl_invitation', email: 'ada@example.com', dataVariables, at: new Date() })
  recorder.events.push({ eventName: 'signup', email: 'Ada@Example.com', userId: 'u1', properties: {}, at: new Date() })
  return recorder
}

describe('SentEmails assertions', () => {
  it('expectEmailSent({ data }) compares nested values whatever their key order', () => {
    const recorder = recorderWith({ inviter: { name: 'Charles', id: 7 }, role: 'member' })
    expect(recorder.expectEmailSent({ template: 'invitation', data: { inviter: { id: 7, name: 'Charles' } } }).email).toBe(
      'ada@example.com',
    )
    expect(() => recorder.expectEmailSent({ data: { inviter: { id: 7 } } })).toThrow(SentEmailsAssertionError)
  })

  it('expectEmailSent({ data: { x: undefined } }) does not match an email without x', () => {
    const recorder = recorderWith({ role: 'member' })
    expect(() => recorder.expectEmailSent({ data: { firstName: undefined } })).toThrow(/found 0/)
    expect(recorderWith({ firstName: null }).findEmails({ data: { firstName: undefined } })).toEqual([])
  })

  it('expectEmailSent(null) or an unknown template says what to pass instead of failing inside', () => {
    const recorder = recorderWith({})
    expect(() => recorder.expectEmailSent(null as never)).toThrow(/expectEmailSent takes an object to match/)
    expect(() => recorder.expectEventSent(undefined as never)).toThrow(/expectEventSent takes an object to match/)
    expect(() => recorder.expectEmailSent({ template: '__proto__' as never })).toThrow(
      /unknown template "__proto__": use one of invitation/,
    )
  })

  it('expectEventSent compares the email case-insensitively, like expectEmailSent', () => {
    const recorder = recorderWith({})
    expect(recorder.expectEventSent({ eventName: 'signup', email: 'ada@example.COM' }).userId).toBe('u1')
    expect(() => recorder.expectEventSent({ eventName: 'signup', email: 'grace@example.com' })).toThrow(/found 0/)
  })
})

describe('the old names still work (deprecated)', () => {
  it('LoopsOutbox and OutboxAssertionError are SentEmails and SentEmailsAssertionError', async () => {
    const kit = await import('@codebuff/integrations/testing')
    expect(kit.LoopsOutbox).toBe(kit.SentEmails)
    expect(kit.OutboxAssertionError).toBe(kit.SentEmailsAssertionError)
  })
})
