import { Redis } from 'ioredis'
import { pino } from 'pino'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, NetworkError } from '../../src/core/errors.js'
import { createLoopsClient } from '../../src/loops/index.js'
import { createOutbox, createRedisWebhookDedupeStore, createSharedRateLimiter, startOutboxWorker } from '../../src/outbox/index.js'
import { captureLogs } from '../helpers/capture.js'
import { until } from '../helpers/processes.js'
import { type RedisServer, startRedisServer } from '../helpers/redis-server.js'
import { TEMPLATE_IDS } from '../helpers/worker-env.js'

// What Redis must be for a queue that cannot lose jobs silently (issue 19, items 8, 9 and 11), each
// against a real redis-server configured the wrong way.
const silent = pino({ level: 'silent' })
const basic = (i: number) => ({ email: `user${i}@example.com`, subject: 'Hi', message: 'Hello' })
const workerOptions = (redisUrl: string) => ({
  redisUrl,
  client: createLoopsClient({ baseUrl: 'http://127.0.0.1:9', apiKey: 'k', rateLimit: false, logger: silent }),
  templates: TEMPLATE_IDS,
  logger: silent,
})

let redis: RedisServer
let admin: Redis
beforeAll(async () => {
  redis = await startRedisServer({ args: ['--requirepass', 's3cret-pass'] })
  admin = new Redis(`redis://:s3cret-pass@127.0.0.1:${redis.port}`)
})
afterAll(async () => {
  admin?.disconnect()
  await redis?.close()
})
const goodUrl = () => `redis://:s3cret-pass@127.0.0.1:${redis.port}`

describe('maxmemory-policy (jobs evicted while every enqueue says ok)', () => {
  afterEach(async () => {
    await admin.config('SET', 'maxmemory-policy', 'noeviction')
  })

  // First in the file: the warning is once per process.
  it('warns once per process when Redis keeps no AOF and no RDB snapshots', async () => {
    const { logger, entries } = captureLogs()
    const [a, b] = [createOutbox({ redisUrl: goodUrl(), logger }), createOutbox({ redisUrl: goodUrl(), logger })]
    try {
      expect((await a!.sendBasicEmail(basic(3))).ok).toBe(true)
      expect((await b!.sendBasicEmail(basic(4))).ok).toBe(true)
      expect(entries().filter((e) => /persistence is off/.test(e.msg))).toHaveLength(1)
    } finally {
      await Promise.all([a!.close(), b!.close()])
    }
  })

  it('a producer refuses to queue on an evicting Redis with a ConfigError that says BullMQ needs noeviction', async () => {
    await admin.flushall()
    await admin.config('SET', 'maxmemory-policy', 'allkeys-lru')
    const outbox = createOutbox({ redisUrl: goodUrl(), logger: silent })
    try {
      const r = await outbox.sendBasicEmail(basic(1))
      expect(r.ok).toBe(false)
      if (r.ok) return
      expect(r.error).toBeInstanceOf(ConfigError)
      expect(r.error.retryable).toBe(false)
      expect(r.error.message).toMatch(/maxmemory-policy allkeys-lru: BullMQ needs noeviction/)
      expect((await admin.keys('bull:*')).filter((key) => !key.endsWith(':meta'))).toEqual([])
      // Fixed on the server: the next send checks again and queues, no restart needed.
      await admin.config('SET', 'maxmemory-policy', 'noeviction')
      expect((await outbox.sendBasicEmail(basic(2))).ok).toBe(true)
    } finally {
      await outbox.close()
    }
  })

  it('a running worker that reconnects to an evicting Redis stops taking jobs until it is fixed', async () => {
    await admin.flushall()
    const { logger, entries } = captureLogs()
    const worker = await startOutboxWorker({ ...workerOptions(goodUrl()), logger })
    const { Queue } = await import('bullmq')
    const queue = new Queue('loops-outbox', { connection: { url: goodUrl() } })
    queue.on('error', () => {}) // the CLIENT KILLs below

    const logged = (text: RegExp) => entries().some((e) => text.test(e.msg))
    try {
      await admin.config('SET', 'maxmemory-policy', 'allkeys-lru')
      await admin.client('KILL', 'TYPE', 'normal') // every client reconnects, as after a failover
      await until(
        () => logged(/paused until fixed/),
        10_000,
        () => 'the worker did not pause',
      )
      // Added behind the producer's check: the paused worker must leave it alone.
      await queue.add('sendBasicEmail', { idempotencyKey: 'k', input: basic(1) }, { jobId: 'while-evicting' })
      await new Promise((r) => setTimeout(r, 1_000))
      expect(['waiting', 'delayed']).toContain(await queue.getJobState('while-evicting')) // never sent, never failed
      await admin.config('SET', 'maxmemory-policy', 'noeviction')
      await admin.client('KILL', 'TYPE', 'normal')
      await until(
        () => logged(/taking jobs again/),
        10_000,
        () => 'the worker did not resume',
      )
      await until(
        async () => (await queue.getJobState('while-evicting')) !== 'waiting',
        10_000,
        () => 'the job was not taken',
      )
    } finally {
      await queue.close()
      await worker.close()
    }
  })

  it('a worker refuses to start on an evicting Redis', async () => {
    await admin.config('SET', 'maxmemory-policy', 'volatile-lru')
    await expect(startOutboxWorker(workerOptions(goodUrl()))).rejects.toThrow(/maxmemory-policy volatile-lru: BullMQ needs noeviction/)
  })
})

describe('authentication (a wrong password is not an outage)', () => {
  const badUrls = {
    WRONGPASS: () => `redis://:wrong-pass@127.0.0.1:${redis.port}`,
    NOAUTH: () => `redis://127.0.0.1:${redis.port}`,
  }
  for (const [code, url] of Object.entries(badUrls)) {
    it(`${code}: the producer answers a ConfigError at once (not retryable), never quoting the password`, async () => {
      const outbox = createOutbox({ redisUrl: url(), redisTimeoutMs: 5_000, logger: silent })
      try {
        const started = performance.now()
        const r = await outbox.sendBasicEmail(basic(5))
        expect(performance.now() - started).toBeLessThan(4_000) // not the unreachable timeout
        expect(r.ok).toBe(false)
        if (r.ok) return
        expect(r.error).toBeInstanceOf(ConfigError)
        expect(r.error.retryable).toBe(false)
        expect(r.error.message).toContain(code)
        expect(r.error.message).toMatch(/REDIS_URL/)
        expect(JSON.stringify(r.error) + r.error.message + String((r.error.cause as Error)?.message)).not.toMatch(/pass\b|s3cret/)
      } finally {
        await outbox.close()
      }
    })
  }

  it('WRONGPASS: the worker, the shared limiter and the webhook dedupe store fail with a ConfigError too', async () => {
    const url = badUrls.WRONGPASS()
    await expect(startOutboxWorker(workerOptions(url))).rejects.toBeInstanceOf(ConfigError)
    const limiter = createSharedRateLimiter({ redisUrl: url, name: 'loops', requestsPerSecond: 10, logger: silent })
    const store = createRedisWebhookDedupeStore({ redisUrl: url, logger: silent })
    try {
      await expect(limiter.acquire()).rejects.toMatchObject({ name: 'ConfigError', retryable: false })
      await expect(store.claim('evt_1', 1_000)).rejects.toMatchObject({ name: 'ConfigError', retryable: false })
    } finally {
      await Promise.all([limiter.close(), store.close()])
    }
  })

  it('NOPERM: a Redis user without the rights BullMQ needs gets a ConfigError naming NOPERM', async () => {
    await admin.call('ACL', 'SETUSER', 'reader', 'on', '>reader-pass', '~*', '+@connection', '+info', '+config|get')
    const outbox = createOutbox({ redisUrl: `redis://reader:reader-pass@127.0.0.1:${redis.port}`, logger: silent })
    try {
      const r = await outbox.sendBasicEmail(basic(6))
      expect(r).toMatchObject({ ok: false, error: { name: 'ConfigError', retryable: false } })
      if (!r.ok) expect(r.error.message).toMatch(/NOPERM.*permission/)
    } finally {
      await outbox.close()
    }
  })
})

describe('a burst of enqueues on a healthy Redis', () => {
  it('10,000 concurrent enqueues are all stored and none is told "could not reach Redis"', async () => {
    // A bound far below the burst's length: time spent queued behind other enqueues must not count.
    const outbox = createOutbox({ redisUrl: goodUrl(), redisTimeoutMs: 500, logger: silent })
    try {
      await admin.flushall()
      await outbox.sendBasicEmail(basic(0)) // connected
      const results = await Promise.all(
        Array.from({ length: 10_000 }, (_, i) => outbox.sendBasicEmail(basic(i), { idempotencyKey: `burst-${i}` })),
      )
      const failed = results.filter((r) => !r.ok)
      expect(failed.map((r) => !r.ok && r.error.message).slice(0, 3)).toEqual([])
      expect(await admin.llen('bull:loops-outbox:wait')).toBe(10_001)
    } finally {
      await outbox.close()
      await admin.flushall()
    }
  })

  it('a Redis that hangs (SIGSTOP) is still answered with a retryable NetworkError within the bound', async () => {
    const outbox = createOutbox({ redisUrl: goodUrl(), redisTimeoutMs: 500, logger: silent })
    try {
      expect((await outbox.sendBasicEmail(basic(1))).ok).toBe(true)
      redis.pause()
      const started = performance.now()
      const r = await outbox.sendBasicEmail(basic(2))
      const ms = performance.now() - started
      redis.resume()
      expect(r).toMatchObject({ ok: false, error: { name: 'NetworkError', retryable: true } })
      expect(r.ok || r.error instanceof NetworkError).toBe(true)
      expect(ms).toBeLessThan(3_000)
    } finally {
      redis.resume()
      await outbox.close()
    }
  })
})

describe('a shared limiter keeps the rate of the first process that used it', () => {
  it('a limiter of the same name configured for another rate gets a ConfigError, not a share of the budget', async () => {
    const first = createSharedRateLimiter({ redisUrl: goodUrl(), name: 'mixed', requestsPerSecond: 10, logger: silent })
    const other = createSharedRateLimiter({ redisUrl: goodUrl(), name: 'mixed', requestsPerSecond: 1, logger: silent })
    const same = createSharedRateLimiter({ redisUrl: goodUrl(), name: 'mixed', requestsPerSecond: 10, logger: silent })
    const elsewhere = createSharedRateLimiter({ redisUrl: goodUrl(), name: 'other', requestsPerSecond: 1, logger: silent })
    try {
      await first.acquire()
      const refused = await other.acquire().catch((err: unknown) => err)
      expect(refused).toBeInstanceOf(ConfigError)
      expect((refused as ConfigError).message).toMatch(/"mixed" runs at 10 requests per 1075 ms.*configured for 1 requests per 1075 ms/)
      await same.acquire() // the same configuration shares the budget as before
      await elsewhere.acquire() // another name is another budget
      expect(await admin.get('integrations:rate:{mixed}:rate')).toBe('10/1075000')
    } finally {
      await Promise.all([first.close(), other.close(), same.close(), elsewhere.close()])
    }
  })
})
