import { ConfigError } from '../core/errors.ts'
import { defaultLogger, type Logger } from '../core/observability/logger.ts'
import type { RateLimiter } from '../core/http/rate-limiter.ts'
import { sleep } from '../core/http/sleep.ts'
import { defaultMaxQueued, WaiterQueue } from '../core/http/waiters.ts'
import { DEFAULT_REDIS_TIMEOUT_MS, fastFailConnection, type RedisClient, redisCall, redisLocation } from './redis.ts'

export interface SharedRateLimiterOptions {
  /** e.g. `redis://127.0.0.1:6379`. @default process.env.REDIS_URL */
  redisUrl?: string | undefined
  /**
   * Redis Cluster seed nodes (`['host:port', …]` or `'host:port,host:port'`); credentials and TLS from
   * `redisUrl`/REDIS_URL if set. @default process.env.REDIS_CLUSTER_NODES (unless `redisUrl` is passed)
   */
  redisClusterNodes?: string | readonly string[]
  /** The budget's name: every limiter with the same name and Redis shares one budget (e.g. `loops`). */
  name: string
  /** Requests allowed in any one-second window, across every process. */
  requestsPerSecond: number
  /**
   * Added to the one-second window: a request granted at the end of a window can reach the vendor a
   * few ms later than one granted at its start (Redis round trip, event-loop delay on a busy host).
   * The limit used is requestsPerSecond × 1000 / (1000 + guardMs): 93 % at the default.
   * @default 75
   */
  guardMs?: number
  /** How long a call waits for an unreachable Redis before failing (retryable NetworkError). @default 2000 */
  redisTimeoutMs?: number
  /**
   * Calls of this process allowed to wait for a slot; one more fails at once (a RateLimitError saying
   * the local queue is full). @default a minute of the limit, at least 1,000
   */
  maxQueued?: number
  /** Key prefix in Redis. @default 'integrations:rate' */
  prefix?: string
  logger?: Logger
}

export interface SharedRateLimiter extends RateLimiter {
  /** Closes its Redis connection. */
  close(): Promise<void>
}

/**
 * Reserves the next slot in a sliding log, in one Lua script so it is atomic across processes.
 * Redis `TIME` is the only clock (hosts' clocks may disagree). Slots are spaced evenly (window /
 * limit apart) and a caller gets the time of its slot, possibly in the future, and sleeps until
 * then: grants follow the schedule, so a caller waking a few ms late does not push every later
 * slot back (polling until free lost ~5 % of the limit that way), and no burst of `limit` requests
 * reaches the vendor queued up, its tail sharing a window with the next burst's head.
 * The rate is stored with the limiter by the first process (kept RATE_TTL_MS after the last grant):
 * a process configured otherwise gets `{-1, stored}` and no slot, so two configurations never share
 * one budget (10/s and 1/s sharing one log let 11 grants through in a second).
 * KEYS: log (sorted set of slot times, µs), pause (until, µs), rate ("limit/window µs").
 * ARGV: limit, window µs, spacing µs, member, "limit/window µs", rate TTL ms.
 * Returns ms until the reserved slot (0 = now), or {-1, the stored rate}.
 */
const RESERVE = `
local rate = redis.call('GET', KEYS[3])
if rate and rate ~= ARGV[5] then return {-1, rate} end
redis.call('SET', KEYS[3], ARGV[5], 'PX', ARGV[6])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local slot = math.max(now, tonumber(redis.call('GET', KEYS[2]) or '0'))
local newest = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
if newest[2] then slot = math.max(slot, tonumber(newest[2]) + tonumber(ARGV[3])) end
local count = redis.call('ZCOUNT', KEYS[1], '(' .. (slot - window), '+inf')
if count >= limit then
  local first = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. (slot - window), '+inf', 'WITHSCORES', 'LIMIT', count - limit, 1)
  slot = math.max(slot, tonumber(first[2]) + window)
end
redis.call('ZADD', KEYS[1], slot, ARGV[4])
redis.call('PEXPIRE', KEYS[1], math.ceil((slot - now + window) / 1000))
return math.ceil((slot - now) / 1000)
`
/**
 * Moves a slot to now (Redis TIME): a caller that woke late sends late, and its slot must say so, or
 * the request it follows by one window could land in the same second at the vendor. Moving a slot
 * later never breaks the bound for reservations made after it. KEYS: log. ARGV: member.
 */
const RESTAMP = `
local t = redis.call('TIME')
redis.call('ZADD', KEYS[1], 'XX', tonumber(t[1]) * 1000000 + tonumber(t[2]), ARGV[1])
return 0
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

/** How long the first process's rate outlives the limiter's last grant: then a new rate may take over. */
const RATE_TTL_MS = 60_000

/** A caller this much behind its slot (slow reply, late wake-up on a busy host) re-stamps it before sending. */
const LATE_MS = 5

interface LimiterCommands {
  slidingLogReserve(
    log: string,
    pause: string,
    rate: string,
    limit: number,
    windowUs: number,
    spacingUs: number,
    member: string,
    configured: string,
    rateTtlMs: number,
  ): Promise<number | [number, string]>
  slidingLogPause(pause: string, ms: number): Promise<number>
  slidingLogRestamp(log: string, member: string): Promise<number>
}

/** Another process of this limiter runs at another rate: say both, and how to change it. */
function rateMismatch(name: string, stored: string, configured: string, rateKey: string): ConfigError {
  const describe = (rate: string) => {
    const [limit, windowUs] = rate.split('/').map(Number)
    return `${limit} requests per ${(windowUs ?? 0) / 1000} ms`
  }
  return new ConfigError(
    `Shared rate limit "${name}" runs at ${describe(stored)} (stored in Redis by the first process to use it); ` +
      `this process is configured for ${describe(configured)}. Give every process the same requestsPerSecond and guardMs. ` +
      `To change the rate, stop the processes using the old one (it is forgotten ${RATE_TTL_MS / 1000} s after their last ` +
      `request) or delete ${rateKey}.`,
    { service: 'redis', operation: `rateLimit(${name})` },
  )
}

/**
 * One slot at a time for this process's waiters, in arrival order: a waiter whose signal aborts
 * leaves the queue at once (WaiterQueue), and a slot reserved for it goes to the next in line.
 */
function inOrder(waiters: WaiterQueue, reserveSlot: () => Promise<void>): () => Promise<void> {
  let pumping = false
  return async () => {
    if (pumping) return
    pumping = true
    try {
      while (waiters.size > 0) {
        try {
          await reserveSlot()
        } catch (error) {
          // Redis unreachable: every caller waiting now gets the retryable NetworkError at once, rather
          // than each in turn after its own timeout (ten queued callers would wait 10 × redisTimeoutMs).
          while (waiters.fail(error)) {}
          continue
        }
        waiters.grant()
      }
    } finally {
      pumping = false
    }
  }
}

/** The three scripts, as commands on the connection. */
function limiterCommands(redis: RedisClient): LimiterCommands {
  redis.defineCommand('slidingLogReserve', { numberOfKeys: 3, lua: RESERVE })
  redis.defineCommand('slidingLogPause', { numberOfKeys: 1, lua: PAUSE })
  redis.defineCommand('slidingLogRestamp', { numberOfKeys: 1, lua: RESTAMP })
  return redis as unknown as LimiterCommands
}

/**
 * One rate limit shared by every process on the same Redis: at most `requestsPerSecond` grants in
 * any window of one second (+ guard), spaced evenly, and a 429 seen by one process pauses all of them.
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
  const url = redisLocation(options)
  if (!url)
    throw new RangeError('createSharedRateLimiter needs redisUrl (or REDIS_URL, REDIS_CLUSTER_NODES): a shared limit lives in Redis')
  if (!(options.requestsPerSecond > 0)) throw new RangeError(`requestsPerSecond must be > 0, got ${options.requestsPerSecond}`)
  const logger = (options.logger ?? defaultLogger()).child({ component: 'shared-rate-limiter', limiter: options.name })
  const timeoutMs = options.redisTimeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS
  const redis = fastFailConnection(url, logger, timeoutMs)
  const commands = limiterCommands(redis)
  const prefix = options.prefix ?? 'integrations:rate'
  const logKey = `${prefix}:{${options.name}}:log`
  const pauseKey = `${prefix}:{${options.name}}:pause`
  const rateKey = `${prefix}:{${options.name}}:rate`
  const limit = Math.max(1, Math.floor(options.requestsPerSecond))
  const windowUs = (1000 + (options.guardMs ?? 75)) * 1000
  const spacingUs = Math.floor(windowUs / limit)
  const configured = `${limit}/${windowUs}`
  const context = { service: 'redis', operation: `rateLimit(${options.name})` }
  let localPauseUntil = 0
  let grants = 0
  const instance = Math.random().toString(36).slice(2, 10)
  const waiters = new WaiterQueue(options.maxQueued ?? defaultMaxQueued(options.requestsPerSecond))
  const pump = inOrder(waiters, () => reserveSlot())

  /** Reserves a slot and sleeps until it. */
  async function reserveSlot(): Promise<void> {
    for (;;) {
      const paused = localPauseUntil - Date.now()
      if (paused > 0) await sleep(paused)
      const member = `${instance}:${grants++}`
      const askedAt = performance.now()
      const reply = await redisCall(redis, url!, timeoutMs, context, () =>
        commands.slidingLogReserve(logKey, pauseKey, rateKey, limit, windowUs, spacingUs, member, configured, RATE_TTL_MS),
      )
      if (typeof reply !== 'number') throw rateMismatch(options.name, reply[1], configured, rateKey)
      const waitMs = reply
      if (waitMs > 0) await sleep(waitMs)
      // A 429 came back while we waited: this slot falls in the pause; leave it unused, take one after.
      if (localPauseUntil > Date.now()) continue
      // Late (a slow reply or a late wake-up on a busy host): the slot must say when we really send.
      if (performance.now() - askedAt - waitMs > LATE_MS)
        await redisCall(redis, url!, timeoutMs, context, () => commands.slidingLogRestamp(logKey, member))
      return
    }
  }

  return {
    acquire(signal) {
      const turn = waiters.enqueue(signal)
      void pump()
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
