import { type FailedJob, openOutboxAdmin, type OutboxAdmin } from '../admin.ts'
import { redisLocation } from '../redis.ts'
import { failureLine, integerFlag, parseCli, UsageError } from './args.ts'

export const adminUsage = `  status                 job counts: waiting, active, delayed, completed, failed
  failed [--limit N]     the failed set: id, helper, attempts, error (name, status, message)
  retry <id>             moves one failed job back to the queue, with a fresh attempt budget
  retry --all            moves every job failed at that moment back (each once), and says how many

  --redis-url URL        default: REDIS_URL (or REDIS_CLUSTER_NODES: host:port,… of a Redis Cluster)
  --json                 machine-readable output`

const options = {
  all: { type: 'boolean' },
  limit: { type: 'string' },
  json: { type: 'boolean' },
  'redis-url': { type: 'string' },
} as const

/** `codebuff-outbox status | failed | retry`: looks into the outbox on REDIS_URL. Resolves the exit code. */
export async function adminCommand(command: 'status' | 'failed' | 'retry', argv: string[], usage: string): Promise<number> {
  const parsed = parseCli(command, usage, options, argv)
  if (parsed.kind === 'exit') return parsed.code
  const { values, positionals } = parsed
  // REDIS_CLUSTER_NODES (credentials from REDIS_URL) names a cluster, as for the producer and the worker.
  const redisUrl = redisLocation({ redisUrl: values['redis-url'] })
  if (!redisUrl) {
    console.error(`${command}: set REDIS_URL or REDIS_CLUSTER_NODES (or pass --redis-url): the outbox lives in Redis`)
    return 1
  }
  let admin: OutboxAdmin
  try {
    admin = await openOutboxAdmin({ redisUrl })
  } catch (err) {
    console.error(failureLine(command, err))
    return 1
  }
  const print = (value: unknown, text: string) => console.log(values.json ? JSON.stringify(value, null, 2) : text)
  try {
    if (command === 'status') {
      const counts = await admin.counts()
      const lines = Object.entries(counts).map(([state, n]) => `${state.padEnd(10)} ${n}`)
      print(counts, lines.join('\n'))
      return 0
    }
    if (command === 'failed') {
      const jobs = await admin.failed(integerFlag('limit', values.limit) ?? 100)
      print(jobs, jobs.length ? jobs.map(describeFailed).join('\n') : 'no failed jobs')
      return 0
    }
    return await retry(admin, values.all === true, positionals[0], print)
  } catch (err) {
    console.error(failureLine(command, err))
    return 1
  } finally {
    await admin.close()
  }
}

async function retry(admin: OutboxAdmin, all: boolean, id: string | undefined, print: (value: unknown, text: string) => void) {
  if (all) {
    const n = await admin.retryAll()
    print({ retried: n }, `${n} failed job(s) moved back to the queue`)
    return 0
  }
  if (!id) throw new UsageError('retry needs a job id or --all')
  const moved = await admin.retry(id)
  print({ retried: moved ? 1 : 0 }, moved ? `${id} moved back to the queue` : `no failed job with id "${id}" (see: codebuff-outbox failed)`)
  return moved ? 0 : 1
}

function describeFailed(job: FailedJob): string {
  const e = job.error
  const error = e ? `${e.name}${e.status ? ` ${e.status}` : ''}${e.retryable ? ' (retryable)' : ''}: ${e.message}` : job.reason
  return `${job.id}  ${job.helper}  ${job.attemptsMade} attempt(s)  ${error}`
}
