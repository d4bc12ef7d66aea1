import { describe, expect, it } from 'vitest'
import { LoopsOutbox, OutboxAssertionError } from '@codebuff/integrations/testing'

function outboxWith(dataVariables: Record<string, unknown>) {
  const outbox = new LoopsOutbox({ invitation: 'tpl_invitation' })
  outbox.emails.push({ transactionalId: 'tpl_invitation', email: 'ada@example.com', dataVariables, at: new Date() })
  outbox.events.push({ eventName: 'signup', email: 'Ada@Example.com', userId: 'u1', properties: {}, at: new Date() })
  return outbox
}

describe('LoopsOutbox assertions', () => {
  it('expectEmailSent({ data }) compares nested values whatever their key order', () => {
    const outbox = outboxWith({ inviter: { name: 'Charles', id: 7 }, role: 'member' })
    expect(outbox.expectEmailSent({ template: 'invitation', data: { inviter: { id: 7, name: 'Charles' } } }).email).toBe('ada@example.com')
    expect(() => outbox.expectEmailSent({ data: { inviter: { id: 7 } } })).toThrow(OutboxAssertionError)
  })

  it('expectEmailSent({ data: { x: undefined } }) does not match an email without x', () => {
    const outbox = outboxWith({ role: 'member' })
    expect(() => outbox.expectEmailSent({ data: { firstName: undefined } })).toThrow(/found 0/)
    expect(outboxWith({ firstName: null }).findEmails({ data: { firstName: undefined } })).toEqual([])
  })

  it('expectEmailSent(null) or an unknown template says what to pass instead of failing inside', () => {
    const outbox = outboxWith({})
    expect(() => outbox.expectEmailSent(null as never)).toThrow(/expectEmailSent takes an object to match/)
    expect(() => outbox.expectEventSent(undefined as never)).toThrow(/expectEventSent takes an object to match/)
    expect(() => outbox.expectEmailSent({ template: '__proto__' as never })).toThrow(/unknown template "__proto__": use one of invitation/)
  })

  it('expectEventSent compares the email case-insensitively, like expectEmailSent', () => {
    const outbox = outboxWith({})
    expect(outbox.expectEventSent({ eventName: 'signup', email: 'ada@example.COM' }).userId).toBe('u1')
    expect(() => outbox.expectEventSent({ eventName: 'signup', email: 'grace@example.com' })).toThrow(/found 0/)
  })
})
