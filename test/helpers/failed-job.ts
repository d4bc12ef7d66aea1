import { Queue, UnrecoverableError, Worker } from 'bullmq'
import { OUTBOX_QUEUE, type OutboxJobData } from '../../src/outbox/jobs.js'
import { queuePrefix, workerConnection } from '../../src/outbox/redis.js'
import { until } from './processes.js'

/** The outbox's queue as BullMQ sees it (single server or cluster), to read job states in tests. */
export function outboxQueue(url: string): { queue: Queue<OutboxJobData>; close(): Promise<void> } {
  const connection = workerConnection(url)
  const queue = new Queue<OutboxJobData>(OUTBOX_QUEUE, { connection, ...queuePrefix(url) })
  return {
    queue,
    async close() {
      await queue.close()
      if ('disconnect' in connection) connection.disconnect() // a cluster handed in is not closed by BullMQ
    },
  }
}

/**
 * Puts a job of this id in the outbox's failed set the way a final failure does (a worker whose
 * processor throws UnrecoverableError), without the Loops worker or its env.
 */
export async function parkInFailedSet(url: string, id: string, data: OutboxJobData): Promise<void> {
  const { queue, close } = outboxQueue(url)
  const connection = workerConnection(url)
  await queue.add('sendInvitationEmail', data, { jobId: id, attempts: 3, removeOnFail: false })
  const worker = new Worker(
    OUTBOX_QUEUE,
    async () => {
      throw new UnrecoverableError('422 from Loops (test)')
    },
    { connection, ...queuePrefix(url) },
  )
  try {
    await until(
      async () => (await queue.getJobState(id)) === 'failed',
      10_000,
      () => `${id} did not reach the failed set`,
    )
  } finally {
    await worker.close()
    if ('disconnect' in connection) connection.disconnect()
    await close()
  }
}
