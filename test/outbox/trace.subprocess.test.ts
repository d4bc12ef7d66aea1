import { context, propagation, trace } from '@opentelemetry/api'
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks'
import { W3CTraceContextPropagator } from '@opentelemetry/core'
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { pino } from 'pino'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createLoopsClient } from '../../src/loops/index.js'
import { createOutbox, startOutboxWorker } from '../../src/outbox/index.js'
import { type LoopsStandIn, startLoopsStandIn } from '../../src/testing/index.js'
import { until } from '../helpers/processes.js'
import { type RedisServer, startRedisServer } from '../helpers/redis-server.js'

// One trace from enqueue to delivery: the producer's context rides in the job, the worker's call
// spans join it (real redis-server, the Loops stand-in, the OpenTelemetry SDK with an in-memory exporter).
const silent = pino({ level: 'silent' })
const exporter = new InMemorySpanExporter()
let redis: RedisServer
let standIn: LoopsStandIn

beforeAll(async () => {
  trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }))
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable())
  propagation.setGlobalPropagator(new W3CTraceContextPropagator())
  redis = await startRedisServer()
  standIn = await startLoopsStandIn()
})
afterAll(async () => {
  trace.disable()
  context.disable()
  propagation.disable()
  await standIn?.close()
  await redis?.close()
})

it('a job delivered by a worker continues the trace of the request that enqueued it', async () => {
  const outbox = createOutbox({ redisUrl: redis.url, logger: silent })
  const producer = await trace.getTracer('test').startActiveSpan('POST /api/invitations', async (span) => {
    const result = await outbox.sendBasicEmail({ email: 'ada@example.com', subject: 'Hi', message: 'Hello' }, { idempotencyKey: 'trace-1' })
    expect(result.ok).toBe(true)
    span.end()
    return span.spanContext()
  })
  const worker = await startOutboxWorker({
    redisUrl: redis.url,
    client: createLoopsClient({ baseUrl: standIn.url, apiKey: standIn.apiKey, rateLimit: false, logger: silent }),
    templates: { basic: 'tpl_basic', invitation: 'tpl_invitation', welcome: 'tpl_welcome' },
    logger: silent,
  })
  try {
    await until(
      async () => standIn.sent.length === 1,
      15_000,
      () => 'the job was not delivered',
    )
    await until(
      async () => exporter.getFinishedSpans().some((s) => s.name === 'loops.sendTransactionalEmail'),
      5_000,
      () => 'no call span',
    )
  } finally {
    await worker.close()
    await outbox.close()
  }
  const call = exporter.getFinishedSpans().find((s) => s.name === 'loops.sendTransactionalEmail')!
  expect(call.spanContext().traceId).toBe(producer.traceId)
  expect(call.parentSpanContext?.spanId).toBe(producer.spanId)
})
