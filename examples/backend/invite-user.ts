/**
 * Backend code calling the package: invite someone to an organization. The invite id is the
 * idempotency key, so a retried job or a re-run never emails twice. Env: LOOPS_API_KEY,
 * LOOPS_TEMPLATE_INVITATION (read on the first send, never at import).
 */
import { sendInvitationEmail } from '@codebuff/integrations/loops'

export async function inviteUser(email: string, inviteId: string = crypto.randomUUID()): Promise<{ duplicate: boolean }> {
  const result = await sendInvitationEmail(
    {
      email,
      firstName: email.split('@')[0]!,
      organizationName: 'Analytical Engines',
      inviterName: 'Charles',
      invitationUrl: `https://app.example.com/invite/${inviteId}`,
    },
    { idempotencyKey: inviteId },
  )
  if (!result.ok) throw result.error // an IntegrationError: result.error.retryable says whether to retry the job
  return { duplicate: result.duplicate === true }
}
