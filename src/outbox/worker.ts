import { DelayedError, type Job, UnrecoverableError, Worker } from 'bullmq'
import { ConfigError } from '../core/errors.ts'
import { defaultLogger, type Logger } from '../core/observability/logger.ts'
import { Redactor } from '../core/observability/redact.ts'
import { processEnv } from '../core/runtime/env.ts'
import { createLoopsClient, type LoopsClient } from '../loops/client.ts'
import { createLoopsEmails, type LoopsEmailsOptions, type SendResult } from '../loops/emails.ts'
import { createTemplateSender } from '../loops/send-template.ts'
import {
  backoffDelayMs,
  type BackoffPolicy,
  DEFAULT_BACKOFF,
  isOutboxJob,
  OUTBOX_QUEUE,
  type OutboxJobData,
  serializeError,
  TEMPLATE_JOB,
} from './jobs.ts'
import { checkWorkerConfig, concurrencyFromEnv, WORKER_REDIS_CHECK_MS } from './preflight.ts'
import { startQueueDepthGauges } from './queue-depth.ts'
import { describeRedis, queuePrefix, redisLocation, workerConnection } from './redis.ts'
import { preflightRedis, recheckOnReconnect } from './redis-settings.ts'
import { createSharedRateLimiter, type SharedRateLimiter } from './shared-rate-limiter.ts'
import { traceDelivery } from './telemetry.ts'

export interface OutboxWorkerOptions {
  /** @default process.env.REDIS_URL (required: without Redis the outbox delivers in the producer's process) */
  redisUrl?: string | undefined
  /**
   * Redis Cluster seed nodes (`['host:port', …]` or `'host:port,host:port'`); credentials and TLS from
   * `redisUrl`/REDIS_URL if set. @default process.env.REDIS_CLUSTER_NODES (unless `redisUrl` is passed)
   */
  redisClusterNodes?: string | readonly string[]
  /**
   * Jobs in flight in this process; the shared rate limit, not this, sets the pace.
   * @default OUTBOX_CONCURRENCY, else 10
   */
  concurrency?: number
  /**
   * The Loops client that delivers. @default `createLoopsClient()` from LOOPS_* env with the shared limiter
   * (`loops`, `requestsPerSecond`). A client you pass keeps its own `rateLimit`: give it a
   * `createSharedRateLimiter(...)` so it draws on the team's one budget.
   */
  client?: LoopsClient
  /** Loops' team limit, shared by every worker and direct caller on this Redis. @default 10 */
  requestsPerSecond?: number
  /** Transactional ids by template, overriding LOOPS_TEMPLATE_*. */
  templates?: LoopsEmailsOptions['templates']
  /** Retry backoff of a job (exponential, jittered, never sooner than Retry-After). */
  backoff?: Partial<BackoffPolicy>
  /**
   * How long a job stays claimed without a heartbeat: after a crash (kill -9) its jobs go back to the
   * queue this long after the worker's last heartbeat. @default 30000
   */
  lockDurationMs?: number
  logger?: Logger
}

/**
 * `running`: connected and taking jobs. `disconnected`: Redis is unreachable (BullMQ keeps reconnecting).
 * `draining`: close() was called, jobs in flight finish, no new one is taken. `closed`: stopped.
 */
export type OutboxWorkerState = 'running' | 'disconnected' | 'draining' | 'closed'

export interface OutboxWorker {
  /**
   * Stops taking jobs and waits for the ones in flight (each ends delivered, or back in the queue to retry).
   * With `timeoutMs`, jobs still in flight then are abandoned (their lock expires and another worker
   * delivers them, with the same idempotency key); resolves `{ drained: false }` in that case.
   */
  close(options?: { timeoutMs?: number }): Promise<{ drained: boolean }>
  /** What a health check reports (see `serveOutboxHealth`). */
  state(): OutboxWorkerState
}

/**
 * Delivers the outbox's jobs. Every attempt sends the job's idempotency key, so a job resent after a
 * crash between Loops' answer and the ack is a 409 "already used" → done, not a second email.
 * Final failures (invalid data, auth, other 4xx) go to the failed set at once with their typed error;
 * retryable ones back off; retries exhausted → failed set (`codebuff-outbox retry`).
 *
 * Before it takes a job it checks what every job needs (Loops key, every template id, Redis answering)
 * and rejects with a ConfigError or NetworkError naming the variable instead of failing each job.
 */
export async function startOutboxWorker(options: OutboxWorkerOptions = {}): Promise<OutboxWorker> {
  const env = processEnv()
  const url = redisLocation(options)
  if (!url)
    throw new ConfigError(
      'startOutboxWorker needs Redis: set REDIS_URL or REDIS_CLUSTER_NODES (or pass redisUrl). ' +
        'Without Redis, createOutbox() delivers in-process.',
      { service: 'outbox', operation: 'config' },
    )
  const concurrency = options.concurrency ?? concurrencyFromEnv(env) ?? 10
  checkWorkerConfig(options, env)
  const logger = (options.logger ?? defaultLogger()).child({ component: 'outbox-worker' })
  // Reachable, credentials accepted, maxmemory-policy noeviction: else a ConfigError/NetworkError before any job is taken.
  await preflightRedis(url, logger, WORKER_REDIS_CHECK_MS)
  let limiter: SharedRateLimiter | undefined
  const client =
    options.client ??
    createLoopsClient({
      logger,
      rateLimit: (limiter = createSharedRateLimiter({
        redisUrl: url,
        name: 'loops',
        requestsPerSecond: options.requestsPerSecond ?? 10,
        logger,
      })),
    })
  const emails = createLoopsEmails({ client, ...(options.templates ? { templates: options.templates } : {}) })
  const sendTemplate = createTemplateSender({ client })
  const backoff = { ...DEFAULT_BACKOFF, ...options.backoff }

  // The first fetch() of a Node process loads undici (~100 ms on a busy host): done now, not after the
  // first job was granted its slot, or that request reaches Loops late and shares a second with later ones.
  await fetch('data:,').catch(() => {})
  const gate: { settings?: ReturnType<typeof recheckOnReconnect> } = {}
  const connection = workerConnection(url)
  const worker = new Worker<OutboxJobData>(OUTBOX_QUEUE, deliverWith(emails, sendTemplate, gate), {
    connection,
    ...queuePrefix(url),
    concurrency,
    lockDuration: options.lockDurationMs ?? 30_000,
    stalledInterval: Math.min(30_000, options.lockDurationMs ?? 30_000),
    settings: { backoffStrategy: (attemptsMade, _type, err) => backoffDelayMs(attemptsMade, err, backoff) },
  })
  const settings = (gate.settings = recheckOnReconnect(worker, url, logger)) // noeviction again after each reconnect
  logWorkerEvents(worker, url, logger)
  await worker.waitUntilReady()
  const backend = (await worker.getBackend().client) as { status?: string }
  const stopGauges = startQueueDepthGauges(url, logger)
  logger.info({ redis: describeRedis(url), concurrency }, 'outbox worker started')

  let closing: Promise<{ drained: boolean }> | undefined
  let closed = false
  return {
    state() {
      if (closed) return 'closed'
      if (closing) return 'draining'
      return backend.status === 'ready' && worker.isRunning() ? 'running' : 'disconnected'
    },
    close(closeOptions = {}) {
      settings.stop()
      closing ??= drain(worker, closeOptions.timeoutMs).then(async (result) => {
        await stopGauges()
        if ('disconnect' in connection) connection.disconnect() // a cluster connection we made; BullMQ closes only its own
        await limiter?.close()
        closed = true
        return result
      })
      return closing
    },
  }
}

type Emails = ReturnType<typeof createLoopsEmails>

type SendTemplate = ReturnType<typeof createTemplateSender>
type Send = (input: object, o: { idempotencyKey: string }) => Promise<SendResult>

function deliverWith(emails: Emails, sendTemplate: SendTemplate, gate: { settings?: ReturnType<typeof recheckOnReconnect> }) {
  return async function deliver(job: Job<OutboxJobData>, token?: string) {
    if (gate.settings?.refused() && token) {
      // Taken by the fetch that was blocking as the worker paused for Redis settings: back to the queue, not sent.
      await job.moveToDelayed(Date.now() + 5_000, token)
      throw new DelayedError()
    }
    if (!isOutboxJob(job.name)) throw new UnrecoverableError(`unknown outbox job "${job.name}": was it queued by a newer version?`)
    const send: Send =
      job.name === TEMPLATE_JOB
        ? (input, o) => sendTemplate((input as { template: never }).template, input as never, o)
        : (emails[job.name] as Send)
    // A CONSUMER span linked to the enqueue's PRODUCER span parents this attempt's call spans.
    const result = await traceDelivery(job, () => send(job.data.input, { idempotencyKey: job.data.idempotencyKey }))
    if (result.ok) return { duplicate: result.duplicate ?? false, attempts: result.call.attempts }
    const { error } = result
    await job.updateData({ ...job.data, lastError: serializeError(error) }).catch(() => {})
    if (!error.retryable) throw new UnrecoverableError(error.message)
    throw error
  }
}

/** Graceful close; after `timeoutMs` the jobs still in flight are left to expire their locks (force close). */
async function drain(worker: Worker, timeoutMs: number | undefined): Promise<{ drained: boolean }> {
  const graceful = worker.close().then(() => true)
  if (timeoutMs === undefined) return { drained: await graceful }
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)))
  const drained = await Promise.race([graceful, late])
  clearTimeout(timer)
  // Not awaited: BullMQ hands a second close() the graceful one already under way, which waits for the very
  // jobs that ran out of time. They are left to their locks: once this process is gone, another worker
  // redelivers them with the same idempotency key.
  if (!drained) void worker.close(true).catch(() => {})
  return { drained }
}

function logWorkerEvents(worker: Worker<OutboxJobData>, url: string, logger: Logger) {
  // Without a listener an 'error' event would crash the process; BullMQ reconnects by itself.
  let lastErrorLog = 0
  worker.on('error', (err) => {
    if (Date.now() - lastErrorLog < 5_000) return
    lastErrorLog = Date.now()
    logger.warn({ redis: describeRedis(url), reason: err.message }, 'outbox worker: Redis trouble, reconnecting')
  })
  const redactor = new Redactor()
  worker.on('failed', (job, err) => {
    const final = !job || err instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1)
    // The vendor's words can name the recipient: masked here as the transport masks its own lines.
    const type = job?.data?.lastError?.name ?? err.name
    const log = { job: job?.id, helper: job?.name, attempt: job?.attemptsMade, error: { type, message: redactor.scrub(err.message) } }
    if (final) logger.error(log, 'outbox job failed: in the failed set (codebuff-outbox failed)')
    else logger.warn(log, 'outbox job will be retried')
  })
}
