import { ConfigError, type AnyIntegrationError, IntegrationError } from '../core/errors.ts'
import { defaultLogger, type Logger } from '../core/observability/logger.ts'
import type { LoopsClient } from '../loops/client.ts'
import { createInProcessOutbox } from './in-process.ts'
import {
  checkIdempotencyKey,
  DEFAULT_ATTEMPTS,
  jobIdFor,
  OUTBOX_HELPERS,
  type OutboxHelper,
  type OutboxJob,
  type OutboxJobData,
  TEMPLATE_JOB,
  templateJobInput,
  validateInput,
} from './jobs.ts'
import {
  authFailure,
  DEFAULT_REDIS_TIMEOUT_MS,
  describeRedis,
  fastFailConnection,
  isAuthFailure,
  redisLocation,
  unreachable,
  whenReady,
} from './redis.ts'
import { openProducer } from './producer-queue.ts'
import { watchSettings } from './redis-settings.ts'
import { startEnqueueSpan } from './telemetry.ts'
import type { Outbox, OutboxResult, OutboxSendOptions } from './types.ts'

export type { EnqueueResult, Outbox, OutboxResult, OutboxSendOptions, Queued } from './types.ts'

export interface OutboxOptions {
  /** Where jobs are stored. @default process.env.REDIS_URL; none → in-process delivery, not durable (logged once) */
  redisUrl?: string | undefined
  /**
   * Redis Cluster seed nodes (`['host:port', …]` or `'host:port,host:port'`); credentials and TLS from
   * `redisUrl`/REDIS_URL if set. @default process.env.REDIS_CLUSTER_NODES (unless `redisUrl` is passed)
   */
  redisClusterNodes?: string | readonly string[]
  /** How long an enqueue waits for an unreachable Redis before answering `{ ok: false }` (retryable). @default 2000 */
  redisTimeoutMs?: number
  /** Attempts per job before it lands in the failed set. @default 12 (about 15 min of backoff) */
  attempts?: number
  /**
   * Deliver in this process, without Redis (not durable: queued sends die with the process). Required
   * to run without Redis when `NODE_ENV=production`, where a forgotten `REDIS_URL` is a ConfigError
   * rather than a silent loss of durability. @default false (in development, no REDIS_URL ⇒ in-process, logged once)
   */
  inProcess?: boolean
  /** Without Redis only: the client that delivers in-process. @default the shared `loops` client */
  client?: LoopsClient
  logger?: Logger
}

/** Job options every enqueue uses; a completed job is kept as long as Loops remembers its key (24 h). */
export const jobOptions = (attempts: number) => ({
  attempts,
  backoff: { type: 'outbox' },
  removeOnComplete: { age: 24 * 60 * 60 },
  removeOnFail: false as const,
})

let warnedInProcess = false

/** No Redis: in-process delivery, refused in production unless asked for (`inProcess: true`). */
function inProcessOutbox(options: OutboxOptions, logger: Logger): Outbox {
  if (!options.inProcess && process.env.NODE_ENV === 'production')
    throw new ConfigError(
      'createOutbox: REDIS_URL is not set and NODE_ENV is production. Set REDIS_URL (or pass redisUrl) for a durable outbox, ' +
        'or pass { inProcess: true } to deliver in this process, knowing that queued sends die with it.',
      { service: 'outbox', operation: 'config' },
    )
  if (!options.inProcess && !warnedInProcess)
    logger.warn({}, 'REDIS_URL not set: the outbox delivers in-process and is not durable (queued sends die with the process)')
  warnedInProcess = true
  return createInProcessOutbox({ ...options, logger })
}

/**
 * The producer side of the outbox: validates like the helpers do (bad data → `{ ok: false }`, nothing
 * queued), then stores the send in Redis and returns at once. Workers (`startOutboxWorker`, `npm run
 * worker`) deliver within the shared rate limit. Its sends never throw (they return `{ ok: false }`);
 * creating it throws a ConfigError only for a REDIS_URL that is not a redis:// URL (never quoted), or
 * for no REDIS_URL at all under `NODE_ENV=production` without `{ inProcess: true }`.
 *
 * @example
 * const outbox = createOutbox()   // REDIS_URL
 * const r = await outbox.sendInvitationEmail(data, { idempotencyKey: invite.id })
 * if (!r.ok) return r.error.retryable ? retryLater() : fail(r.error.message)
 */
export function createOutbox(options: OutboxOptions = {}): Outbox {
  const logger = (options.logger ?? defaultLogger()).child({ component: 'outbox' })
  const url = options.inProcess ? undefined : redisLocation(options)
  if (!url) return inProcessOutbox(options, logger)
  const timeoutMs = options.redisTimeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS
  const redis = fastFailConnection(url, logger, timeoutMs)
  const settings = watchSettings(redis, describeRedis(url), logger)
  const { queue, add: addJob } = openProducer(redis, url, jobOptions(options.attempts ?? DEFAULT_ATTEMPTS), logger)
  queue.on('error', () => {}) // connection errors are logged once per outage by fastFailConnection

  const enqueue =
    (helper: OutboxJob) =>
    (input: object, sendOptions: OutboxSendOptions = {}): Promise<OutboxResult> => {
      // Plain promise chains, not async/await layers: this path is priced against a bare queue.add (bench).
      const invalid = validateInput(helper, input)
      if (invalid) return Promise.resolve({ ok: false, error: invalid })
      const idempotencyKey = sendOptions.idempotencyKey ?? crypto.randomUUID()
      const badKey = checkIdempotencyKey(helper, idempotencyKey)
      if (badKey) return Promise.resolve({ ok: false, error: badKey })
      const id = jobIdFor(idempotencyKey)
      const data: OutboxJobData = { idempotencyKey, input: input as Record<string, unknown> }
      const span = startEnqueueSpan(helper, input) // undefined unless OpenTelemetry is registered
      if (span) for (const _ in span.traceContext) data.traceContext = span.traceContext
      // One Redis command; a job of this id in the failed set is replaced, any other kept (producer-queue.ts).
      const add = () => addJob(helper, data, id)
      // Connected and its settings checked (the usual case): straight to the add, no extra await.
      return (
        redis.status === 'ready' && !settings.check()
          ? add()
          : whenReady(redis, url, timeoutMs, { service: 'redis', operation: `outbox.${helper}` })
              .then(() => settings.check())
              .then(add)
      ).then(
        (): OutboxResult => {
          span?.end({ id })
          return { ok: true, queued: true, id, idempotencyKey }
        },
        (err: unknown): OutboxResult => {
          const error = enqueueError(err, helper)
          span?.end({ error })
          return { ok: false, error, idempotencyKey }
        },
      )
    }

  /** Redis trouble (not reachable, connection lost mid-command) is a retryable NetworkError; anything else, as settle() says it. */
  function enqueueError(err: unknown, helper: OutboxJob): AnyIntegrationError {
    if (err instanceof IntegrationError) return err as AnyIntegrationError
    if (isAuthFailure(err)) return authFailure(url!, err as Error, { service: 'redis', operation: `outbox.${helper}` })
    // Never ioredis's error as the cause: it carries the command, AUTH's password included.
    if ((err as Error)?.name === 'ReplyError')
      return new IntegrationError(`[outbox.${helper}] Redis refused the job: ${(err as Error).message}`, {
        service: 'redis',
        operation: helper,
        cause: new Error((err as Error).message),
      }) as AnyIntegrationError
    return unreachable(url!, timeoutMs, err as Error, { service: 'redis', operation: `outbox.${helper}` })
  }

  logger.debug({ redis: describeRedis(url) }, 'outbox producer')
  return {
    ...(Object.fromEntries(OUTBOX_HELPERS.map((h) => [h, enqueue(h)])) as Pick<Outbox, OutboxHelper>),
    sendTemplate: (name, data, options) => enqueue(TEMPLATE_JOB)(templateJobInput(name, data), options),
    mode: 'redis',
    async close() {
      await queue.close().catch(() => {})
      redis.disconnect()
    },
  }
}
