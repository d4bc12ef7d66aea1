import { type JobsOptions, Queue } from 'bullmq'
import type { Logger } from '../core/observability/logger.ts'
import { replaceFailedOnAdd } from './failed-replace.ts'
import { OUTBOX_QUEUE, type OutboxJob, type OutboxJobData } from './jobs.ts'
import { queuePrefix, type RedisClient } from './redis.ts'

/**
 * The producer's Queue: adds skip `Queue.add`'s tracing wrapper (two async layers per enqueue, for
 * BullMQ's own telemetry option, which the outbox never sets: it traces enqueues itself, telemetry.ts).
 * `addJob` is BullMQ's documented hook for subclasses with their own telemetry.
 */
class ProducerQueue extends Queue<OutboxJobData> {
  addUntraced(name: OutboxJob, data: OutboxJobData, options: JobsOptions) {
    return this.addJob(name, data, options)
  }
}

export interface Producer {
  queue: Queue<OutboxJobData>
  /**
   * Adds the job `id` unless a job of that id exists (the same key enqueued twice is one job), except
   * one in the failed set: this add replaces it, or a corrected re-send would vanish there.
   */
  add(helper: OutboxJob, data: OutboxJobData, id: string): Promise<unknown>
}

/**
 * The outbox's queue on `redis`, and its add: one Redis command, like a bare `queue.add`, when BullMQ's
 * add script replaces a failed job itself (failed-replace.ts); else a ZSCORE on the failed set in the
 * same round trip as the add, and a remove and re-add when it was there.
 */
export function openProducer(redis: RedisClient, url: string, opts: JobsOptions, logger: Logger): Producer {
  const replacement = replaceFailedOnAdd(redis, logger)
  const queue = new ProducerQueue(OUTBOX_QUEUE, { connection: replacement.connection, ...queuePrefix(url) })
  const addCheckingFailed = (helper: OutboxJob, data: OutboxJobData, jobOptions: JobsOptions, id: string) =>
    Promise.all([redis.zscore(queue.keys.failed!, id), queue.add(helper, data, jobOptions)]).then(([failed]) =>
      failed !== null ? queue.remove(id).then(() => queue.add(helper, data, jobOptions)) : undefined,
    )
  const add = (helper: OutboxJob, data: OutboxJobData, id: string): Promise<unknown> => {
    const mode = replacement.mode()
    if (mode === 'script') return queue.addUntraced(helper, data, { ...opts, jobId: id })
    if (mode === undefined)
      return queue.waitUntilReady().then(() => {
        replacement.settle() // BullMQ has registered its scripts by now
        return add(helper, data, id)
      })
    return addCheckingFailed(helper, data, { ...opts, jobId: id }, id)
  }
  return { queue, add }
}
