/**
 * npm run outbox -- status | failed [--limit N] [--json] | retry <id|--all>
 * Looks into the outbox on REDIS_URL (or --redis-url): job counts, the failed set with each job's
 * typed error, and re-driving failed jobs (each with a fresh attempt budget).
 */
import { openOutboxAdmin } from '../src/outbox/admin.js'
import { redisLocation } from '../src/outbox/redis.js'
import { failureLine, parseCommandLine } from './lib/cli.js'

const usage = `npm run outbox -- <command> [options]

  status                 job counts: waiting, active, delayed, completed, failed
  failed [--limit N]     the failed set: id, helper, attempts, error (name, status, message)
  retry <id>             moves one failed job back to the queue, with a fresh attempt budget
  retry --all            moves every failed job back

  --redis-url URL        default: REDIS_URL
  --json                 machine-readable output
  --help`

const { values, positionals } = parseCommandLine({
  name: 'outbox',
  usage,
  positionals: true,
  options: {
    all: { type: 'boolean' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    'redis-url': { type: 'string' },
  },
})
const [command, id] = positionals
if (!command || !['status', 'failed', 'retry'].includes(command)) {
  console.error(`outbox: ${command ? `unknown command "${command}"` : 'which command?'}\n${usage}`)
  process.exit(1)
}
// REDIS_CLUSTER_NODES (credentials from REDIS_URL) names a cluster, as for the producer and the worker.
const redisUrl = redisLocation({ redisUrl: values['redis-url'] })
if (!redisUrl) {
  console.error('outbox: set REDIS_URL or REDIS_CLUSTER_NODES (or pass --redis-url): the outbox lives in Redis')
  process.exit(1)
}

let admin: Awaited<ReturnType<typeof openOutboxAdmin>>
try {
  admin = await openOutboxAdmin({ redisUrl })
} catch (err) {
  console.error(failureLine('outbox', err, (e) => (e as Error)?.name === 'NetworkError'))
  process.exit(1)
}
const print = (value: unknown, text: string) => console.log(values.json ? JSON.stringify(value, null, 2) : text)
let code = 0
try {
  if (command === 'status') {
    const counts = await admin.counts()
    print(
      counts,
      Object.entries(counts)
        .map(([state, n]) => `${state.padEnd(10)} ${n}`)
        .join('\n'),
    )
  } else if (command === 'failed') {
    const limit = values.limit === undefined ? 100 : Number(values.limit)
    if (!(Number.isInteger(limit) && limit > 0)) {
      console.error(`outbox: --limit must be a positive integer, got "${values.limit}"`)
      process.exit(1)
    }
    const jobs = await admin.failed(limit)
    const describe = (j: (typeof jobs)[number]) => {
      const e = j.error
      const error = e ? `${e.name}${e.status ? ` ${e.status}` : ''}${e.retryable ? ' (retryable)' : ''}: ${e.message}` : j.reason
      return `${j.id}  ${j.helper}  ${j.attemptsMade} attempt(s)  ${error}`
    }
    print(jobs, jobs.length ? jobs.map(describe).join('\n') : 'no failed jobs')
  } else if (values.all) {
    const n = await admin.retryAll()
    print({ retried: n }, `${n} failed job(s) moved back to the queue`)
  } else if (id) {
    const moved = await admin.retry(id)
    print(
      { retried: moved ? 1 : 0 },
      moved ? `${id} moved back to the queue` : `no failed job with id "${id}" (see: npm run outbox -- failed)`,
    )
    if (!moved) code = 1
  } else {
    console.error(`outbox: retry needs a job id or --all\n${usage}`)
    code = 1
  }
} finally {
  await admin.close()
}
process.exit(code)
