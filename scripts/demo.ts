/**
 * npm run demo            — the helpers end to end against the embedded local Loops stand-in
 * npm run demo -- --live  — the same against the real Loops (LOOPS_API_KEY, LOOPS_TEMPLATE_*, DEMO_TO)
 *
 * Sends a welcome, an invitation (with one injected 503 so a retry shows), a basic email, a signup
 * event, and the invitation again with the same idempotency key (Loops answers "already sent").
 */
import { pino } from 'pino'
import { maskEmail } from '../src/core/observability/redact.js'
import { createLoopsClient, createLoopsEmails, type SendResult } from '../src/loops/index.js'
import { startLoopsStandIn, type LoopsStandIn } from '../src/testing/index.js'
import { parseCommandLine } from './lib/cli.js'

const { values } = parseCommandLine({
  name: 'demo',
  usage: `usage: npm run demo [-- --live]
  --live        send through the real Loops (needs LOOPS_API_KEY, LOOPS_TEMPLATE_*, DEMO_TO) instead of the local stand-in`,
  options: { live: { type: 'boolean', default: false } },
})
const live = values.live
const required = ['LOOPS_API_KEY', 'LOOPS_TEMPLATE_WELCOME', 'LOOPS_TEMPLATE_INVITATION', 'LOOPS_TEMPLATE_BASIC', 'DEMO_TO']
if (live) {
  const missing = required.filter((name) => !process.env[name]?.trim())
  if (missing.length) {
    const why: Record<string, string> = {
      DEMO_TO: '(the address that receives the demo emails)',
      LOOPS_API_KEY: '(Loops → Settings → API)',
    }
    const list = missing.map((n) => `  ${n}   ${why[n] ?? '(the transactional id of that email in Loops)'}`).join('\n')
    console.error(
      `--live sends real email through Loops. Set these environment variables first:\n${list}\nthen run: npm run demo -- --live`,
    )
    process.exit(2)
  }
}

const logger = pino({ level: process.env.LOG_LEVEL ?? 'silent' })
let standIn: LoopsStandIn | undefined
if (!live) standIn = await startLoopsStandIn({ templateIds: { welcome: 'tpl_welcome', invitation: 'tpl_invitation', basic: 'tpl_basic' } })
const client = standIn
  ? createLoopsClient({ baseUrl: standIn.url, apiKey: standIn.apiKey, logger, retryDelays: { initialMs: 200 } })
  : createLoopsClient({ logger })
const emails = createLoopsEmails({
  client,
  ...(standIn ? { templates: { welcome: 'tpl_welcome', invitation: 'tpl_invitation', basic: 'tpl_basic' } } : {}),
})
const to = live ? process.env.DEMO_TO! : 'ada.lovelace@example.com'
const inviteKey = `demo-invite-${Date.now()}`
// Sent twice, with one key: the second run shows the idempotency key at work.
const invitation = {
  email: to,
  firstName: 'Ada',
  organizationName: 'Analytical Engines',
  inviterName: 'Charles',
  invitationUrl: 'https://app.example.com/invite/42',
}
const sendInvitation = () => emails.sendInvitationEmail(invitation, { idempotencyKey: inviteKey })

const steps: [string, string, () => Promise<SendResult>][] = [
  ['welcome email', 'welcome', () => emails.sendWelcomeEmail({ email: to, firstName: 'Ada', organizationName: 'Analytical Engines' })],
  [
    'invitation (503 injected once)',
    'invitation',
    () => {
      standIn?.inject({ fault: { status: 503 }, operation: 'sendTransactionalEmail' })
      return sendInvitation()
    },
  ],
  [
    'basic email',
    'basic',
    () => emails.sendBasicEmail({ email: to, subject: 'Your export is ready', message: 'Download it from the dashboard.' }),
  ],
  ['signup event', 'event: signup', () => emails.sendSignupEvent({ userId: 'usr_ada', email: to, firstName: 'Ada' })],
  ['invitation re-run (same key)', 'invitation', () => sendInvitation()],
]

const rows: string[][] = [['what', 'to', 'template', 'attempts', 'ms', 'result']]
let failures = 0
for (const [what, template, run] of steps) {
  const result = await run()
  if (!result.ok) failures++
  const outcome = result.ok
    ? result.duplicate
      ? 'already sent (not sent again)'
      : 'sent'
    : `FAILED ${result.error.name}: ${result.error.message}`
  rows.push([
    what,
    maskEmail(to),
    template,
    result.ok ? String(result.call.attempts) : String(result.error.attempts),
    result.ok ? String(result.call.ms) : '-',
    outcome,
  ])
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
const line = (r: string[]) => r.map((cell, i) => (i === 3 || i === 4 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ')
console.log(`\nLoops demo — ${live ? 'live Loops API' : `local Loops stand-in at ${standIn!.url}`}\n`)
console.log(line(rows[0]!))
console.log(widths.map((w) => '─'.repeat(w)).join('  '))
for (const r of rows.slice(1)) console.log(line(r))
if (standIn) {
  const invalid = standIn.requests.filter((r) => r.validationErrors.length).length
  console.log(
    `\nThe stand-in accepted ${standIn.sent.length} email(s) and ${standIn.events.length} event(s); ` +
      `${standIn.requests.length} requests, ${invalid} failed spec validation.`,
  )
  await standIn.close()
}
process.exitCode = failures ? 1 : 0
