/**
 * Any of the 64 Loops operations, typed from the spec; methods throw typed errors (IntegrationError).
 * Key from LOOPS_API_KEY, read on the first request.
 */
import { createLoopsClient } from '@codebuff/integrations/loops'

export async function emailAndFindContact(email: string, invite: { id: string; transactionalId: string }) {
  const loops = createLoopsClient({ timeoutMs: 10_000 })
  await loops.sendTransactionalEmail(
    { transactionalId: invite.transactionalId, email, dataVariables: { plan: 'pro' } },
    { idempotencyKey: invite.id },
  )
  const contacts = await loops.findContact({ email })
  const { data: lists } = await loops.raw.GET('/v1/lists') // the typed openapi-fetch client, same transport
  return { contacts, lists }
}
