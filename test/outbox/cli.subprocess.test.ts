import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOutbox } from '../../src/outbox/index.js'
import { type LoopsStandIn, startLoopsStandIn } from '../../src/testing/index.js'
import { spawn } from 'node:child_process'
import { spawnTs, until } from '../helpers/processes.js'
import { repoRoot } from '../helpers/temp-repo.js'
import { type RedisServer, startRedisServer } from '../helpers/redis-server.js'
import { workerLoopsEnv } from '../helpers/worker-env.js'

// npm run worker and npm run outbox, as an operator uses them.
let redis: RedisServer
let standIn: LoopsStandIn
beforeAll(async () => {
  redis = await startRedisServer()
  standIn = await startLoopsStandIn()
})
afterAll(async () => {
  await standIn?.close()
  await redis?.close()
})

async function cli(args: string[]): Promise<{ code: number | string | null; stdout: string }> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'scripts/outbox.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, REDIS_URL: redis.url, LOG_LEVEL: 'silent' },
  })
  let stdout = ''
  child.stdout.on('data', (c: Buffer) => void (stdout += c))
  const code = await new Promise<number | string | null>((resolve) => child.once('exit', (c, s) => resolve(c ?? s)))
  return { code, stdout }
}

describe('npm run worker / npm run outbox', () => {
  it('shows a failed job with its typed error, re-drives it, and the worker stops cleanly on SIGTERM', async () => {
    standIn.inject({ fault: { status: 403 }, operation: 'sendTransactionalEmail' })
    const worker = spawnTs('scripts/worker.ts', {
      REDIS_URL: redis.url,
      ...workerLoopsEnv(standIn),
    })
    await worker.waitFor('worker: delivering')
    const outbox = createOutbox({ redisUrl: redis.url, logger: pino({ level: 'silent' }) })
    try {
      await outbox.sendBasicEmail({ email: 'ada@example.com', subject: 'Hi', message: 'Hello' }, { idempotencyKey: 'basic-1' })
      await until(
        async () => JSON.parse((await cli(['status', '--json'])).stdout).failed === 1,
        15_000,
        () => 'no failed job',
      )

      const failed = await cli(['failed', '--json'])
      expect(failed.code).toBe(0)
      expect(JSON.parse(failed.stdout)).toMatchObject([
        {
          id: 'basic-1',
          helper: 'sendBasicEmail',
          attemptsMade: 1,
          error: { name: 'PermissionDeniedError', status: 403, retryable: false },
        },
      ])
      expect(await cli(['retry', 'no-such-job'])).toMatchObject({ code: 1 })
      expect(await cli(['retry', 'basic-1'])).toMatchObject({ code: 0, stdout: 'basic-1 moved back to the queue\n' })
      await until(
        () => standIn.sent.length === 1,
        15_000,
        () => 'not re-driven',
      )
      await until(
        async () => JSON.parse((await cli(['status', '--json'])).stdout).completed === 1,
        10_000,
        () => 'not completed',
      )
    } finally {
      await outbox.close()
      worker.child.kill('SIGTERM')
    }
    expect(await worker.exited).toBe(0)
  }, 60_000)

  it('retry --all returns while a worker keeps failing jobs: each job failed at its start is retried once, and it says how many', async () => {
    standIn.reset()
    standIn.inject({ fault: { status: 403 }, operation: 'sendTransactionalEmail', times: Number.POSITIVE_INFINITY })
    const worker = spawnTs('scripts/worker.ts', {
      REDIS_URL: redis.url,
      ...workerLoopsEnv(standIn),
    })
    await worker.waitFor('worker: delivering')
    const outbox = createOutbox({ redisUrl: redis.url, logger: pino({ level: 'silent' }) })
    try {
      const before = (await cli(['status', '--json'])).stdout
      const failedBefore = JSON.parse(before).failed as number
      for (let i = 0; i < 5; i++)
        await outbox.sendBasicEmail({ email: 'ada@example.com', subject: 'Hi', message: 'Hello' }, { idempotencyKey: `again-${i}` })
      await until(
        async () => JSON.parse((await cli(['status', '--json'])).stdout).failed === failedBefore + 5,
        15_000,
        () => 'jobs did not fail',
      )
      const requestsBefore = standIn.requests.length
      // Before: it re-read page 0 of the failed set, which the worker refills at once, so it never returned.
      const retried = await cli(['retry', '--all', '--json'])
      expect(retried.code).toBe(0)
      expect(JSON.parse(retried.stdout)).toEqual({ retried: failedBefore + 5 })
      await until(
        async () => JSON.parse((await cli(['status', '--json'])).stdout).failed === failedBefore + 5,
        15_000,
        () => 'retried jobs did not fail again',
      )
      // One more delivery per retried job, no more.
      expect(standIn.requests.length - requestsBefore).toBe(failedBefore + 5)
    } finally {
      await outbox.close()
      worker.child.kill('SIGTERM')
      standIn.reset()
    }
    expect(await worker.exited).toBe(0)
  }, 60_000)

  it('explains itself: --help and an unknown command', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/status .*\n.*failed.*\n.*retry <id>/)
    expect((await cli(['frobnicate'])).code).toBe(1)
    expect((await cli(['status', '--frobnicate'])).code).toBe(1)
  }, 60_000)
})
