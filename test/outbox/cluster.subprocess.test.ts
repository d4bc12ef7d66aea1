import { Cluster } from 'ioredis'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runOnce } from '../../src/core/webhooks/webhook-dedupe.js'
import { openOutboxAdmin } from '../../src/outbox/admin.js'
import { createOutbox, createRedisWebhookDedupeStore, createSharedRateLimiter } from '../../src/outbox/index.js'
import { redisLocation } from '../../src/outbox/redis.js'
import { type LoopsStandIn, startLoopsStandIn } from '../../src/testing/index.js'
import { outboxQueue, parkInFailedSet } from '../helpers/failed-job.js'
import { spawnTs, type Spawned, until } from '../helpers/processes.js'
import { type RedisCluster, startRedisCluster } from '../helpers/redis-cluster.js'
import { LIMIT_WINDOW_MS, maxInAnyWindow, sentTimes } from '../helpers/rate-window.js'
import { workerLoopsEnv } from '../helpers/worker-env.js'
import { invitationFor } from '../helpers/invitation.js'

/**
 * The outbox on a real 3-master Redis Cluster (REDIS_CLUSTER_NODES): producer, worker, shared limiter,
 * admin and webhook dedupe store. BullMQ's keys share the `{outbox}` hash tag, the limiter's its `{name}`.
 */
const WORKER = 'test/outbox/fixtures/worker-process.ts'
const PRODUCER = 'test/outbox/fixtures/producer-process.ts'
const LIMIT = 10
const silent = pino({ level: 'silent' })

let cluster: RedisCluster
let standIn: LoopsStandIn
const processes: Spawned[] = []
beforeAll(async () => {
  cluster = await startRedisCluster()
  standIn = await startLoopsStandIn({ rateLimit: { requestsPerSecond: LIMIT } })
}, 60_000)
afterAll(async () => {
  for (const p of processes) p.child.kill('SIGKILL')
  await Promise.all(processes.map((p) => p.exited))
  await standIn?.close()
  await cluster?.close()
})

const location = () => redisLocation({ redisClusterNodes: cluster.nodes })!
function start(file: string, extra: Record<string, string> = {}): Spawned {
  const p = spawnTs(file, {
    REDIS_CLUSTER_NODES: cluster.nodes,
    ...workerLoopsEnv(standIn),
    ...extra,
  })
  processes.push(p)
  return p
}
const arrivalsInWindow = () => maxInAnyWindow(sentTimes(standIn.requests), LIMIT_WINDOW_MS)
const keys = (prefix: string, from: number, to: number) => Array.from({ length: to - from }, (_, i) => `${prefix}-${from + i}`)

describe('Redis Cluster (REDIS_CLUSTER_NODES)', () => {
  it('2 workers + 2 producers: 50 invitations (some enqueued by both) each delivered exactly once, never over the limit', async () => {
    // Producers first: their start-up (a TypeScript load) competes for this shared host's CPU, and a worker whose
    // event loop stalls after its grant sends late, bunched with the next one (the single-Redis proofs allow 1 % 429s).
    const producers = [
      start(PRODUCER, { OUTBOX_KEYS: JSON.stringify([...keys('a', 0, 30), ...keys('b', 0, 5)]) }),
      start(PRODUCER, { OUTBOX_KEYS: JSON.stringify([...keys('b', 0, 20), ...keys('a', 0, 5)]) }),
    ]
    expect(await Promise.all(producers.map((p) => p.exited))).toEqual([0, 0])
    for (const p of producers) expect(JSON.parse(p.stdout()).failed).toEqual([])
    const workers = [start(WORKER), start(WORKER)]
    await Promise.all(workers.map((w) => w.waitFor('ready')))

    const delivered = () => new Set(standIn.sent.map((e) => e.idempotencyKey)).size
    await until(
      () => delivered() >= 50,
      60_000,
      () => `${delivered()} of 50 delivered`,
    )
    await new Promise((r) => setTimeout(r, 500)) // a late duplicate would show up here
    expect(standIn.sent).toHaveLength(50)
    expect(delivered()).toBe(50)
    console.info(`cluster: ${standIn.requests.length} requests, max ${arrivalsInWindow()} in any ${LIMIT_WINDOW_MS} ms`)
    expect(arrivalsInWindow()).toBeLessThanOrEqual(LIMIT)

    const admin = await openOutboxAdmin({ redisUrl: location(), logger: silent })
    try {
      await until(
        async () => (await admin.counts()).completed === 50,
        10_000,
        () => 'not all completed',
      )
      expect(await admin.counts()).toMatchObject({ waiting: 0, active: 0, failed: 0, completed: 50 })
    } finally {
      await admin.close()
    }
    // Every queue key carries the hash tag: one slot, as BullMQ's scripts need.
    const client = new Cluster(cluster.ports.map((port) => ({ host: '127.0.0.1', port })))
    try {
      await new Promise((resolve) => client.once('ready', resolve))
      const found = (await Promise.all(client.nodes('master').map((n) => n.keys('*outbox*')))).flat()
      expect(found.length).toBeGreaterThan(0)
      expect(found.every((key) => key.startsWith('{outbox}:loops-outbox:'))).toBe(true)
    } finally {
      client.disconnect()
    }
  }, 120_000)

  it('a corrected re-send replaces the failed job of its key on the cluster (the add script finds the failed set in the {outbox} slot)', async () => {
    const url = location()
    await parkInFailedSet(url, 'cluster-fix', { idempotencyKey: 'cluster-fix', input: { email: 'typo@example' } })
    const outbox = createOutbox({ redisClusterNodes: cluster.nodes, logger: silent })
    const { queue, close } = outboxQueue(url)
    try {
      const invitation = invitationFor()
      expect(await outbox.sendInvitationEmail(invitation, { idempotencyKey: 'cluster-fix' })).toMatchObject({ ok: true })
      // Queued afresh (the workers of the first test may take it at once), no longer failed.
      expect(['waiting', 'active', 'completed']).toContain(await queue.getJobState('cluster-fix'))
      expect((await queue.getJob('cluster-fix'))?.data.input.email).toBe('ada@example.com')
      await queue.obliterate({ force: true })
    } finally {
      await close()
      await outbox.close()
    }
  })

  it('the shared limiter holds its bound across limiters on the cluster', async () => {
    const limiters = [1, 2].map(() =>
      createSharedRateLimiter({ redisClusterNodes: cluster.nodes, name: 'burst', requestsPerSecond: 5, logger: silent }),
    )
    try {
      const grants: number[] = []
      await Promise.all(limiters.flatMap((l) => Array.from({ length: 4 }, () => l.acquire().then(() => grants.push(performance.now())))))
      grants.sort((x, y) => x - y)
      expect(grants[5]! - grants[0]!).toBeGreaterThanOrEqual(1000)
    } finally {
      await Promise.all(limiters.map((l) => l.close()))
    }
  })

  it('the webhook dedupe store runs a webhook once across two instances on the cluster', async () => {
    const [a, b] = [1, 2].map(() => createRedisWebhookDedupeStore({ redisClusterNodes: cluster.nodes.split(','), logger: silent }))
    try {
      let runs = 0
      const ttl = { dedupeTtlMs: 60_000, inFlightTtlMs: 5_000 }
      for (const id of ['msg_1', 'msg_2', 'msg_3']) {
        expect(await runOnce(a!, id, ttl, async () => ++runs > 0)).toBe('succeeded')
        expect(await runOnce(b!, id, ttl, async () => ++runs > 0)).toBe('duplicate')
      }
      expect(runs).toBe(3)
    } finally {
      await Promise.all([a!.close(), b!.close()])
    }
  })
})
