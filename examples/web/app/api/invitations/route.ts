/**
 * Next.js App Router route handler: app/api/invitations/route.ts
 * The helper never throws; the route decides what a failure means for the caller.
 */
import { sendInvitationEmail } from '@codebuff/integrations/loops'

// Node, Next's default (the 'edge' runtime is deprecated in Next 16). The package still builds and runs for
// the edge runtime: examples/web/bundle.test.ts bundles this route with Next's edge conditions and sends through it.
export const runtime = 'nodejs'

export async function POST(request: Request): Promise<Response> {
  const body = (await request.json().catch(() => null)) as Record<string, string> | null
  if (!body?.inviteId) return Response.json({ error: 'inviteId is required' }, { status: 400 })
  const { inviteId, email = '', firstName = '', organizationName = '', inviterName = '', invitationUrl = '', role } = body
  const result = await sendInvitationEmail(
    { email, firstName, organizationName, inviterName, invitationUrl, ...(role ? { role } : {}) },
    { idempotencyKey: inviteId },
  )
  if (result.ok) return Response.json({ sent: true, duplicate: result.duplicate ?? false }, { status: 202 })
  if (result.error.retryable)
    return Response.json({ error: 'Email is delayed, we will retry.' }, { status: 503, headers: { 'retry-after': '30' } })
  return Response.json({ error: result.error.message }, { status: result.error.name === 'ValidationError' ? 422 : 500 })
}
