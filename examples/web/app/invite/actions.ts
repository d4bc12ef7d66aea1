'use server'
/**
 * Next.js server action: runs on the server, so the Loops key never reaches the browser.
 * A form posts { inviteId, email, firstName, … }; the action returns a serialisable outcome.
 */
import { sendInvitationEmail, type InvitationEmailData } from '@codebuff/integrations/loops'

export type InviteState = { status: 'sent' | 'already-sent' | 'retry-later' | 'invalid'; message?: string }

export async function inviteMember(inviteId: string, data: InvitationEmailData & { email: string }): Promise<InviteState> {
  const result = await sendInvitationEmail(data, { idempotencyKey: inviteId })
  if (result.ok) return { status: result.duplicate ? 'already-sent' : 'sent' }
  return result.error.retryable ? { status: 'retry-later' } : { status: 'invalid', message: result.error.message }
}
