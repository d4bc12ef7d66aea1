import { processEnv } from '../../core/runtime/env.ts'
import { type OutboxHealthServer, serveOutboxHealth } from '../health.ts'
import { concurrencyFromEnv } from '../preflight.ts'
import { type OutboxWorker, startOutboxWorker } from '../worker.ts'
import { failureLine, integerFlag, parseCli } from './args.ts'

/** How long jobs in flight may take after SIGTERM. Below Kubernetes' 30 s grace period. @default 25000 */
export const DEFAULT_DRAIN_TIMEOUT_MS = 25_000

export const workerUsage = `codebuff-outbox worker [options]
  Delivers the outbox's queued Loops sends within the team's shared rate limit. SIGTERM or SIGINT (or the
  exit of its parent, e.g. npm) drains: no new job is taken, the ones in flight finish, exit 0.
  It refuses to start (exit 1, naming the variable) without LOOPS_API_KEY, a LOOPS_TEMPLATE_* or Redis.

  --redis-url URL             default: REDIS_URL
  --concurrency N             jobs in flight; default: OUTBOX_CONCURRENCY, else 10
  --requests-per-second N     Loops' team limit, shared by every worker through Redis; default 10
  --health-port N             serve GET /healthz: 200 running, 503 draining or disconnected
  --health-host HOST          default 0.0.0.0
  --drain-timeout MS          default: OUTBOX_DRAIN_TIMEOUT_MS, else ${DEFAULT_DRAIN_TIMEOUT_MS}; jobs still in flight
                              then are redelivered by another worker (same idempotency key)
  env: REDIS_URL or REDIS_CLUSTER_NODES, LOOPS_API_KEY, LOOPS_TEMPLATE_INVITATION/_WELCOME/_BASIC, LOOPS_BASE_URL,
       OUTBOX_CONCURRENCY, LOG_LEVEL`

const options = {
  'redis-url': { type: 'string' },
  concurrency: { type: 'string' },
  'requests-per-second': { type: 'string' },
  'health-port': { type: 'string' },
  'health-host': { type: 'string' },
  'drain-timeout': { type: 'string' },
} as const

/** `codebuff-outbox worker`: runs until a signal or its parent's exit, then drains. Resolves the exit code. */
export async function workerCommand(argv: string[]): Promise<number> {
  const parsed = parseCli('worker', workerUsage, options, argv)
  if (parsed.kind === 'exit') return parsed.code
  const { values } = parsed
  let worker: OutboxWorker | undefined
  let health: OutboxHealthServer | undefined
  let drainTimeoutMs: number
  let concurrency: number
  try {
    const env = processEnv()
    drainTimeoutMs =
      integerFlag('drain-timeout', values['drain-timeout'] ?? env.OUTBOX_DRAIN_TIMEOUT_MS, { zero: true }) ?? DEFAULT_DRAIN_TIMEOUT_MS
    concurrency = integerFlag('concurrency', values.concurrency) ?? concurrencyFromEnv(env) ?? 10
    const requestsPerSecond = integerFlag('requests-per-second', values['requests-per-second'])
    const healthPort = integerFlag('health-port', values['health-port'], { zero: true })
    worker = await startOutboxWorker({
      concurrency,
      ...(values['redis-url'] ? { redisUrl: values['redis-url'] } : {}),
      ...(requestsPerSecond ? { requestsPerSecond } : {}),
    })
    if (healthPort !== undefined)
      health = await serveOutboxHealth(worker, { port: healthPort, ...(values['health-host'] ? { host: values['health-host'] } : {}) })
  } catch (err) {
    console.error(failureLine('worker', err))
    await worker?.close({ timeoutMs: 0 })
    return 1
  }
  const where = health ? `; health on :${health.port}/healthz` : ''
  console.log(`worker: delivering outbox jobs (pid ${process.pid}, concurrency ${concurrency}${where}); SIGTERM or Ctrl-C to stop`)

  const reason = await stopRequested()
  console.error(`worker: ${reason}, finishing jobs in flight (up to ${drainTimeoutMs} ms)…`)
  const { drained } = await worker.close({ timeoutMs: drainTimeoutMs })
  await health?.close()
  if (drained) console.error('worker: drained, exiting')
  else console.error(`worker: jobs still in flight after ${drainTimeoutMs} ms: left for another worker once their lock expires`)
  return drained ? 0 : 1
}

/**
 * Resolves on the first SIGTERM/SIGINT, or when npm started it and it is orphaned: `npm run worker` relays SIGTERM to
 * its shell and exits, and the shell exits without passing it on, so the worker's parent changes (to PID 1 or
 * a subreaper). A second signal exits at once.
 */
function stopRequested(): Promise<string> {
  return new Promise((resolve) => {
    const parent = process.ppid
    // Only under npm (`npm run`, `npm exec`/npx): a worker started with `nohup … &` outlives its shell by design.
    const underNpm = process.env.npm_lifecycle_event !== undefined || process.env.npm_command !== undefined
    const watch = setInterval(() => {
      if (underNpm && process.ppid !== parent) stop(`parent process ${parent} (npm) exited`)
    }, 250).unref()
    let stopping = false
    function stop(reason: string) {
      if (stopping) {
        console.error(`worker: ${reason} again, exiting now (jobs in flight go back to the queue when their lock expires)`)
        process.exit(1)
      }
      stopping = true
      clearInterval(watch)
      resolve(reason)
    }
    process.on('SIGTERM', () => stop('SIGTERM'))
    process.on('SIGINT', () => stop('SIGINT'))
  })
}
