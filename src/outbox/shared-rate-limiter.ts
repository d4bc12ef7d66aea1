import type { Redis } from 'ioredis'
import { defaultLogger, type Logger } from '../core/logger.js'
import type { RateLimiter } from '../core/rate-limiter.js'
import { sleep } from '../core/sleep.js'
import { DEFAULT_REDIS_TIMEOUT_MS, fastFailConnection, redisCall } from './redis.js'

export interface SharedRateLimiterOptions {
  /** e.g. `redis://127.0.0.1:6379`. @default process.env.REDIS_URL */
  redisUrl?: string
  /** The budget's name: every limiter with the same name and Redis shares one budget (e.g. `loops`). */
  name: string
  /** Requests allowed in any one-second window, across every process. */
  requestsPerSecond: number
  /**
   * Added to the one-second window: a request granted at the end of a window can reach the vendor a
   * few ms later than one granted at its start (Redis round trip, event-loop delay on a busy host).
   * @default 50
   */
  guardMs?: number
  /** How long a call waits for an unreachable Redis before failing (retryable NetworkError). @default 2000 */
  redisTimeoutMs?: number
  /** Key prefix in Redis. @default 'integrations:rate' */
  prefix?: string
  logger?: Logger
}

export interface SharedRateLimiter extends RateLimiter {
  /** Closes its Redis connection. */
  close(): Promise<void>
}

/**
 * A sliding log in one Lua script, so take-or-wait is atomic across processes. Redis `TIME` is the
 * only clock (hosts' clocks may disagree). Returns 0 when the slot is taken, else ms to wait.
 * KEYS: log (sorted set of grant times, µs), pause (until, µs). ARGV: limit, window µs, member.
 */
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local pausedUntil = tonumber(redis.call('GET', KEYS[2]) or '0')
if pausedUntil > now then return math.ceil((pausedUntil - now) / 1000) end
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], math.ceil(window / 1000))
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, math.ceil((tonumber(oldest[2]) + window - now) / 1000))
`
/** Extends the pause to now + ARGV[1] ms (never shortens one already longer). KEYS: pause. */
const PAUSE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local untilUs = now + tonumber(ARGV[1]) * 1000
if untilUs > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], untilUs, 'PX', ARGV[1])
end
return 0
`

interface LimiterCommands {
  slidingLogTake(log: string, pause: string, limit: number, windowUs: number, member: string): Promise<number>
  slidingLogPause(pause: string, ms: number): Promise<number>
}

/**
 * One rate limit shared by every process on the same Redis: at most `requestsPerSecond` grants in
 * any window of one second (+ guard), a 429 seen by one process pauses all of them.
 *
 * Why not rate-limiter-flexible: its Redis limiters count per fixed window, which lets up to 2× the
 * limit through across a window boundary, and a vendor counting over sliding windows answers 429 to
 * the excess. BullMQ's limiter only gates its own workers, not direct calls. A sorted set of grant
 * times (a sliding log) in one script holds the bound exactly, for both.
 *
 * @example
 * createLoopsClient({ rateLimit: createSharedRateLimiter({ redisUrl, name: 'loops', requestsPerSecond: 10 }) })
 */
export function createSharedRateLimiter(options: SharedRateLimiterOptions): SharedRateLimiter {
  const url = options.redisUrl ?? process.env.REDIS_URL
  if (!url) throw new RangeError('createSharedRateLimiter needs redisUrl (or REDIS_URL): a shared limit lives in Redis')
  if (!(options.requestsPerSecond > 0)) throw new RangeError(`requestsPerSecond must be > 0, got ${options.requestsPerSecond}`)
  const logger = (options.logger ?? defaultLogger()).child({ component: 'shared-rate-limiter', limiter: options.name })
  const timeoutMs = options.redisTimeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS
  const redis: Redis = fastFailConnection(url, logger, timeoutMs)
  redis.defineCommand('slidingLogTake', { numberOfKeys: 2, lua: TAKE })
  redis.defineCommand('slidingLogPause', { numberOfKeys: 1, lua: PAUSE })
  const commands = redis as unknown as LimiterCommands
  const prefix = options.prefix ?? 'integrations:rate'
  const logKey = `${prefix}:{${options.name}}:log`
  const pauseKey = `${prefix}:{${options.name}}:pause`
  const limit = Math.max(1, Math.floor(options.requestsPerSecond))
  const windowUs = (1000 + (options.guardMs ?? 50)) * 1000
  const context = { service: 'redis', operation: `rateLimit(${options.name})` }
  let localPauseUntil = 0
  let queue: Promise<void> = Promise.resolve()
  let grants = 0
  const instance = Math.random().toString(36).slice(2, 10)

  /** Waits for a slot: one waiter per process asks Redis at a time, so a process's callers leave in arrival order. */
  async function waitForSlot(signal?: AbortSignal): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw signal.reason
      const local = localPauseUntil - Date.now()
      if (local > 0) {
        await sleep(local, signal)
        continue
      }
      const member = `${instance}:${grants}`
      const waitMs = await redisCall(redis, url!, timeoutMs, context, () =>
        commands.slidingLogTake(logKey, pauseKey, limit, windowUs, member),
      )
      if (waitMs === 0) {
        grants++
        return
      }
      await sleep(waitMs, signal)
    }
  }

  return {
    acquire(signal) {
      const turn = queue.then(() => waitForSlot(signal))
      queue = turn.catch(() => {})
      return turn
    },
    pause(ms) {
      // This process stops at once; the others on their next grant, once Redis has the pause.
      localPauseUntil = Math.max(localPauseUntil, Date.now() + ms)
      const rounded = Math.max(1, Math.ceil(ms))
      redisCall(redis, url, timeoutMs, context, () => commands.slidingLogPause(pauseKey, rounded)).catch((err: Error) =>
        logger.warn({ reason: err.message }, 'could not share the pause with other processes'),
      )
    },
    async close() {
      redis.disconnect()
    },
  }
}
