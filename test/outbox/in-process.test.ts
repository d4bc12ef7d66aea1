import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { ConfigError } from '../../src/core/errors.js'
import { createLoopsClient } from '../../src/loops/index.js'
import { createOutbox } from '../../src/outbox/index.js'
import { type LoopsStandIn, startLoopsStandIn } from '../../src/testing/index.js'
import { captureLogs } from '../helpers/capture.js'
import { until } from '../helpers/processes.js'

// Without REDIS_URL the outbox still works, in this process (not durable), and says so once.
let standIn: LoopsStandIn
beforeAll(async () => {
  delete process.env.REDIS_URL
  process.env.LOOPS_TEMPLATE_BASIC = 'tpl_basic'
  standIn = await startLoopsStandIn({ templateIds: { basic: 'tpl_basic' } })
})
afterAll(async () => {
  delete process.env.LOOPS_TEMPLATE_BASIC
  await standIn.close()
})

const clientFor = (logger: ReturnType<typeof captureLogs>['logger']) =>
  createLoopsClient({ baseUrl: standIn.url, apiKey: standIn.apiKey, logger, retryDelays: { initialMs: 10 } })

describe('createOutbox without Redis', () => {
  it('delivers in-process, once per key, and warns once that it is not durable', async () => {
    const { logger, entries } = captureLogs()
    const outbox = createOutbox({ client: clientFor(logger), logger })
    const again = createOutbox({ client: clientFor(logger), logger })
    try {
      expect(outbox.mode).toBe('in-process')
      const r = await outbox.sendBasicEmail({ email: 'ada@example.com', subject: 'Hi', message: 'Hello' }, { idempotencyKey: 'k1' })
      expect(r).toEqual({ ok: true, queued: true, id: 'k1', idempotencyKey: 'k1' })
      await outbox.sendBasicEmail({ email: 'ada@example.com', subject: 'Hi', message: 'Hello' }, { idempotencyKey: 'k1' })
      await until(
        () => standIn.sent.length === 1,
        5000,
        () => 'not delivered',
      )
      standIn.expectEmailSent({ template: 'basic', to: 'ada@example.com' })
      expect(entries().filter((e) => /not durable/.test(e.msg))).toHaveLength(1)
    } finally {
      await outbox.close()
      await again.close()
    }
  })

  it('refuses invalid data before queueing', async () => {
    const { logger } = captureLogs()
    const outbox = createOutbox({ client: clientFor(logger), logger })
    const r = await outbox.sendWelcomeEmail({ email: 'nope', firstName: 'Ada', organizationName: 'Acme' })
    expect(r).toMatchObject({ ok: false, error: { name: 'ValidationError', retryable: false } })
    await outbox.close()
  })

  it('retries a retryable failure with backoff until delivered', async () => {
    standIn.reset()
    standIn.inject({ fault: { status: 503 }, operation: 'sendTransactionalEmail', times: 3 })
    const { logger } = captureLogs()
    const outbox = createOutbox({ client: clientFor(logger), logger })
    try {
      await outbox.sendBasicEmail({ email: 'ada@example.com', subject: 'Hi', message: 'Hello' }, { idempotencyKey: 'k503' })
      await until(
        () => standIn.sent.length === 1,
        10_000,
        () => 'not delivered',
      )
      expect(standIn.requests.map((r) => r.outcome)).toEqual([503, 503, 503, 200])
    } finally {
      await outbox.close()
    }
  })
})

describe('createOutbox without Redis under NODE_ENV=production', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('throws a ConfigError naming REDIS_URL: a forgotten variable must not silently cost durability', () => {
    vi.stubEnv('NODE_ENV', 'production')
    const { logger } = captureLogs()
    expect(() => createOutbox({ client: clientFor(logger), logger })).toThrow(ConfigError)
    expect(() => createOutbox({ client: clientFor(logger), logger })).toThrow(/REDIS_URL is not set.*inProcess: true/)
  })

  it('delivers in-process when asked to with { inProcess: true }, even with REDIS_URL set', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('REDIS_URL', 'redis://127.0.0.1:1')
    const { logger } = captureLogs()
    const outbox = createOutbox({ inProcess: true, client: clientFor(logger), logger })
    try {
      expect(outbox.mode).toBe('in-process')
    } finally {
      await outbox.close()
    }
  })
})
