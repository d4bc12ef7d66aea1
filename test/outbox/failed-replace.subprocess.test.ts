import { Queue, Worker } from 'bullmq'
import { Redis } from 'ioredis'
import { pino } from 'pino'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { ADD_SCRIPT, fitsReplacement, REPLACE_FAILED, replaceFailedOnAdd } from '../../src/outbox/failed-replace.js'
import { createOutbox, type Outbox } from '../../src/outbox/index.js'
import { OUTBOX_QUEUE } from '../../src/outbox/jobs.js'
import { outboxQueue, parkInFailedSet } from '../helpers/failed-job.js'
import { until } from '../helpers/processes.js'
import { type RedisServer, startRedisServer } from '../helpers/redis-server.js'
import { invitationFor } from '../helpers/invitation.js'

// The failed-set replacement runs inside BullMQ's add script (src/outbox/failed-replace.ts). These tests
// pin it to the installed BullMQ: an upgrade that changes the script's layout fails here first.
const silent = pino({ level: 'silent' })
const invitation = invitationFor

let redis: RedisServer
let outbox: Outbox
beforeAll(async () => {
  redis = await startRedisServer()
  outbox = createOutbox({ redisUrl: redis.url, logger: silent })
})
afterAll(async () => {
  await outbox?.close()
  await redis?.close()
})
afterEach(async () => {
  const flush = new Redis(redis.url)
  await flush.flushall()
  flush.disconnect()
})

/** The job of this id as stored: state, data, and whether it carries a past failure. */
async function stored(id: string) {
  const { queue, close } = outboxQueue(redis.url)
  try {
    const job = await queue.getJob(id)
    return {
      state: await queue.getJobState(id),
      email: job?.data.input.email,
      failedReason: job?.failedReason,
      counts: await queue.getJobCounts('waiting', 'active', 'completed', 'failed'),
    }
  } finally {
    await close()
  }
}

describe('the failed-set replacement inside BullMQ’s add script', () => {
  it('fits the installed BullMQ: its add script still has the layout the replacement relies on', async () => {
    const connection = new Redis(redis.url)
    const replacement = replaceFailedOnAdd(connection)
    const queue = new Queue(OUTBOX_QUEUE, { connection: replacement.connection })
    await queue.waitUntilReady()
    // 'zscore' here means BullMQ changed addStandardJob: update REPLACE_FAILED and ADD_SCRIPT_LAYOUT to match.
    expect(replacement.mode()).toBe('script')
    await queue.close()
    connection.disconnect()
  })

  it('leaves a script whose layout changed untouched and falls back to a separate check', () => {
    const connection = new Redis({ lazyConnect: true })
    const define = vi.spyOn(connection, 'defineCommand')
    const replacement = replaceFailedOnAdd(connection)
    const changed = { numberOfKeys: 10, lua: 'local args = cmsgpack.unpack(ARGV[2])' }
    replacement.connection.defineCommand(`${ADD_SCRIPT}:99.0.0`, changed)
    expect(define).toHaveBeenCalledWith(`${ADD_SCRIPT}:99.0.0`, changed)
    expect(replacement.mode()).toBe('zscore')
    expect(fitsReplacement(changed)).toBe(false)
    // Other scripts pass through as BullMQ wrote them.
    replacement.connection.defineCommand('moveToFinished:1', { numberOfKeys: 14, lua: 'return 1' })
    expect(define).toHaveBeenLastCalledWith('moveToFinished:1', { numberOfKeys: 14, lua: 'return 1' })
    expect(REPLACE_FAILED).toContain('ZSCORE')
    connection.disconnect()
  })

  it('an enqueue is one Redis command, the failed-set check included', async () => {
    await outbox.sendInvitationEmail(invitation('warm@example.com'), { idempotencyKey: 'warm-up' })
    const monitor = await new Redis(redis.url).monitor()
    const commands: string[] = []
    monitor.on('monitor', (_time: string, args: string[], source: string) => {
      if (source !== 'lua') commands.push(String(args[0]).toLowerCase())
    })
    await new Promise((r) => setTimeout(r, 50))
    expect(await outbox.sendInvitationEmail(invitation('ada@example.com'), { idempotencyKey: 'one-command' })).toMatchObject({
      ok: true,
    })
    await new Promise((r) => setTimeout(r, 50))
    monitor.disconnect()
    expect(commands).toEqual(['evalsha'])
  })

  it('a corrected re-send replaces the job of its key in the failed set: fresh, waiting, with the new data', async () => {
    await parkInFailedSet(redis.url, 'invite-7', { idempotencyKey: 'invite-7', input: invitation('typo@example') })
    expect(await stored('invite-7')).toMatchObject({ state: 'failed', failedReason: '422 from Loops (test)' })

    const r = await outbox.sendInvitationEmail(invitation('ada@example.com'), { idempotencyKey: 'invite-7' })
    expect(r).toMatchObject({ ok: true, queued: true, id: 'invite-7' })
    const after = await stored('invite-7')
    expect(after).toMatchObject({ state: 'waiting', email: 'ada@example.com', counts: { waiting: 1, failed: 0 } })
    expect(after.failedReason ?? '').toBe('')
  })

  it('an id already waiting, active or completed is never enqueued twice, and keeps its data', async () => {
    const send = (key: string, email: string) => outbox.sendInvitationEmail(invitation(email), { idempotencyKey: key })
    // waiting
    await send('w', 'first@example.com')
    expect(await send('w', 'second@example.com')).toMatchObject({ ok: true, id: 'w' })
    expect(await stored('w')).toMatchObject({ state: 'waiting', email: 'first@example.com', counts: { waiting: 1 } })

    // active, then completed: a worker that holds the job until released
    let release = () => {}
    const held = new Promise<void>((r) => (release = r))
    const worker = new Worker(OUTBOX_QUEUE, () => held, { connection: { url: redis.url } })
    try {
      await until(
        async () => (await stored('w')).state === 'active',
        10_000,
        () => 'not active',
      )
      await send('w', 'third@example.com')
      expect(await stored('w')).toMatchObject({ state: 'active', email: 'first@example.com', counts: { waiting: 0, active: 1 } })
      release()
      await until(
        async () => (await stored('w')).state === 'completed',
        10_000,
        () => 'not completed',
      )
    } finally {
      await worker.close()
    }
    await send('w', 'fourth@example.com')
    expect(await stored('w')).toMatchObject({
      state: 'completed',
      email: 'first@example.com',
      counts: { waiting: 0, active: 0, completed: 1, failed: 0 },
    })
  })
})
