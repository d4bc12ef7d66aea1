import { Redis } from 'ioredis'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { openOutboxAdmin } from '../../src/outbox/admin.js'
import { type LoopsStandIn, startLoopsStandIn } from '../../src/testing/index.js'
import { spawnTs, type Spawned, until } from '../helpers/processes.js'
import { type RedisServer, startRedisServer } from '../helpers/redis-server.js'
import { startTcpSwitch } from '../helpers/tcp-switch.js'
import { LIMIT_WINDOW_MS, maxInAnyWindow, sentTimes } from '../helpers/rate-window.js'
import { workerLoopsEnv } from '../helpers/worker-env.js'

/**
 * The outbox's promises with real processes, a real Redis and the Loops stand-in enforcing 10/s:
 * one budget across processes, exactly once per idempotency key, nothing lost through a worker
 * crash or a vendor outage. Slow by nature (10 sends/s): ~2 minutes in all.
 */
const WORKER = 'test/outbox/fixtures/worker-process.ts'
const PRODUCER = 'test/outbox/fixtures/producer-process.ts'
const DIRECT = 'test/outbox/fixtures/direct-process.ts'
const LIMIT = 10

let redis: RedisServer
let standIn: LoopsStandIn
let processes: Spawned[] = []

beforeAll(async () => {
  redis = await startRedisServer()
})
afterAll(async () => {
  await redis?.close()
})
afterEach(async () => {
  for (const p of processes) p.child.kill('SIGKILL')
  await Promise.all(processes.map((p) => p.exited))
  processes = []
  await standIn?.close()
  const flush = new Redis(redis.url)
  await flush.flushall()
  flush.disconnect()
})

const env = (baseUrl = standIn.url) => ({ REDIS_URL: redis.url, ...workerLoopsEnv(standIn, baseUrl) })
function start(file: string, extra: Record<string, string> = {}, baseUrl?: string): Spawned {
  const p = spawnTs(file, { ...env(baseUrl), ...extra })
  processes.push(p)
  return p
}
const keys = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`)
const deliveredKeys = () => new Set(standIn.sent.map((e) => e.idempotencyKey))
/** Emails the stand-in accepted per idempotency key: exactly once = every count is 1. */
function countsByKey(): Map<string | undefined, number> {
  const counts = new Map<string | undefined, number>()
  for (const e of standIn.sent) counts.set(e.idempotencyKey, (counts.get(e.idempotencyKey) ?? 0) + 1)
  return counts
}
const arrivalsInWindow = () => maxInAnyWindow(sentTimes(standIn.requests), LIMIT_WINDOW_MS)
async function failedCount(): Promise<number> {
  const admin = await openOutboxAdmin({ redisUrl: redis.url })
  try {
    return (await admin.counts()).failed
  } finally {
    await admin.close()
  }
}

describe('outbox across processes (stand-in enforcing 10/s)', () => {
  it('3 workers + 3 producers, 300 invitations (some enqueued twice): each delivered once, never over the limit (sends in any 900 ms)', async () => {
    standIn = await startLoopsStandIn({ rateLimit: { requestsPerSecond: LIMIT } })
    const workers = [start(WORKER), start(WORKER), start(WORKER)]
    await Promise.all(workers.map((w) => w.waitFor('ready')))
    const sets = ['a', 'b', 'c'].map((p) => keys(p, 100))
    // Repeats within a producer and across producers: the same key from anywhere is one job.
    const producers = [
      start(PRODUCER, { OUTBOX_KEYS: JSON.stringify([...sets[0]!, ...sets[0]!.slice(0, 10)]) }),
      start(PRODUCER, { OUTBOX_KEYS: JSON.stringify([...sets[1]!, ...sets[0]!.slice(10, 15)]) }),
      start(PRODUCER, { OUTBOX_KEYS: JSON.stringify([...sets[2]!, ...sets[2]!.slice(50, 60)]) }),
    ]
    expect(await Promise.all(producers.map((p) => p.exited))).toEqual([0, 0, 0])
    for (const p of producers) expect(JSON.parse(p.stdout()).failed).toEqual([])

    await until(
      () => deliveredKeys().size >= 300,
      90_000,
      () => `${deliveredKeys().size} of 300 delivered`,
    )
    await new Promise((r) => setTimeout(r, 500)) // a late duplicate would show up here
    const counts = countsByKey()
    expect(counts.size).toBe(300)
    expect([...counts.values()].every((n) => n === 1)).toBe(true)

    const accepted = standIn.requests.filter((r) => r.outcome === 200).map((r) => r.at)
    const span = (Math.max(...accepted) - Math.min(...accepted)) / 1000
    const share = (accepted.length - 1) / span / LIMIT
    const share429 = standIn.requests.filter((r) => r.outcome === 429).length / standIn.requests.length
    console.info(
      `300 invitations: ${Math.round(share * 1000) / 10} % of the limit over ${span.toFixed(1)} s, ${standIn.requests.length} requests, ${Math.round(share429 * 1000) / 10} % 429s, max ${arrivalsInWindow()} in any ${LIMIT_WINDOW_MS} ms`,
    )
    // Correctness only: the share of the limit reached is a speed figure (npm run bench), not a test on a loaded CI machine.
    expect(arrivalsInWindow()).toBeLessThanOrEqual(LIMIT)
    expect(await failedCount()).toBe(0)
  }, 150_000)

  it('a worker killed with SIGKILL mid-run, another started: still exactly once', async () => {
    standIn = await startLoopsStandIn({ rateLimit: { requestsPerSecond: LIMIT } })
    const fastLock = { OUTBOX_LOCK_MS: '3000' }
    const workers = [start(WORKER, fastLock), start(WORKER, fastLock)]
    await Promise.all(workers.map((w) => w.waitFor('ready')))
    const producer = start(PRODUCER, { OUTBOX_KEYS: JSON.stringify(keys('k', 120)) })
    expect(await producer.exited).toBe(0)

    await until(
      () => deliveredKeys().size >= 40,
      60_000,
      () => `${deliveredKeys().size} delivered before the kill`,
    )
    workers[0]!.child.kill('SIGKILL')
    await start(WORKER, fastLock).waitFor('ready')

    await until(
      () => deliveredKeys().size >= 120,
      90_000,
      () => `${deliveredKeys().size} of 120 delivered`,
    )
    await new Promise((r) => setTimeout(r, 500))
    const counts = countsByKey()
    expect(counts.size).toBe(120)
    expect([...counts.values()].every((n) => n === 1)).toBe(true)
    expect(await failedCount()).toBe(0)
  }, 150_000)

  it('a worker stopped with SIGTERM finishes its jobs in flight and exits 0; the rest wait for the next worker', async () => {
    standIn = await startLoopsStandIn({ rateLimit: { requestsPerSecond: LIMIT } })
    const first = start(WORKER)
    await first.waitFor('ready')
    expect(await start(PRODUCER, { OUTBOX_KEYS: JSON.stringify(keys('g', 40)) }).exited).toBe(0)
    await until(
      () => deliveredKeys().size >= 10,
      30_000,
      () => `${deliveredKeys().size} delivered before SIGTERM`,
    )
    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)

    const admin = await openOutboxAdmin({ redisUrl: redis.url })
    try {
      const counts = await admin.counts()
      expect(counts.active).toBe(0) // nothing left claimed by the stopped worker
      expect(counts.completed).toBe(deliveredKeys().size)
      expect(counts.completed + counts.waiting + counts.delayed).toBe(40)
    } finally {
      await admin.close()
    }
    await start(WORKER).waitFor('ready')
    await until(
      () => deliveredKeys().size >= 40,
      60_000,
      () => `${deliveredKeys().size} of 40 delivered`,
    )
    expect([...countsByKey().values()].every((n) => n === 1)).toBe(true)
  }, 120_000)

  it('Loops unreachable for 5 s mid-run: nothing lost, nothing twice, the failed set empty', async () => {
    standIn = await startLoopsStandIn({ rateLimit: { requestsPerSecond: LIMIT } })
    const link = await startTcpSwitch(Number(new URL(standIn.url).port))
    try {
      const viaSwitch = `http://127.0.0.1:${link.port}/api`
      const workers = [start(WORKER, {}, viaSwitch), start(WORKER, {}, viaSwitch)]
      await Promise.all(workers.map((w) => w.waitFor('ready')))
      expect(await start(PRODUCER, { OUTBOX_KEYS: JSON.stringify(keys('o', 100)) }).exited).toBe(0)

      await until(
        () => deliveredKeys().size >= 30,
        60_000,
        () => `${deliveredKeys().size} delivered before the outage`,
      )
      await link.down()
      await new Promise((r) => setTimeout(r, 5_000))
      await link.up()

      await until(
        () => deliveredKeys().size >= 100,
        120_000,
        () => `${deliveredKeys().size} of 100 delivered`,
      )
      await new Promise((r) => setTimeout(r, 500))
      expect([...countsByKey().values()].every((n) => n === 1)).toBe(true)
      expect(await failedCount()).toBe(0)
    } finally {
      await link.close()
    }
  }, 180_000)

  it('3 processes of direct calls through createSharedRateLimiter: 150 sends, 0 lost, ≤ 10 sent in any 900 ms', async () => {
    standIn = await startLoopsStandIn({ rateLimit: { requestsPerSecond: LIMIT } })
    const callers = ['x', 'y', 'z'].map((p) => start(DIRECT, { DIRECT_SENDS: '50', DIRECT_PREFIX: p }))
    expect(await Promise.all(callers.map((c) => c.exited))).toEqual([0, 0, 0])
    for (const c of callers) expect(JSON.parse(c.stdout())).toEqual({ ok: 50, failed: [] })
    expect(deliveredKeys().size).toBe(150)
    console.info(`150 direct sends: ${standIn.requests.length} requests, max ${arrivalsInWindow()} in any ${LIMIT_WINDOW_MS} ms`)
    expect(arrivalsInWindow()).toBeLessThanOrEqual(LIMIT)
  }, 120_000)
})
