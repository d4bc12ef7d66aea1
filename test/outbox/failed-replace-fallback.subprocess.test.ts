import type { Redis } from 'ioredis'
import { pino } from 'pino'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import { createOutbox } from '../../src/outbox/index.js'
import { outboxQueue, parkInFailedSet } from '../helpers/failed-job.js'
import { type RedisServer, startRedisServer } from '../helpers/redis-server.js'
import { invitationFor } from '../helpers/invitation.js'

// A BullMQ whose add script no longer fits the in-script replacement (failed-replace.ts): the outbox
// must still replace a failed job, with a separate ZSCORE per enqueue.
vi.mock('../../src/outbox/failed-replace.ts', async (original) => ({
  ...(await original<typeof import('../../src/outbox/failed-replace.ts')>()),
  replaceFailedOnAdd: (connection: Redis) => ({ connection, mode: () => 'zscore', settle() {} }),
}))

const invitation = invitationFor
let redis: RedisServer
beforeAll(async () => {
  redis = await startRedisServer()
})
afterAll(async () => {
  await redis?.close()
})

it('without the in-script replacement, a corrected re-send still replaces the failed job, and a waiting one is kept', async () => {
  const outbox = createOutbox({ redisUrl: redis.url, logger: pino({ level: 'silent' }) })
  const { queue, close } = outboxQueue(redis.url)
  try {
    await parkInFailedSet(redis.url, 'invite-9', { idempotencyKey: 'invite-9', input: invitation('typo@example') })
    expect(await outbox.sendInvitationEmail(invitation('ada@example.com'), { idempotencyKey: 'invite-9' })).toMatchObject({ ok: true })
    expect(await queue.getJobState('invite-9')).toBe('waiting')
    expect((await queue.getJob('invite-9'))?.data.input.email).toBe('ada@example.com')

    await outbox.sendInvitationEmail(invitation('other@example.com'), { idempotencyKey: 'invite-9' })
    expect((await queue.getJob('invite-9'))?.data.input.email).toBe('ada@example.com')
    expect(await queue.getJobCounts('waiting', 'failed')).toEqual({ waiting: 1, failed: 0 })
  } finally {
    await close()
    await outbox.close()
  }
})
