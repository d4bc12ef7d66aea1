import { Queue } from 'bullmq'
import { defaultLogger, type Logger } from '../core/observability/logger.ts'
import { OUTBOX_QUEUE, type OutboxJobData, type SerializedError } from './jobs.ts'
import { fastFailConnection, queuePrefix, whenReady } from './redis.ts'

export type OutboxCounts = Record<'waiting' | 'active' | 'delayed' | 'completed' | 'failed', number>

export interface FailedJob {
  id: string
  helper: string
  attemptsMade: number
  failedAt?: Date
  /** The typed error of the last attempt (name, message, status, retryable). */
  error?: SerializedError
  reason: string
}

/** What `npm run outbox` does: counts, the failed set, re-driving dead letters. */
export async function openOutboxAdmin(options: { redisUrl: string; logger?: Logger }) {
  const logger = options.logger ?? defaultLogger().child({ component: 'outbox-admin' })
  const redis = fastFailConnection(options.redisUrl, logger)
  await whenReady(redis, options.redisUrl, 2_000, { service: 'redis', operation: 'outbox' })
  const queue = new Queue<OutboxJobData>(OUTBOX_QUEUE, { connection: redis, ...queuePrefix(options.redisUrl) })
  queue.on('error', () => {}) // logged once per outage by fastFailConnection; unheard, BullMQ prints each to stderr
  return {
    async counts(): Promise<OutboxCounts> {
      const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized', 'waiting-children')
      return {
        waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
        active: c.active ?? 0,
        delayed: c.delayed ?? 0,
        completed: c.completed ?? 0,
        failed: c.failed ?? 0,
      }
    },
    async failed(limit = 100): Promise<FailedJob[]> {
      const jobs = await queue.getFailed(0, limit - 1)
      return jobs.map((job) => ({
        id: job.id!,
        helper: job.name,
        attemptsMade: job.attemptsMade,
        ...(job.finishedOn ? { failedAt: new Date(job.finishedOn) } : {}),
        ...(job.data?.lastError ? { error: job.data.lastError } : {}), // a hand-made job may have no data at all
        reason: job.failedReason,
      }))
    },
    /** Moves one failed job back to waiting, with a fresh attempt budget; false if no failed job has this id. */
    async retry(id: string): Promise<boolean> {
      const job = await queue.getJob(id)
      if (!job || !(await job.isFailed())) return false
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true })
      return true
    },
    /**
     * Moves every job that is failed now back to waiting, each with a fresh attempt budget; returns how many.
     * The ids are read once, before the first move: a worker that fails a retried job again while this runs
     * puts it back in the failed set, and re-reading the set would retry it forever (one vendor request each time).
     */
    async retryAll(): Promise<number> {
      const ids = await queue.getRanges(['failed'], 0, -1, true)
      let moved = 0
      for (let i = 0; i < ids.length; i += 100) {
        const jobs = await Promise.all(ids.slice(i, i + 100).map((id) => queue.getJob(id)))
        for (const job of jobs) {
          // Job by job, not queue.retryJobs(): that keeps attemptsMade, so a job that used up its budget would fail at once again.
          // A job retried or removed by someone else since the snapshot is skipped (retry() of a non-failed job throws).
          if (!job || !(await job.isFailed())) continue
          const ok = await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true }).then(
            () => true,
            () => false,
          )
          if (ok) moved++
        }
      }
      return moved
    },
    async close() {
      await queue.close().catch(() => {})
      redis.disconnect()
    },
  }
}
export type OutboxAdmin = Awaited<ReturnType<typeof openOutboxAdmin>>
