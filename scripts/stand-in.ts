/**
 * npm run stand-in [-- loops|stripe] [--port N] [--rate-limit N] [--api-key K] [--templates <file.json>]
 * Starts a local vendor stand-in on 127.0.0.1 and prints every env var a client and the helpers need
 * (key, base URL, template ids) and the transactional ids it knows, ready to paste into another shell.
 * Runs until Ctrl-C.
 *
 * npm run stand-in -- loops --deliver <url> [--event email.hardBounced] [--id <webhook-id>] [--webhook-secret whsec_…]
 * POSTs one signed Loops webhook (the spec's example payload) to a local route, prints the answer and
 * exits (1 unless 2xx). The secret defaults to LOOPS_WEBHOOK_SECRET, so the same .env as the app works;
 * the same --id twice is a duplicate delivery (a Loops retry).
 */
import { loopsTemplates } from '../src/loops/templates.js'
import { startLoopsStandIn, startStripeStandIn } from '../src/testing/index.js'
import { parseCommandLine } from './lib/cli.js'
import { knownIdsText, readTemplatesOption, requestLine } from './lib/stand-in-templates.js'
import { ConfigError } from '../src/core/errors.js'

const USAGE = `usage: npm run stand-in [-- loops|stripe] [--port N] [--rate-limit N] [--api-key K] [--templates <file.json>]
       npm run stand-in -- loops --deliver <url> [--event <name>] [--id <webhook-id>] [--webhook-secret <secret>]

Starts a local, spec-validating stand-in for the vendor (default loops) on 127.0.0.1 and prints the env
vars that point the package's client and helpers at it. Every request is validated against
specs/<vendor>.openapi.json and logged here. Ctrl-C to stop.

  --port N                  port to listen on (default: a free one)
  --rate-limit N            answer 429 + Retry-After above N requests/s (default: no limit)
  --api-key K               the only key the stand-in accepts (default: a random test_… key, printed)
  --templates <file.json>   published templates [{ id, name, dataVariables }]: served by GET /v1/transactional
                            (what \`npm run templates -- pull\` reads); a send lacking a variable gets Loops' 400
  --deliver <url>           send one signed Loops webhook to <url>, print the answer and exit
  --event <name>            the webhook event to --deliver (default: email.hardBounced)
  --id <webhook-id>         the webhook-id to --deliver (default: a fresh msg_…); repeat it to try a duplicate
  --webhook-secret <secret> signing secret for --deliver (default: LOOPS_WEBHOOK_SECRET, else a fresh one)
  -h, --help                print this and exit`

const { values, positionals } = parseCommandLine({
  name: 'stand-in',
  usage: USAGE,
  positionals: true,
  options: {
    port: { type: 'string' },
    'rate-limit': { type: 'string' },
    'api-key': { type: 'string' },
    deliver: { type: 'string' },
    event: { type: 'string' },
    id: { type: 'string' },
    templates: { type: 'string' },
    'webhook-secret': { type: 'string' },
  },
})

function usageError(message: string): never {
  console.error(`stand-in: ${message}\n${USAGE}`)
  process.exit(1)
}
const vendor = positionals[0] ?? 'loops'
if (vendor !== 'loops' && vendor !== 'stripe') usageError(`unknown vendor "${vendor}" (loops or stripe)`)
if (positionals.length > 1) usageError(`one vendor at a time, got ${positionals.join(', ')}`)
function whole(name: string, raw: string | undefined, min: number): number | undefined {
  if (raw === undefined) return undefined
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min) usageError(`--${name} must be a whole number ≥ ${min}, got "${raw}"`)
  return n
}
const port = whole('port', values.port, 0) ?? 0
const rps = whole('rate-limit', values['rate-limit'], 1)
const apiKey = values['api-key']
if (apiKey !== undefined && !apiKey.trim()) usageError('--api-key must not be empty')
const webhookSecret = values['webhook-secret'] ?? process.env.LOOPS_WEBHOOK_SECRET
const options = {
  port,
  ...(rps ? { rateLimit: { requestsPerSecond: rps } } : {}),
  ...(apiKey ? { apiKey } : {}),
  ...(webhookSecret ? { webhookSecret } : {}),
}

const deliverTo = values.deliver
if (deliverTo) {
  if (vendor !== 'loops') usageError('--deliver sends Loops webhooks only')
  const loops = await startLoopsStandIn(options)
  const event = values.event ?? 'email.hardBounced'
  try {
    const answer = await loops.deliverWebhook(deliverTo, event, undefined, values.id ? { id: values.id } : {})
    console.log(`POST ${deliverTo} ${event} (webhook-id ${answer.id}) → ${answer.status} ${JSON.stringify(answer.body)}`)
    if (!webhookSecret) console.log('(signed with a fresh secret: pass --webhook-secret or set LOOPS_WEBHOOK_SECRET to match the route)')
    process.exitCode = answer.status >= 200 && answer.status < 300 ? 0 : 1
  } catch (err) {
    console.error(`stand-in: could not reach ${deliverTo}: ${(err as Error).message}`)
    process.exitCode = 1
  } finally {
    await loops.close()
  }
  process.exit()
}

if (values.id && !deliverTo) usageError('--id goes with --deliver')
if (values.templates && vendor !== 'loops') usageError('--templates is for the Loops stand-in')
const templates = values.templates ? await readTemplatesOption(values.templates) : []
if (typeof templates === 'string') usageError(templates)
/**
 * The template ids the helpers will send and the outbox maps back to names: the env's when set, else the
 * --templates entry of the same name, else one per template.
 */
const templateIds: Record<string, string> = Object.fromEntries(
  Object.entries(loopsTemplates).map(([name, { envVar }]) => [
    name,
    process.env[envVar]?.trim() || templates.find((t) => t.name === name)?.id || `tpl_${name}`,
  ]),
)
/** A port in use or an address this machine lacks is one line (a ConfigError), not a crash dump. */
async function startOrExit<T>(start: () => Promise<T>): Promise<T> {
  try {
    return await start()
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    console.error(`stand-in: ${err.message}`)
    process.exit(1)
  }
}
const env: Record<string, string> = {}
let standIn: Awaited<ReturnType<typeof startLoopsStandIn>> | Awaited<ReturnType<typeof startStripeStandIn>>
if (vendor === 'loops') {
  const teamName = values.templates ? `Stand-in team, templates from ${values.templates}` : undefined
  const loops = await startOrExit(() => startLoopsStandIn({ ...options, templateIds, templates, ...(teamName ? { teamName } : {}) }))
  standIn = loops
  env.LOOPS_BASE_URL = loops.url
  env.LOOPS_API_KEY = loops.apiKey
  for (const [name, { envVar }] of Object.entries(loopsTemplates)) env[envVar] = templateIds[name]!
  env.LOOPS_WEBHOOK_SECRET = `${loops.webhookSecret}   # for the app's webhook route and for --deliver`
} else {
  standIn = await startOrExit(() => startStripeStandIn(options))
  env.STRIPE_BASE_URL = standIn.url
  env.STRIPE_SECRET_KEY = standIn.apiKey
}

const known = vendor === 'loops' ? `${knownIdsText(templates, templateIds)}\n\n` : ''
console.log(`${vendor} stand-in listening on ${standIn.url}${rps ? ` (rate limit ${rps}/s)` : ''}

${Object.entries(env)
  .map(([name, value]) => `  export ${name}=${value}`)
  .join('\n')}

${known}Every request is validated against specs/${vendor}.openapi.json and logged here. Ctrl-C to stop.`)
let seen = 0
const timer = setInterval(() => {
  for (const r of standIn.requests.slice(seen)) console.log(requestLine(r, templates, vendor === 'loops' ? templateIds : {}))
  seen = standIn.requests.length
}, 200)
const stop = async () => {
  clearInterval(timer)
  await standIn.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
