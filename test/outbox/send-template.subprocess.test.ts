// outbox.sendTemplate: checked at enqueue like the helpers, delivered by a worker (Redis) or in-process,
// with the worker's own template id (LOOPS_TEMPLATE_<NAME> or the generated file's).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loopsPublishedTemplates } from '../../generated/loops-templates.js'
import { createLoopsClient } from '../../src/loops/index.js'
import { createOutbox, startOutboxWorker } from '../../src/outbox/index.js'
import { type LoopsStandIn, startLoopsStandIn } from '../../src/testing/index.js'
import { captureLogs } from '../helpers/capture.js'
import { until } from '../helpers/processes.js'
import { type RedisServer, startRedisServer } from '../helpers/redis-server.js'
import { TEMPLATE_IDS } from '../helpers/worker-env.js'

let redis: RedisServer
let standIn: LoopsStandIn
beforeAll(async () => {
  delete process.env.LOOPS_TEMPLATE_BASIC
  redis = await startRedisServer()
  const templates = Object.entries(loopsPublishedTemplates).map(([name, t]) => ({ name, id: t.id, dataVariables: [...t.dataVariables] }))
  standIn = await startLoopsStandIn({ templates })
})
afterAll(async () => {
  await standIn?.close()
  await redis?.close()
})

const { logger } = captureLogs()
const client = () => createLoopsClient({ baseUrl: standIn.url, apiKey: standIn.apiKey, logger, rateLimit: false })
const basic = { email: 'ada@example.com', dataVariables: { subject: 'Hi', message: 'Hello' } }

describe('outbox.sendTemplate', () => {
  it('with Redis: refuses a send lacking a variable at enqueue, queues a good one, a worker delivers it once', async () => {
    const outbox = createOutbox({ redisUrl: redis.url, logger })
    const worker = await startOutboxWorker({
      redisUrl: redis.url,
      client: client(),
      templates: TEMPLATE_IDS,
      logger,
    })
    try {
      const refused = await outbox.sendTemplate('basic', { email: 'ada@example.com', dataVariables: { subject: 'Hi' } } as never)
      expect(refused).toMatchObject({ ok: false, error: { name: 'ValidationError', message: expect.stringContaining('`message`') } })
      const queued = await outbox.sendTemplate('basic', basic, { idempotencyKey: 'tpl-job-1' })
      expect(queued).toEqual({ ok: true, queued: true, id: 'tpl-job-1', idempotencyKey: 'tpl-job-1' })
      await outbox.sendTemplate('basic', basic, { idempotencyKey: 'tpl-job-1' })
      await until(
        () => standIn.sent.length >= 1,
        10_000,
        () => 'not delivered',
      )
      await new Promise((r) => setTimeout(r, 300))
      expect(standIn.sent).toHaveLength(1)
      standIn.expectEmailSent({ transactionalId: 'tpl_basic', to: 'ada@example.com', data: basic.dataVariables })
      expect(standIn.sent[0]!.idempotencyKey).toBe('tpl-job-1')
    } finally {
      await worker.close()
      await outbox.close()
    }
  }, 30_000)

  it('without Redis: delivered in-process, the same checks', async () => {
    standIn.reset()
    const outbox = createOutbox({ redisUrl: undefined, client: client(), logger })
    try {
      expect(outbox.mode).toBe('in-process')
      const unknown = await outbox.sendTemplate('farewell' as never, basic as never)
      expect(unknown).toMatchObject({ ok: false, error: { message: expect.stringContaining('no published template named "farewell"') } })
      expect(await outbox.sendTemplate('basic', basic, { idempotencyKey: 'tpl-inproc' })).toMatchObject({ ok: true, queued: true })
      await until(
        () => standIn.sent.length === 1,
        5_000,
        () => 'not delivered',
      )
      standIn.expectEmailSent({ transactionalId: 'tpl_basic', to: 'ada@example.com' })
    } finally {
      await outbox.close()
    }
  })
})
