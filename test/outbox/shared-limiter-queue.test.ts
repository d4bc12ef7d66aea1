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
    const granted: number[] = []
    const ahead = [1, 2, 3].map((i) =>
      shared.acquire(later.signal).then(
        () => void granted.push(i),
        (e: Error) => e.message,
      ),
    )
    const mine = new AbortController()
    const waited = shared.acquire(mine.signal).then(
      () => 'granted',
      (e: Error) => e.message,
    )
    mine.abort(new Error('caller gave up'))
    expect(await waited).toBe('caller gave up')
    // Its turn came after the three ahead of it (~1 s each at 1 rps): none of them was granted yet.
    expect(granted).toEqual([])
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
    const settled = ['pending', 'pending', 'pending', 'pending']
    const calls = [0, 1, 2, 3].map((i) =>
      down.acquire().then(
        () => void (settled[i] = 'granted'),
        (e: Error) => void (settled[i] = e.name),
      ),
    )
    await Promise.race(calls)
    // Together: by the next turn of the event loop every caller has its answer. One after another, the
    // others would still be pending, each waiting for its own redisTimeoutMs.
    await new Promise((resolve) => setImmediate(resolve))
    expect(settled).toEqual(['NetworkError', 'NetworkError', 'NetworkError', 'NetworkError'])
    await Promise.all(calls)
  }, 15_000)
})
