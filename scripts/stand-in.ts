/**
 * npm run stand-in [-- loops|stripe] [--port N] [--rate-limit N] [--api-key K]
 * Starts a local vendor stand-in on 127.0.0.1 from the command line and prints how to point a client
 * at it. Runs until Ctrl-C.
 *
 * npm run stand-in -- loops --deliver <url> [--event email.hardBounced] [--webhook-secret whsec_…]
 * POSTs one signed Loops webhook (the spec's example payload) to a local route, prints the answer and
 * exits (1 unless 2xx). The secret defaults to LOOPS_WEBHOOK_SECRET, so the same .env as the app works.
 */
import { startLoopsStandIn, startStripeStandIn } from '../src/testing/index.js'

const args = process.argv.slice(2)
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const vendor = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'loops'
const port = Number(flag('port') ?? 0)
const rps = flag('rate-limit')
const apiKey = flag('api-key')
const webhookSecret = flag('webhook-secret') ?? process.env.LOOPS_WEBHOOK_SECRET
const options = {
  port,
  ...(rps ? { rateLimit: { requestsPerSecond: Number(rps) } } : {}),
  ...(apiKey ? { apiKey } : {}),
  ...(webhookSecret ? { webhookSecret } : {}),
}

if (vendor !== 'loops' && vendor !== 'stripe') {
  console.error(`stand-in: unknown vendor "${vendor}" (loops or stripe)`)
  process.exit(2)
}
const deliverTo = flag('deliver')
if (deliverTo) {
  if (vendor !== 'loops') {
    console.error('stand-in: --deliver sends Loops webhooks only')
    process.exit(2)
  }
  const loops = await startLoopsStandIn(options)
  const event = flag('event') ?? 'email.hardBounced'
  try {
    const answer = await loops.deliverWebhook(deliverTo, event)
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
const standIn = vendor === 'loops' ? await startLoopsStandIn(options) : await startStripeStandIn(options)
const ENV = vendor.toUpperCase()
console.log(`${vendor} stand-in listening on ${standIn.url}${rps ? ` (rate limit ${rps}/s)` : ''}

  export ${ENV}_BASE_URL=${standIn.url}
  export ${ENV === 'LOOPS' ? 'LOOPS_API_KEY' : 'STRIPE_SECRET_KEY'}=${standIn.apiKey}${
    'webhookSecret' in standIn ? `\n  export LOOPS_WEBHOOK_SECRET=${standIn.webhookSecret}   # for the app's route and for --deliver` : ''
  }

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
