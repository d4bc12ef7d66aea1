import { Queue } from 'bullmq'
import { pino } from 'pino'
import { SlidingWindowRateLimiter } from '../src/core/http/rate-limiter.js'
import { jobOptions } from '../src/outbox/outbox.js'
import { createOutbox, createSharedRateLimiter } from '../src/outbox/index.js'
import { startLoopsStandIn } from '../src/testing/index.js'
import { spawnTs, until } from '../test/helpers/processes.js'
import { startRedisServer } from '../test/helpers/redis-server.js'
import { median, quantile } from './lib/stats.js'

export interface OutboxFigures {
  enqueue: { ours: { p50Us: number; p99Us: number }; bullmq: { p50Us: number; p99Us: number }; iterations: number }
  delivery: {
    jobs: number
    workers: number
    limitPerSecond: number
    shareOfLimit: number
    status429: number
    lost: number
    duplicates: number
    seconds: number
  }
  limiter: { sharedUs: number; inProcessUs: number; calls: number }
}

const silent = pino({ level: 'silent' })
const invitation = (i: number) => ({
  email: `user${i}@example.com`,
  firstName: 'Ada',
  organizationName: 'Analytical Engines',
  inviterName: 'Charles',
  invitationUrl: `https://app.example.com/invite/${i}`,
})

/**
 * The outbox on a redis-server of its own: enqueue latency (ours vs a bare BullMQ `queue.add` with the
 * same job options, interleaved call by call), the share of a 10/s limit that 3 worker processes
 * (`npm run worker`'s script) use against the stand-in, and the cost of one shared-limiter grant vs
 * the in-process limiter.
 */
export async function measureOutbox(options: { enqueues: number; jobs: number; limiterCalls: number }): Promise<OutboxFigures> {
  const redis = await startRedisServer()
  try {
    // 1. Enqueue latency: same Redis, same data, same job options; only our validation and bookkeeping differ.
    const outbox = createOutbox({ redisUrl: redis.url, logger: silent })
    const bare = new Queue('bench-bare', { connection: { url: redis.url } })
    const ours: number[] = []
    const bullmq: number[] = []
    const opts = jobOptions(12)
    for (let i = 0; i < options.enqueues + 50; i++) {
      const order = i % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours']
      for (const who of order) {
        const started = performance.now()
        if (who === 'ours') {
          const r = await outbox.sendInvitationEmail(invitation(i), { idempotencyKey: `ours-${i}` })
          if (!r.ok) throw r.error
        } else await bare.add('sendInvitationEmail', { idempotencyKey: `bare-${i}`, input: invitation(i) }, { ...opts, jobId: `bare-${i}` })
        const us = (performance.now() - started) * 1000
        if (i >= 50) (who === 'ours' ? ours : bullmq).push(us) // the first 50 warm up
      }
    }
    await bare.obliterate({ force: true })
    await bare.close()
    const { Redis } = await import('ioredis')
    const flush = new Redis(redis.url)
    await flush.flushall()

    // 2. Share of the limit: 3 worker processes, the stand-in enforcing 10/s.
    const limit = 10
    const standIn = await startLoopsStandIn({ rateLimit: { requestsPerSecond: limit } })
    const env = {
      REDIS_URL: redis.url,
      LOOPS_BASE_URL: standIn.url,
      LOOPS_API_KEY: standIn.apiKey,
      LOOPS_TEMPLATE_INVITATION: 'tpl_bench',
      LOOPS_TEMPLATE_WELCOME: 'tpl_bench_welcome',
      LOOPS_TEMPLATE_BASIC: 'tpl_bench_basic',
      LOG_LEVEL: 'silent',
    }
    const workers = [1, 2, 3].map(() => spawnTs('scripts/worker.ts', env))
    let delivery: OutboxFigures['delivery']
    try {
      await Promise.all(workers.map((w) => w.waitFor('worker: delivering')))
      const started = performance.now()
      for (let i = 0; i < options.jobs; i++) {
        const r = await outbox.sendInvitationEmail(invitation(i), { idempotencyKey: `job-${i}` })
        if (!r.ok) throw r.error
      }
      const delivered = () => new Set(standIn.sent.map((e) => e.idempotencyKey)).size
      await until(
        () => delivered() >= options.jobs,
        options.jobs * 500 + 30_000,
        () => `${delivered()} of ${options.jobs} delivered`,
      )
      const accepted = standIn.requests.filter((r) => r.outcome === 200).map((r) => r.at)
      const span = (Math.max(...accepted) - Math.min(...accepted)) / 1000
      delivery = {
        jobs: options.jobs,
        workers: workers.length,
        limitPerSecond: limit,
        shareOfLimit: (accepted.length - 1) / span / limit,
        status429: standIn.requests.filter((r) => r.outcome === 429).length,
        lost: options.jobs - delivered(),
        duplicates: standIn.sent.length - delivered(),
        seconds: (performance.now() - started) / 1000,
      }
    } finally {
      for (const w of workers) w.child.kill('SIGTERM')
      await Promise.all(workers.map((w) => w.exited))
      await standIn.close()
      await outbox.close()
      flush.disconnect()
    }

    // 3. Limiter cost per grant, with limits far above the load so nobody waits: the shared one's slots are
    // spaced 1.075 s / limit apart and it sleeps whole ms, so its limit must put the spacing far below a round trip.
    const shared = createSharedRateLimiter({ redisUrl: redis.url, name: 'bench', requestsPerSecond: 1_000_000, logger: silent })
    const local = new SlidingWindowRateLimiter({ requestsPerSecond: 10_000 })
    await shared.acquire()
    const time = async (acquire: () => Promise<void>) => {
      const started = performance.now()
      for (let i = 0; i < options.limiterCalls; i++) await acquire()
      return ((performance.now() - started) * 1000) / options.limiterCalls
    }
    const sharedUs = await time(() => shared.acquire())
    const inProcessUs = await time(() => local.acquire())
    await shared.close()

    return {
      enqueue: {
        ours: { p50Us: median(ours), p99Us: quantile(ours, 0.99) },
        bullmq: { p50Us: median(bullmq), p99Us: quantile(bullmq, 0.99) },
        iterations: options.enqueues,
      },
      delivery,
      limiter: { sharedUs, inProcessUs, calls: options.limiterCalls },
    }
  } finally {
    await redis.close()
  }
}
