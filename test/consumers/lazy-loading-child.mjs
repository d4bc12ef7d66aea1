// Run by lazy-loading.subprocess.test.ts in a fresh Node process: what each step of a cold start loads.
import { createServer } from 'node:http'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const required = (name) => Object.keys(require.cache).some((path) => path.includes(`/node_modules/${name}/`))
// zod registers itself on globalThis when loaded, whichever way (import or require).
const loaded = () => ({ zod: globalThis.__zod_globalRegistry !== undefined, pino: required('pino'), openapiFetch: required('openapi-fetch') })

let failNext = 0
const server = createServer((req, res) => {
  req.resume()
  req.on('end', () => {
    if (failNext-- > 0) return res.writeHead(503).end()
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"success":true}')
  })
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const baseUrl = `http://127.0.0.1:${server.address().port}`

const steps = {}
const { createLoopsClient, createLoopsEmails, loopsEnvSchema } = await import('@codebuff/integrations/loops')
steps.import = loaded()
const client = createLoopsClient({ apiKey: 'k_lazy', baseUrl, rateLimit: false, retryDelays: { initialMs: 1, maxMs: 1 } })
await client.sendTransactionalEmail({ transactionalId: 'tpl', email: 'ada@example.com' })
steps.firstSend = loaded()
const emails = createLoopsEmails({ client, templates: { invitation: 'tpl_invitation' } })
const invitation = { email: 'ada@example.com', firstName: ' Ada ', organizationName: 'AE', inviterName: 'C', invitationUrl: 'https://x.test/i' }
steps.invitation = (await emails.sendInvitationEmail(invitation)).ok
steps.afterInvitation = loaded()
failNext = 1
await client.sendTransactionalEmail({ transactionalId: 'tpl', email: 'ada@example.com' }, { idempotencyKey: 'k1' })
steps.afterRetry = loaded()
steps.invalid = await client.sendTransactionalEmail({ transactionalId: 'tpl', email: 'nope' }).catch((e) => `${e.name}: ${e.message}`)
steps.afterInvalid = loaded()
steps.exportedSchema = loopsEnvSchema.safeParse({ LOOPS_BASE_URL: 'ftp://x.test' }).success
await client.findContact({ email: 'ada@example.com' }).catch(() => {})
steps.afterQuery = loaded()
server.close()
console.log(JSON.stringify(steps))
