/**
 * A minimal backend route that sends an organization invitation through the package.
 * POST /invitations { inviteId, email, firstName, organizationName, inviterName, invitationUrl, role? }
 *
 * Env: LOOPS_API_KEY, LOOPS_TEMPLATE_INVITATION (and LOOPS_BASE_URL to point at a stand-in).
 * Run: npx tsx --conditions=source examples/backend/server.ts
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { fileURLToPath } from 'node:url'
import { sendInvitationEmail as defaultSend } from '@codebuff/integrations/loops'

type Send = typeof defaultSend

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

export function createApp(send: Send = defaultSend): Server {
  return createServer(async (req, res) => {
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body))
    if (req.method !== 'POST' || req.url !== '/invitations') return reply(404, { error: 'not found' })
    const body = await readJson(req)
    if (!body || typeof body.inviteId !== 'string') return reply(400, { error: 'expected JSON with an inviteId' })
    const { inviteId, ...data } = body
    // The invite id is the idempotency key: a retried or re-run request never emails twice.
    const result = await send(data as Parameters<Send>[0], { idempotencyKey: inviteId })
    if (result.ok) return reply(202, { sent: true, duplicate: result.duplicate ?? false })
    if (result.error.retryable) return reply(503, { error: 'email service unavailable, try again' }, { 'retry-after': '30' })
    return reply(result.error.name === 'ValidationError' ? 422 : 500, { error: result.error.message })
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 3001)
  createApp().listen(port, '127.0.0.1', () => console.log(`invitations backend on http://127.0.0.1:${port}`))
}
