import type { Cluster, Redis } from 'ioredis'
import { ConfigError } from '../core/errors.ts'
import type { Logger } from '../core/observability/logger.ts'
import { DEFAULT_REDIS_TIMEOUT_MS, describeRedis, fastFailConnection, redisCall } from './redis.ts'

/**
 * Redis settings a queue cannot live without, checked once per connection (after each connect, never
 * per enqueue): BullMQ needs `maxmemory-policy noeviction`, or a full Redis evicts queued jobs while
 * every enqueue still answers `ok: true` (issue 19, item 8). Persistence off (neither AOF nor RDB
 * snapshots) is a warning, once per process: a restart loses the queue, which may be intended.
 */
export interface SettingsGate {
  /** undefined once this connection passed (the hot path); else a promise that rejects with a ConfigError. */
  check(): Promise<void> | undefined
}

let warnedPersistence = false

/** Parses `INFO` text into fields (`maxmemory_policy`, `aof_enabled`, …). */
function infoFields(text: string): Map<string, string> {
  const fields = new Map<string, string>()
  for (const line of text.split('\r\n')) {
    const at = line.indexOf(':')
    if (at > 0) fields.set(line.slice(0, at), line.slice(at + 1))
  }
  return fields
}

/** The nodes whose settings count: every master of a cluster, or the one server. */
const nodesOf = (redis: Redis | Cluster): Redis[] =>
  'nodes' in redis && typeof redis.nodes === 'function' ? redis.nodes('master') : [redis as Redis]

/** Whether RDB snapshots are configured; undefined when CONFIG is disabled (managed Redis often renames it). */
async function rdbOn(node: Redis): Promise<boolean | undefined> {
  try {
    const reply = (await node.config('GET', 'save')) as string[]
    return typeof reply[1] === 'string' && reply[1].trim() !== ''
  } catch {
    return undefined
  }
}

/** Checks one node; resolves when it may hold jobs, rejects with a ConfigError when it may not. */
async function checkNode(node: Redis, where: string, logger: Logger): Promise<void> {
  let text: string
  try {
    text = `${await node.info('memory')}\r\n${await node.info('persistence')}`
  } catch (err) {
    // An ACL that forbids INFO (some managed plans): the settings cannot be read, so they are not judged.
    if (/\bNOPERM\b/.test((err as Error)?.message ?? '')) return
    throw err
  }
  const fields = infoFields(text)
  const policy = fields.get('maxmemory_policy')
  if (policy !== undefined && policy !== 'noeviction')
    throw new ConfigError(
      `Redis at ${where} has maxmemory-policy ${policy}: BullMQ needs noeviction, or a full Redis silently evicts queued jobs. ` +
        'Set maxmemory-policy noeviction (redis.conf, CONFIG SET, or your provider’s parameter group); nothing was queued.',
      { service: 'redis', operation: 'config' },
    )
  if (warnedPersistence || fields.get('aof_enabled') === '1') return
  if ((await rdbOn(node)) !== false) return
  warnedPersistence = true
  logger.warn(
    { redis: where },
    'Redis persistence is off (no AOF, no RDB snapshots): queued jobs are lost when Redis restarts. ' +
      'Turn on appendonly yes for a durable outbox.',
  )
}

/**
 * Watches `redis`: its settings are checked on first use after each (re)connect, then trusted until
 * the next one (a failover may land on a server configured otherwise). A failed check is not cached:
 * the next call checks again, so fixing the setting needs no restart.
 */
export function watchSettings(redis: Redis | Cluster, where: string, logger: Logger): SettingsGate {
  let passed = false
  let pending: Promise<void> | undefined
  redis.on('ready', () => {
    passed = false
    pending = undefined
  })
  return {
    check() {
      if (passed) return undefined
      pending ??= Promise.all(nodesOf(redis).map((node) => checkNode(node, where, logger))).then(
        () => void (passed = true),
        (err: unknown) => {
          pending = undefined
          throw err
        },
      )
      return pending
    },
  }
}

/** One check on `redis`, for a process about to take jobs (the worker's start). */
export function checkRedisSettings(redis: Redis | Cluster, where: string, logger: Logger): Promise<void> {
  return watchSettings(redis, where, logger).check() ?? Promise.resolve()
}

/**
 * Before a worker takes a job: Redis reachable, the credentials accepted and the settings fit for a
 * queue, or a ConfigError / NetworkError that says which (a worker that starts anyway drains nothing
 * but loses jobs to eviction, or retries a wrong password forever).
 */
export async function preflightRedis(url: string, logger: Logger, timeoutMs = DEFAULT_REDIS_TIMEOUT_MS): Promise<void> {
  const redis = fastFailConnection(url, logger, timeoutMs)
  const context = { service: 'redis', operation: 'outbox.worker' }
  try {
    await redisCall(redis, url, timeoutMs, context, () => checkRedisSettings(redis, describeRedis(url), logger))
  } finally {
    redis.disconnect()
  }
}

/** The part of a BullMQ Worker the reconnect check needs. */
interface PausableWorker {
  on(event: 'ready', listener: () => void): unknown
  pause(doNotWaitActive?: boolean): Promise<void>
  resume(): void
}

/**
 * Checks the settings again after each reconnect of a running worker (a failover can land on a Redis
 * configured otherwise): refused → the worker stops taking jobs (logged as an error) and looks again
 * every `retryMs` until the setting is fixed. Redis unreachable is left to BullMQ's reconnects.
 * Returns `refused()` (true while paused for this) and `stop()` (the worker's close).
 */
export function recheckOnReconnect(
  worker: PausableWorker,
  url: string,
  logger: Logger,
  retryMs = 10_000,
  preflight: (url: string, logger: Logger) => Promise<void> = preflightRedis,
): { stop(): void; refused(): boolean } {
  let checking = false
  // A reconnect while a check runs is checked again after it: that check may have read the settings before the change.
  let again = false
  let refused = false
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  const check = async (): Promise<void> => {
    if (stopped) return
    if (checking) {
      again = true
      return
    }
    checking = true
    try {
      await preflight(url, logger)
      if (refused) {
        refused = false
        worker.resume()
        logger.info({ redis: describeRedis(url) }, 'outbox worker: Redis settings fixed; taking jobs again')
      }
    } catch (err) {
      if (!(err instanceof ConfigError)) return
      if (!refused) {
        refused = true
        await worker.pause(true)
        logger.error({ redis: describeRedis(url), reason: err.message }, 'outbox worker: Redis refused for jobs; paused until fixed')
      }
      clearTimeout(timer)
      timer = setTimeout(() => void check(), retryMs)
      timer.unref()
    } finally {
      checking = false
      if (again) {
        again = false
        void check()
      }
    }
  }
  worker.on('ready', () => void check())
  return {
    // A job the worker's blocking fetch took as it paused: the worker puts it back (delayed) instead of sending.
    refused: () => refused,
    stop() {
      stopped = true
      clearTimeout(timer)
    },
  }
}
