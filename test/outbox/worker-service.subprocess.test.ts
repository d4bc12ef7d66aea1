/**
 * The worker as a service, as a process manager runs it: the `codebuff-outbox` bin under plain node (the
 * build `npm install` makes), `npm run worker`, SIGTERM, a parent that dies, /healthz, and config that
 * could never deliver a job. Real redis-server, the Loops stand-in.
 */
import { execFileSync } from 'node:child_process'
import { createServer, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOutbox, openOutboxAdmin, type OutboxAdmin, startOutboxWorker } from '../../src/outbox/index.js'
import { type LoopsStandIn, startLoopsStandIn } from '../../src/testing/index.js'
import { type Spawned, spawnProcess, spawnTs, until } from '../helpers/processes.js'
import { type RedisServer, startRedisServer } from '../helpers/redis-server.js'
import { repoRoot } from '../helpers/temp-repo.js'
import { workerLoopsEnv } from '../helpers/worker-env.js'

const BIN = join(repoRoot, 'bin/codebuff-outbox.js')
const silent = pino({ level: 'silent' })
let redis: RedisServer
let standIn: LoopsStandIn
let admin: OutboxAdmin
const spawned: Spawned[] = []

beforeAll(async () => {
  // The bin runs the build, as it does after `npm install`; a stale one would refuse to run.
  execFileSync(process.execPath, [join(repoRoot, 'scripts/build.mjs')], { stdio: 'ignore' })
  redis = await startRedisServer()
  standIn = await startLoopsStandIn()
  admin = await openOutboxAdmin({ redisUrl: redis.url, logger: silent })
}, 180_000)
afterAll(async () => {
  for (const p of spawned) if (p.child.exitCode === null) p.child.kill('SIGKILL')
  await admin?.close()
  await standIn?.close()
  await redis?.close()
})

const loopsEnv = () => ({
  REDIS_URL: redis.url,
  ...workerLoopsEnv(standIn),
})
/** The bin with plain node: no tsx, no --conditions. */
function bin(args: string[], env: Record<string, string> = loopsEnv()): Spawned {
  const p = spawnProcess(process.execPath, [BIN, ...args], { ...env, NODE_OPTIONS: '' })
  spawned.push(p)
  return p
}
async function health(port: number): Promise<[number, unknown]> {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`)
  return [response.status, await response.json()]
}
const healthPort = (p: Spawned) => Number(/health on :(\d+)/.exec(p.stdout())?.[1])
const basic = (key: string) =>
  withOutbox((o) => o.sendBasicEmail({ email: 'ada@example.com', subject: 'Hi', message: 'Hello' }, { idempotencyKey: key }))
async function withOutbox<T>(use: (outbox: ReturnType<typeof createOutbox>) => Promise<T>): Promise<T> {
  const outbox = createOutbox({ redisUrl: redis.url, logger: silent })
  try {
    return await use(outbox)
  } finally {
    await outbox.close()
  }
}

describe('codebuff-outbox worker (the bin, plain node)', () => {
  it('/healthz: 200 while running, 503 while Redis is down, 503 while draining after SIGTERM; drains the job in flight and exits 0', async () => {
    standIn.reset()
    const worker = bin(['worker', '--health-port', '0', '--health-host', '127.0.0.1', '--drain-timeout', '20000'])
    await worker.waitFor('worker: delivering')
    const port = healthPort(worker)
    expect(await health(port)).toEqual([200, { status: 'running' }])

    await redis.stop()
    await until(
      async () => (await health(port))[0] === 503,
      15_000,
      () => 'still healthy without Redis',
    )
    expect(await health(port)).toEqual([503, { status: 'disconnected' }])
    await redis.start()
    await until(
      async () => (await health(port))[0] === 200,
      20_000,
      () => 'not healthy again after Redis came back',
    )

    // A slow send is in flight when SIGTERM arrives: it must finish, and no new job start.
    standIn.inject({ fault: { delayMs: 3_000 }, operation: 'sendTransactionalEmail' })
    await basic('drain-1')
    await until(
      async () => (await admin.counts()).active === 1,
      10_000,
      () => 'job not taken',
    )
    worker.child.kill('SIGTERM')
    await until(
      async () => (await health(port).catch(() => [0]))[0] === 503,
      5_000,
      () => 'not draining',
    )
    expect(await health(port)).toEqual([503, { status: 'draining' }])
    expect(await worker.exited).toBe(0)
    expect(standIn.sent.map((e) => e.idempotencyKey)).toEqual(['drain-1'])
    expect(await admin.counts()).toMatchObject({ active: 0, completed: 1 })
    expect(worker.stderr()).toContain('worker: drained, exiting')
  }, 90_000)

  it('refuses to start, naming the variable, when no job could succeed; a queued job stays queued', async () => {
    await basic('waiting-1')
    const { LOOPS_API_KEY: _key, ...noKey } = loopsEnv()
    const { LOOPS_TEMPLATE_WELCOME: _welcome, ...noWelcome } = loopsEnv()
    const cases: [Record<string, string>, RegExp][] = [
      [noKey, /LOOPS_API_KEY is not set/],
      [noWelcome, /LOOPS_TEMPLATE_WELCOME is not set/],
      [{ ...loopsEnv(), REDIS_URL: 'redis://127.0.0.1:1' }, /could not reach Redis at redis:\/\/127\.0\.0\.1:1 .*REDIS_URL/],
      [{ ...loopsEnv(), OUTBOX_CONCURRENCY: 'lots' }, /OUTBOX_CONCURRENCY must be a positive integer/],
    ]
    for (const [env, message] of cases) {
      const worker = bin(['worker'], env)
      expect(await worker.exited).toBe(1)
      expect(worker.stderr()).toMatch(message)
      expect(worker.stdout()).not.toContain('delivering')
    }
    expect(await admin.counts()).toMatchObject({ waiting: 1, active: 0, failed: 0 })
    expect(standIn.sent.filter((e) => e.idempotencyKey === 'waiting-1')).toEqual([])
  }, 90_000)

  it('status / failed / retry run from the bin as from npm run outbox', async () => {
    const status = bin(['status', '--json'], { REDIS_URL: redis.url })
    expect(await status.exited).toBe(0)
    expect(JSON.parse(status.stdout())).toMatchObject({ waiting: 1, failed: 0 })
    const retry = bin(['retry', '--all'], { REDIS_URL: redis.url })
    expect(await retry.exited).toBe(0)
    expect(retry.stdout()).toBe('0 failed job(s) moved back to the queue\n')
  }, 30_000)
})

describe('examples/worker/worker.ts (a worker of your own app)', () => {
  it('starts, answers /healthz, and exits 0 on SIGTERM', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo
        server.close(() => resolve(port))
      })
    })
    const worker = spawnTs('examples/worker/worker.ts', { ...loopsEnv(), HEALTH_PORT: String(port) })
    spawned.push(worker)
    await worker.waitFor('worker: ready')
    expect(await health(port)).toEqual([200, { status: 'running' }])
    worker.child.kill('SIGTERM')
    expect(await worker.exited).toBe(0)
  }, 60_000)
})

describe('npm run worker under a supervisor', () => {
  it('SIGTERM to npm (which exits at once, leaving its child): the worker sees its parent gone, drains and exits', async () => {
    const npm = spawnProcess('npm', ['run', '-s', 'worker'], loopsEnv())
    spawned.push(npm)
    await npm.waitFor('worker: delivering')
    const pid = Number(/pid (\d+)/.exec(npm.stdout())?.[1])
    expect(pid).toBeGreaterThan(0)
    expect(pid).not.toBe(npm.child.pid)
    npm.child.kill('SIGTERM')
    await npm.exited
    const alive = () => {
      try {
        process.kill(pid, 0)
        return true
      } catch {
        return false
      }
    }
    await until(
      () => !alive(),
      20_000,
      () => `worker ${pid} still running after npm exited`,
    )
    await until(
      () => npm.stderr().includes('worker: drained, exiting'),
      5_000,
      () => npm.stderr(),
    )
    expect(npm.stderr()).toMatch(/worker: parent process \d+ \(npm\) exited, finishing jobs in flight/)
  }, 90_000)
})

describe('startOutboxWorker', () => {
  it('reads OUTBOX_CONCURRENCY itself, and names it when it is not a positive integer', async () => {
    const lines: Record<string, unknown>[] = []
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) })
    process.env.OUTBOX_CONCURRENCY = '3'
    Object.assign(process.env, loopsEnv())
    try {
      const worker = await startOutboxWorker({ logger })
      await worker.close()
      expect(lines.find((l) => l.msg === 'outbox worker started')).toMatchObject({ concurrency: 3 })
      process.env.OUTBOX_CONCURRENCY = '0'
      await expect(startOutboxWorker({ logger })).rejects.toMatchObject({
        name: 'ConfigError',
        message: expect.stringContaining('OUTBOX_CONCURRENCY must be a positive integer'),
      })
    } finally {
      for (const name of ['OUTBOX_CONCURRENCY', ...Object.keys(loopsEnv())]) delete process.env[name]
    }
  })
})

describe('codebuff-outbox worker --drain-timeout', () => {
  it('a job still in flight when the drain timeout passes: exit 1 then, the job left to its lock (not waited for)', async () => {
    const own = await startRedisServer() // its own Redis: the abandoned job stays locked there for 30 s
    const producer = createOutbox({ redisUrl: own.url, logger: silent })
    try {
      // Loops never answers within the attempt (30 s): the drain can only end by its timeout.
      standIn.inject({ fault: { delayMs: 120_000 }, operation: 'sendTransactionalEmail' })
      const worker = bin(['worker', '--drain-timeout', '500'], { ...loopsEnv(), REDIS_URL: own.url })
      await worker.waitFor('worker: delivering')
      expect(
        await producer.sendBasicEmail({ email: 'a@example.com', subject: 's', message: 'm' }, { idempotencyKey: 'stuck-1' }),
      ).toMatchObject({ ok: true })
      await until(
        () => standIn.requests.some((r) => r.operationId === 'sendTransactionalEmail'),
        10_000,
        () => 'the send never reached the stand-in',
      )
      worker.child.kill('SIGTERM')
      // Before the fix the worker waited for the send (and its retries) whatever the timeout: this await timed out.
      expect(await worker.exited).toBe(1)
      expect(worker.stderr()).toContain('jobs still in flight after 500 ms')
    } finally {
      standIn.reset()
      await producer.close()
      await own.close()
    }
  }, 25_000)
})
