import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LocalQueueFullError } from '../../src/core/http/rate-limiter.js'
import { createSharedRateLimiter, type SharedRateLimiter } from '../../src/outbox/index.js'
import { type RedisServer, startRedisServer } from '../helpers/redis-server.js'

/** The shared (Redis) limiter's local queue: bounded, and a waiter whose signal aborts leaves at once. */
let redis: RedisServer
const limiters: SharedRateLimiter[] = []
const limiter = (name: string, requestsPerSecond: number, maxQueued?: number) => {
  const made = createSharedRateLimiter({
    redisUrl: redis.url,
    name,
    requestsPerSecond,
    logger: pino({ level: 'silent' }),
    ...(maxQueued !== undefined ? { maxQueued } : {}),
  })
  limiters.push(made)
  return made
}

beforeAll(async () => {
  redis = await startRedisServer()
})
afterAll(async () => {
  await Promise.all(limiters.map((l) => l.close()))
  await redis?.close()
})

describe('createSharedRateLimiter: the local queue', () => {
  it('a waiting call whose signal aborts leaves at once, not when its turn comes (1 rps, 3 ahead of it)', async () => {
    const shared = limiter('abort-test', 1)
    await shared.acquire()
    const later = new AbortController()
    const ahead = [1, 2, 3].map(() => shared.acquire(later.signal).catch((e: Error) => e.message))
    const started = performance.now()
    const waited = shared.acquire(AbortSignal.timeout(200)).then(
      () => 'granted',
      (e: Error) => e.name,
    )
    expect(await waited).toBe('TimeoutError')
    // Its turn was ~3 s away: it left at its own deadline (a generous bound for a loaded machine).
    expect(performance.now() - started).toBeLessThan(2000)
    later.abort(new Error('done'))
    expect(await Promise.all(ahead)).toEqual(['done', 'done', 'done'])
  }, 15_000)

  it('is bounded: one call beyond maxQueued fails at once with LocalQueueFullError (the client makes it a RateLimitError)', async () => {
    const shared = limiter('bound-test', 1, 2)
    await shared.acquire()
    const later = new AbortController()
    const queued = [1, 2].map(() => shared.acquire(later.signal).catch((e: Error) => e.message))
    await expect(shared.acquire()).rejects.toBeInstanceOf(LocalQueueFullError)
    later.abort(new Error('done'))
    expect(await Promise.all(queued)).toEqual(['done', 'done'])
  }, 15_000)

  it('Redis unreachable: every queued caller gets the retryable NetworkError together, not one timeout after another', async () => {
    const down = createSharedRateLimiter({
      redisUrl: 'redis://127.0.0.1:1',
      name: 'down-test',
      requestsPerSecond: 10,
      redisTimeoutMs: 300,
      logger: pino({ level: 'silent' }),
    })
    limiters.push(down)
    const started = performance.now()
    const settled = await Promise.all(
      [1, 2, 3, 4].map(() =>
        down.acquire().then(
          () => 'granted',
          (e: Error) => e.name,
        ),
      ),
    )
    expect(settled).toEqual(['NetworkError', 'NetworkError', 'NetworkError', 'NetworkError'])
    // One redisTimeoutMs (plus slack for a loaded machine), not four of them back to back.
    expect(performance.now() - started).toBeLessThan(1000)
  }, 15_000)
})
