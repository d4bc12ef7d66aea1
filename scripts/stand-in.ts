/**
 * npm run stand-in [-- loops|stripe] [--port N] [--rate-limit N] [--api-key K] [--help]
 * Starts a local vendor stand-in on 127.0.0.1 and prints every env var a client and the helpers need,
 * ready to paste into another shell. Runs until Ctrl-C.
 */
import { parseArgs } from 'node:util'
import { loopsTemplates } from '../src/loops/templates.js'
import { startLoopsStandIn, startStripeStandIn } from '../src/testing/index.js'

const USAGE = `usage: npm run stand-in [-- loops|stripe] [options]

Starts a local, spec-validating stand-in for the vendor on 127.0.0.1 and prints the env vars to
point the package (client and helpers) at it. Every request is validated against specs/<vendor>.openapi.json
and logged here. Ctrl-C to stop.

  loops | stripe       which vendor (default: loops)
  --port N             port to listen on (default: a free one)
  --rate-limit N       answer 429 + Retry-After above N requests/s (default: no limit)
  --api-key K          the only key the stand-in accepts (default: a random test_… key, printed)
  -h, --help           print this and exit
`

function fail(message: string): never {
  console.error(`stand-in: ${message}\n\n${USAGE}`)
  process.exit(2)
}

let parsed: ReturnType<typeof parse>
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      'rate-limit': { type: 'string' },
      'api-key': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}
try {
  parsed = parse()
} catch (error) {
  fail((error as Error).message)
}
const { values, positionals } = parsed
if (values.help) {
  console.log(USAGE)
  process.exit(0)
}

const vendor = positionals[0] ?? 'loops'
if (vendor !== 'loops' && vendor !== 'stripe') fail(`unknown vendor "${vendor}" (loops or stripe)`)
if (positionals.length > 1) fail(`one vendor at a time, got ${positionals.join(', ')}`)
const whole = (name: string, raw: string | undefined, min: number) => {
  if (raw === undefined) return undefined
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min) fail(`--${name} must be a whole number ≥ ${min}, got "${raw}"`)
  return n
}
const port = whole('port', values.port, 0) ?? 0
const rps = whole('rate-limit', values['rate-limit'], 1)
if (values['api-key'] !== undefined && !values['api-key'].trim()) fail('--api-key must not be empty')

const options = {
  port,
  ...(rps ? { rateLimit: { requestsPerSecond: rps } } : {}),
  ...(values['api-key'] ? { apiKey: values['api-key'] } : {}),
}

/** Template ids the stand-in's outbox maps to names: the env's when set, else one per template. */
const templateIds = Object.fromEntries(
  Object.entries(loopsTemplates).map(([name, { envVar }]) => [name, process.env[envVar]?.trim() || `tpl_${name}`]),
)
const standIn = vendor === 'loops' ? await startLoopsStandIn({ ...options, templateIds }) : await startStripeStandIn(options)

const env =
  vendor === 'loops'
    ? {
        LOOPS_BASE_URL: standIn.url,
        LOOPS_API_KEY: standIn.apiKey,
        ...Object.fromEntries(Object.entries(loopsTemplates).map(([name, { envVar }]) => [envVar, templateIds[name]!])),
      }
    : { STRIPE_BASE_URL: standIn.url, STRIPE_SECRET_KEY: standIn.apiKey }

console.log(`${vendor} stand-in listening on ${standIn.url}${rps ? ` (rate limit ${rps}/s)` : ''}

${Object.entries(env)
  .map(([name, value]) => `  export ${name}=${value}`)
  .join('\n')}

Every request is validated against specs/${vendor}.openapi.json and logged here. Ctrl-C to stop.`)

let seen = 0
const timer = setInterval(() => {
  for (const r of standIn.requests.slice(seen))
    console.log(`${r.method} ${r.path} → ${r.outcome}${r.validationErrors.length ? `  ✗ ${r.validationErrors.join('; ')}` : ''}`)
  seen = standIn.requests.length
}, 200)
const stop = async () => {
  clearInterval(timer)
  await standIn.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
