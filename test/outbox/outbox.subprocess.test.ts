import { pino } from 'pino'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { NetworkError } from '../../src/core/errors.js'
import { runOnce } from '../../src/core/webhooks/webhook-dedupe.js'
import { createLoopsClient } from '../../src/loops/index.js'
import { openOutboxAdmin, type OutboxAdmin } from '../../src/outbox/admin.js'
import {
  createOutbox,
  createRedisWebhookDedupeStore,
  createSharedRateLimiter,
  type Outbox,
  type OutboxWorker,
  startOutboxWorker,
} from '../../src/outbox/index.js'
import { type LoopsStandIn, startLoopsStandIn } from '../../src/testing/index.js'
import { until } from '../helpers/processes.js'
import { type RedisServer, startRedisServer } from '../helpers/redis-server.js'
import { TEMPLATE_IDS } from '../helpers/worker-env.js'
import { invitationFor } from '../helpers/invitation.js'

// Real redis-server (spawned per file), the Loops stand-in, producer and worker in this process.
const silent = pino({ level: 'silent' })
const invitation = invitationFor()

let redis: RedisServer
let standIn: LoopsStandIn
let outbox: Outbox
let admin: OutboxAdmin
let worker: OutboxWorker | undefined

beforeAll(async () => {
  redis = await startRedisServer()
  standIn = await startLoopsStandIn()
})
afterAll(async () => {
  await standIn?.close()
  await redis?.close()
})
beforeEach(async () => {
  standIn.reset()
  outbox = createOutbox({ redisUrl: redis.url, attempts: 3, logger: silent })
  admin = await openOutboxAdmin({ redisUrl: redis.url, logger: silent })
})
afterEach(async () => {
  await worker?.close()
  worker = undefined
  await outbox.close()
  await admin.close()
  const { Redis } = await import('ioredis')
  const flush = new Redis(redis.url)
  await flush.flushall()
  flush.disconnect()
})

const startWorker = async () =>
  (worker = await startOutboxWorker({
    redisUrl: redis.url,
    client: createLoopsClient({
      baseUrl: standIn.url,
      apiKey: standIn.apiKey,
      rateLimit: false,
      retryDelays: { initialMs: 10 },
      logger: silent,
    }),
    templates: TEMPLATE_IDS,
    backoff: { initialMs: 50 },
    logger: silent,
  }))
const settled = () =>
  until(
    async () => {
      const c = await admin.counts()
      return c.waiting + c.active + c.delayed === 0
    },
    15_000,
    () => 'jobs still pending',
  )

describe('createOutbox (producer)', () => {
  it('refuses invalid data with a ValidationError and queues nothing', async () => {
    const r = await outbox.sendInvitationEmail({ ...invitation, email: 'not-an-email', invitationUrl: 'nope' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.name).toBe('ValidationError')
    expect(r.error.message).toMatch(/email: must be an email address/)
    expect(r.error.retryable).toBe(false)
    expect(await admin.counts()).toMatchObject({ waiting: 0, delayed: 0 })
  })

  it('queues one job per idempotency key, however often it is enqueued', async () => {
    const first = await outbox.sendInvitationEmail(invitation, { idempotencyKey: 'invite-42' })
    const again = await outbox.sendInvitationEmail({ ...invitation, firstName: 'Changed' }, { idempotencyKey: 'invite-42' })
    expect(first).toEqual({ ok: true, queued: true, id: 'invite-42', idempotencyKey: 'invite-42' })
    expect(again).toEqual(first)
    expect((await admin.counts()).waiting).toBe(1)
  })

  it('takes keys BullMQ cannot use as ids (a colon, an integer) and still dedupes them', async () => {
    const a = await outbox.sendBasicEmail({ email: 'a@example.com', subject: 's', message: 'm' }, { idempotencyKey: 'invite:7' })
    const b = await outbox.sendBasicEmail({ email: 'a@example.com', subject: 's', message: 'm' }, { idempotencyKey: 'invite:7' })
    const c = await outbox.sendBasicEmail({ email: 'a@example.com', subject: 's', message: 'm' }, { idempotencyKey: '12345' })
    expect(a).toMatchObject({ ok: true, idempotencyKey: 'invite:7' })
    expect(b).toEqual(a)
    expect(c).toMatchObject({ ok: true, idempotencyKey: '12345' })
    expect((await admin.counts()).waiting).toBe(2)
  })

  it('answers a retryable NetworkError within its bound when Redis is unreachable, without the password', async () => {
    const down = createOutbox({ redisUrl: 'redis://app:s3cret-pass@127.0.0.1:1', redisTimeoutMs: 300, logger: silent })
    try {
      const r = await down.sendInvitationEmail(invitation, { idempotencyKey: 'k' })
      expect(r.ok).toBe(false)
      if (r.ok) return
      expect(r.error).toBeInstanceOf(NetworkError)
      expect(r.error.retryable).toBe(true)
      expect(r.error.message).toMatch(/could not reach Redis at redis:\/\/127\.0\.0\.1:1 within 300 ms.*REDIS_URL/)
      expect(JSON.stringify(r.error)).not.toContain('s3cret')
    } finally {
      await down.close()
    }
  })

  it('fails fast while Redis is down and queues again once it is back', async () => {
    expect((await outbox.sendBasicEmail({ email: 'a@example.com', subject: 's', message: 'm' })).ok).toBe(true)
    await redis.stop()
    const during = await outbox.sendBasicEmail({ email: 'a@example.com', subject: 's', message: 'm' })
    expect(during).toMatchObject({ ok: false, error: { name: 'NetworkError', retryable: true } })
    await redis.start()
    await until(
      async () => (await outbox.sendBasicEmail({ email: 'a@example.com', subject: 's', message: 'm' })).ok,
      10_000,
      () => 'no reconnect',
    )
  })
})

describe('startOutboxWorker', () => {
  it('delivers each job once, with its idempotency key', async () => {
    await startWorker()
    await outbox.sendInvitationEmail(invitation, { idempotencyKey: 'invite-1' })
    await outbox.sendInvitationEmail(invitation, { idempotencyKey: 'invite-1' })
    await until(
      () => standIn.sent.length === 1,
      10_000,
      () => 'not delivered',
    )
    await settled()
    expect(standIn.expectEmailSent({ transactionalId: 'tpl_invitation', to: 'ada@example.com' }).idempotencyKey).toBe('invite-1')
    expect(await admin.counts()).toMatchObject({ completed: 1, failed: 0 })
  })

  it('puts a final failure (a 4xx) in the failed set at once with its typed error; retry re-drives it', async () => {
    standIn.inject({ fault: { status: 422 }, operation: 'sendTransactionalEmail' })
    await startWorker()
    const r = await outbox.sendInvitationEmail(invitation, { idempotencyKey: 'invite-422' })
    await until(
      async () => (await admin.counts()).failed === 1,
      10_000,
      () => 'not failed',
    )
    const [failed] = await admin.failed()
    expect(failed).toMatchObject({ id: 'invite-422', helper: 'sendInvitationEmail', attemptsMade: 1 })
    expect(failed!.error).toMatchObject({ name: 'ValidationError', status: 422, retryable: false })
    expect(standIn.requests).toHaveLength(1)

    expect(await admin.retry(r.ok ? r.id : '')).toBe(true)
    await until(
      () => standIn.sent.length === 1,
      10_000,
      () => 'not re-driven',
    )
    await settled()
    expect(await admin.counts()).toMatchObject({ completed: 1, failed: 0 })
  })

  it('a send re-enqueued with the key of a failed job replaces it and is delivered (not swallowed by the failed set)', async () => {
    standIn.inject({ fault: { status: 422 }, operation: 'sendTransactionalEmail' })
    await startWorker()
    await outbox.sendInvitationEmail(invitation, { idempotencyKey: 'invite-fixed' })
    await until(
      async () => (await admin.counts()).failed === 1,
      10_000,
      () => 'not failed',
    )
    const corrected = { ...invitation, email: 'ada.corrected@example.com' }
    expect(await outbox.sendInvitationEmail(corrected, { idempotencyKey: 'invite-fixed' })).toMatchObject({ ok: true, queued: true })
    await until(
      () => standIn.sent.length === 1,
      10_000,
      () => 'the corrected send was not delivered',
    )
    expect(standIn.sent[0]!.email).toBe('ada.corrected@example.com')
    await settled()
    expect(await admin.counts()).toMatchObject({ completed: 1, failed: 0 })
  })

  it('refuses an idempotency key the worker could never send (empty, too long, a line break), queuing nothing', async () => {
    for (const idempotencyKey of ['', 'x'.repeat(101), 'a\nb']) {
      const r = await outbox.sendInvitationEmail(invitation, { idempotencyKey })
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.name).toBe('ValidationError')
    }
    expect(await admin.counts()).toMatchObject({ waiting: 0, delayed: 0 })
  })

  it('lists the failed set even when a hand-made job there has no data', async () => {
    const { Queue } = await import('bullmq')
    const queue = new Queue('loops-outbox', { connection: { url: redis.url } })
    try {
      await queue.add('notAHelper', null as never, { jobId: 'garbage' })
    } finally {
      await queue.close()
    }
    await startWorker()
    await until(
      async () => (await admin.counts()).failed === 1,
      10_000,
      () => 'the garbage job did not fail',
    )
    expect(await admin.failed()).toMatchObject([{ id: 'garbage', helper: 'notAHelper' }])
  })

  it('backs off and retries a retryable failure until the vendor accepts it', async () => {
    // 3 × 503: the client's own retries (2) are spent, the job is retried later by the queue.
    standIn.inject({ fault: { status: 503 }, operation: 'sendTransactionalEmail', times: 3 })
    await startWorker()
    await outbox.sendInvitationEmail(invitation, { idempotencyKey: 'invite-503' })
    await until(
      () => standIn.sent.length === 1,
      10_000,
      () => 'not delivered',
    )
    await settled()
    expect(standIn.requests.map((r) => r.outcome)).toEqual([503, 503, 503, 200])
    expect(await admin.counts()).toMatchObject({ completed: 1, failed: 0 })
  })

  it('moves a job whose retries are exhausted to the failed set; retry --all re-drives it', async () => {
    standIn.inject({ fault: { status: 503 }, operation: 'sendTransactionalEmail', times: 9 }) // 3 job attempts × 3 calls
    await startWorker()
    await outbox.sendInvitationEmail(invitation, { idempotencyKey: 'invite-down' })
    await until(
      async () => (await admin.counts()).failed === 1,
      15_000,
      () => 'not failed',
    )
    const [failed] = await admin.failed()
    expect(failed).toMatchObject({ attemptsMade: 3, error: { name: 'ServerError', status: 503, retryable: true } })
    expect(standIn.sent).toHaveLength(0)

    expect(await admin.retryAll()).toBe(1)
    await until(
      () => standIn.sent.length === 1,
      10_000,
      () => 'not re-driven',
    )
  })

  it('keeps working after Redis restarts (reconnects by itself)', async () => {
    await startWorker()
    await redis.stop()
    await new Promise((r) => setTimeout(r, 300))
    await redis.start()
    await until(
      async () => (await outbox.sendBasicEmail({ email: 'b@example.com', subject: 's', message: 'm' }, { idempotencyKey: 'after' })).ok,
      10_000,
      () => 'producer did not reconnect',
    )
    await until(
      () => standIn.sent.length === 1,
      15_000,
      () => 'worker did not reconnect',
    )
  })
})

describe('createSharedRateLimiter', () => {
  it('a pause seen by one process holds every limiter of the same name', async () => {
    const a = createSharedRateLimiter({ redisUrl: redis.url, name: 'loops', requestsPerSecond: 10, logger: silent })
    const b = createSharedRateLimiter({ redisUrl: redis.url, name: 'loops', requestsPerSecond: 10, logger: silent })
    const other = createSharedRateLimiter({ redisUrl: redis.url, name: 'stripe', requestsPerSecond: 10, logger: silent })
    try {
      await a.acquire() // connected, so the pause below reaches Redis at once
      a.pause(800)
      await new Promise((r) => setTimeout(r, 50))
      const started = performance.now()
      await other.acquire()
      const otherMs = performance.now() - started
      await b.acquire()
      expect(performance.now() - started).toBeGreaterThanOrEqual(600)
      expect(otherMs).toBeLessThan(performance.now() - started)
    } finally {
      await Promise.all([a.close(), b.close(), other.close()])
    }
  })

  it('never grants more than the limit within one window (+ guard), across limiters', async () => {
    const limiters = [1, 2, 3].map(() =>
      createSharedRateLimiter({ redisUrl: redis.url, name: 'burst', requestsPerSecond: 5, logger: silent }),
    )
    try {
      const grants: number[] = []
      await Promise.all(limiters.flatMap((l) => Array.from({ length: 4 }, () => l.acquire().then(() => grants.push(performance.now())))))
      grants.sort((x, y) => x - y)
      // 12 grants at 5/s: the 6th comes at least one window after the 1st, the 11th after the 6th.
      expect(grants[5]! - grants[0]!).toBeGreaterThanOrEqual(1000)
      expect(grants[10]! - grants[5]!).toBeGreaterThanOrEqual(1000)
    } finally {
      await Promise.all(limiters.map((l) => l.close()))
    }
  })

  it('rejects with a retryable NetworkError when Redis is unreachable (the call fails, never hangs)', async () => {
    const limiter = createSharedRateLimiter({
      redisUrl: 'redis://127.0.0.1:1',
      name: 'loops',
      requestsPerSecond: 10,
      redisTimeoutMs: 200,
      logger: silent,
    })
    try {
      await expect(limiter.acquire()).rejects.toMatchObject({ name: 'NetworkError', retryable: true })
    } finally {
      await limiter.close()
    }
  })
})

describe('createRedisWebhookDedupeStore', () => {
  it('claims an id once until released or expired', async () => {
    const store = createRedisWebhookDedupeStore({ redisUrl: redis.url, logger: silent })
    try {
      expect(await store.claim('evt_1', 60_000)).toBe(true)
      expect(await store.claim('evt_1', 60_000)).toBe(false)
      await store.release('evt_1')
      expect(await store.claim('evt_1', 60_000)).toBe(true)
      expect(await store.claim('evt_2', 50)).toBe(true)
      await new Promise((r) => setTimeout(r, 120))
      expect(await store.claim('evt_2', 50)).toBe(true)
    } finally {
      await store.close()
    }
  })

  it('runs a webhook once across two instances (runOnce over two stores on one Redis)', async () => {
    const [a, b] = [1, 2].map(() => createRedisWebhookDedupeStore({ redisUrl: redis.url, logger: silent }))
    try {
      let runs = 0
      const work = async () => ++runs > 0
      const ttl = { dedupeTtlMs: 60_000, inFlightTtlMs: 5_000 }
      expect(await runOnce(a!, 'msg_1', ttl, work)).toBe('succeeded')
      expect(await runOnce(b!, 'msg_1', ttl, work)).toBe('duplicate')
      expect(runs).toBe(1)
    } finally {
      await Promise.all([a!.close(), b!.close()])
    }
  })

  it('rejects with a retryable NetworkError when Redis is unreachable', async () => {
    const store = createRedisWebhookDedupeStore({ redisUrl: 'redis://127.0.0.1:1', redisTimeoutMs: 200, logger: silent })
    try {
      await expect(store.claim('evt_1', 1000)).rejects.toMatchObject({ name: 'NetworkError', retryable: true })
    } finally {
      await store.close()
    }
  })
})
