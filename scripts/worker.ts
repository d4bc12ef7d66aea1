/**
 * npm run worker — delivers the outbox's queued sends (REDIS_URL, LOOPS_API_KEY, LOOPS_TEMPLATE_*,
 * optional LOOPS_BASE_URL, OUTBOX_CONCURRENCY). Runs until SIGTERM/SIGINT, then stops taking jobs
 * and finishes the ones in flight (a second signal exits at once; unfinished jobs go back to the
 * queue when their lock expires).
 */
import { startOutboxWorker } from '../src/outbox/index.js'
import { failureLine, parseCommandLine } from './lib/cli.js'

parseCommandLine({
  name: 'worker',
  usage: `npm run worker
  Delivers the outbox's queued Loops sends within the team's shared rate limit; SIGTERM/Ctrl-C
  finishes the jobs in flight, then exits.
  env: REDIS_URL (required), LOOPS_API_KEY, LOOPS_TEMPLATE_INVITATION/_WELCOME/_BASIC,
       LOOPS_BASE_URL (optional), OUTBOX_CONCURRENCY (jobs in flight, default 10), LOG_LEVEL`,
  options: {},
})

const concurrency = process.env.OUTBOX_CONCURRENCY ? Number(process.env.OUTBOX_CONCURRENCY) : undefined
if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency > 0)) {
  console.error(`worker: OUTBOX_CONCURRENCY must be a positive integer, got "${process.env.OUTBOX_CONCURRENCY}"`)
  process.exit(1)
}

let worker: Awaited<ReturnType<typeof startOutboxWorker>>
try {
  worker = await startOutboxWorker(concurrency ? { concurrency } : {})
} catch (err) {
  console.error(failureLine('worker', err, (e) => (e as Error)?.name === 'ConfigError'))
  process.exit(1)
}

console.log(`worker: delivering outbox jobs (concurrency ${concurrency ?? 10}); SIGTERM or Ctrl-C to stop`)

let stopping = false
const stop = async (signal: string) => {
  if (stopping) process.exit(1)
  stopping = true
  console.error(`worker: ${signal}, finishing jobs in flight…`)
  await worker.close()
  process.exit(0)
}
process.on('SIGTERM', () => void stop('SIGTERM'))
process.on('SIGINT', () => void stop('SIGINT'))
