import { Queue } from 'bullmq'
import type { Logger } from '../core/observability/logger.ts'
import { otelGlobal } from '../core/observability/otel-global.ts'
import { OUTBOX_QUEUE } from './jobs.ts'
import { fastFailConnection, queuePrefix } from './redis.ts'
import { observeQueueDepth } from './telemetry.ts'

/**
 * The worker's queue-depth gauges (`codebuff.outbox.jobs` by state), read over a fast-fail connection
 * of their own when the SDK collects, so a slow Redis costs a reading, never a job. Nothing (no
 * connection) when no meter provider is registered. Returns what closes it.
 */
export function startQueueDepthGauges(url: string, logger: Logger): () => Promise<void> {
  if (!otelGlobal()?.metrics) return async () => {}
  const redis = fastFailConnection(url, logger)
  const queue = new Queue(OUTBOX_QUEUE, { connection: redis, ...queuePrefix(url) })
  queue.on('error', () => {}) // logged once per outage by fastFailConnection
  const stop = observeQueueDepth(async () => {
    const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed')
    return { waiting: (c.waiting ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0, delayed: c.delayed ?? 0, failed: c.failed ?? 0 }
  })
  return async () => {
    stop?.()
    await queue.close().catch(() => {})
    redis.disconnect()
  }
}
