import { Queue } from 'bullmq'
import { type AnyIntegrationError, IntegrationError } from '../core/errors.ts'
import { captureTraceContext } from '../core/observability/telemetry.ts'
import { defaultLogger, type Logger } from '../core/observability/logger.ts'
import type { LoopsClient } from '../loops/client.ts'
import type { SendOptions } from '../loops/emails.ts'
import type { PublishedTemplateName, TemplateSend } from '../loops/published-templates.ts'
import type { BasicEmailData, InvitationEmailData, SignupEventData, WelcomeEmailData } from '../loops/templates.ts'
import { createInProcessOutbox } from './in-process.ts'
import {
  checkIdempotencyKey,
  DEFAULT_ATTEMPTS,
  jobIdFor,
  OUTBOX_HELPERS,
  OUTBOX_QUEUE,
  type OutboxHelper,
  type OutboxJob,
  type OutboxJobData,
  TEMPLATE_JOB,
  templateJobInput,
  validateInput,
} from './jobs.ts'
import { DEFAULT_REDIS_TIMEOUT_MS, describeRedis, fastFailConnection, unreachable, whenReady } from './redis.ts'

export interface OutboxOptions {
  /** Where jobs are stored. @default process.env.REDIS_URL; none → in-process delivery, not durable (logged once) */
  redisUrl?: string | undefined
  /** How long an enqueue waits for an unreachable Redis before answering `{ ok: false }` (retryable). @default 2000 */
  redisTimeoutMs?: number
  /** Attempts per job before it lands in the failed set. @default 12 (about 15 min of backoff) */
  attempts?: number
  /** Without Redis only: the client that delivers in-process. @default the shared `loops` client */
  client?: LoopsClient
  logger?: Logger
}

/** The send is stored (or, without Redis, handed to this process's delivery loop); a worker delivers it. */
export interface Queued {
  queued: true
  /** The job id: the idempotency key (escaped only if BullMQ cannot take it as is). */
  id: string
  /** Every delivery attempt sends this key, so Loops emails once even if a worker dies mid-send. */
  idempotencyKey: string
}
export type EnqueueResult = { ok: true } & Queued
/**
 * A failure names the key too: `ok: false` with a retryable error (Redis slow or gone) may still have
 * stored the job, so retry with `result.idempotencyKey` and the queue keeps it one job.
 */
export type OutboxResult = EnqueueResult | { ok: false; error: AnyIntegrationError; idempotencyKey?: string }
export type OutboxSendOptions = Pick<SendOptions, 'idempotencyKey'>

export interface Outbox {
  sendInvitationEmail(data: InvitationEmailData & { email: string }, options?: OutboxSendOptions): Promise<OutboxResult>
  sendWelcomeEmail(data: WelcomeEmailData & { email: string }, options?: OutboxSendOptions): Promise<OutboxResult>
  sendBasicEmail(data: BasicEmailData & { email: string }, options?: OutboxSendOptions): Promise<OutboxResult>
  sendSignupEvent(data: SignupEventData, options?: OutboxSendOptions): Promise<OutboxResult>
  /** `sendTemplate` queued: checked now (published name, exactly its variables), sent by a worker with its env's template id. */
  sendTemplate<N extends PublishedTemplateName>(name: N, data: TemplateSend<N>, options?: OutboxSendOptions): Promise<OutboxResult>
  /** `redis` (durable) or `in-process` (lost if the process dies). */
  readonly mode: 'redis' | 'in-process'
  close(): Promise<void>
}

/** Job options every enqueue uses; a completed job is kept as long as Loops remembers its key (24 h). */
export const jobOptions = (attempts: number) => ({
  attempts,
  backoff: { type: 'outbox' },
  removeOnComplete: { age: 24 * 60 * 60 },
  removeOnFail: false as const,
})

let warnedInProcess = false

/**
 * The producer side of the outbox: validates like the helpers do (bad data → `{ ok: false }`, nothing
 * queued), then stores the send in Redis and returns at once. Workers (`startOutboxWorker`, `npm run
 * worker`) deliver within the shared rate limit. Its sends never throw (they return `{ ok: false }`);
 * creating it throws a ConfigError only for a REDIS_URL that is not a redis:// URL (never quoted).
 *
 * @example
 * const outbox = createOutbox()   // REDIS_URL
 * const r = await outbox.sendInvitationEmail(data, { idempotencyKey: invite.id })
 * if (!r.ok) return r.error.retryable ? retryLater() : fail(r.error.message)
 */
export function createOutbox(options: OutboxOptions = {}): Outbox {
  const logger = (options.logger ?? defaultLogger()).child({ component: 'outbox' })
  const url = options.redisUrl ?? process.env.REDIS_URL
  if (!url) {
    if (!warnedInProcess)
      logger.warn({}, 'REDIS_URL not set: the outbox delivers in-process and is not durable (queued sends die with the process)')
    warnedInProcess = true
    return createInProcessOutbox({ ...options, logger })
  }
  const timeoutMs = options.redisTimeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS
  const redis = fastFailConnection(url, logger, timeoutMs)
  const queue = new Queue<OutboxJobData>(OUTBOX_QUEUE, { connection: redis })
  queue.on('error', () => {}) // connection errors are logged once per outage by fastFailConnection
  const opts = jobOptions(options.attempts ?? DEFAULT_ATTEMPTS)

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
      const traceContext = captureTraceContext()
      for (const _ in traceContext) {
        data.traceContext = traceContext
        break
      }
      // An existing job with this id is kept as is (the same key enqueued twice is one job), unless it
      // sits in the failed set: then this send replaces it, or a corrected re-send would vanish there.
      // One ZSCORE on the failed set, in the same round trip as the add (one connection keeps them in order).
      const add = () =>
        Promise.all([redis.zscore(queue.keys.failed!, id), queue.add(helper, data, { ...opts, jobId: id })]).then(([failed]) =>
          failed !== null ? queue.remove(id).then(() => queue.add(helper, data, { ...opts, jobId: id })) : undefined,
        )
      return (
        redis.status === 'ready' ? add() : whenReady(redis, url, timeoutMs, { service: 'redis', operation: `outbox.${helper}` }).then(add)
      ).then(
        (): OutboxResult => ({ ok: true, queued: true, id, idempotencyKey }),
        (err: unknown): OutboxResult => ({ ok: false, error: enqueueError(err, helper), idempotencyKey }),
      )
    }

  /** Redis trouble (not reachable, connection lost mid-command) is a retryable NetworkError; anything else, as settle() says it. */
  function enqueueError(err: unknown, helper: OutboxJob): AnyIntegrationError {
    if (err instanceof IntegrationError) return err as AnyIntegrationError
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
