import { context, metrics, propagation, trace } from '@opentelemetry/api'
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks'
import { W3CTraceContextPropagator } from '@opentelemetry/core'
import { type GaugeMetricData, MeterProvider, MetricReader, type SumMetricData } from '@opentelemetry/sdk-metrics'
import { BasicTracerProvider, InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { pino } from 'pino'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { createLoopsClient } from '../../src/loops/index.js'
import { createOutbox, type OutboxWorker, startOutboxWorker } from '../../src/outbox/index.js'
import { type LoopsStandIn, startLoopsStandIn } from '../../src/testing/index.js'
import { until } from '../helpers/processes.js'
import { type RedisServer, startRedisServer } from '../helpers/redis-server.js'
import { TEMPLATE_IDS } from '../helpers/worker-env.js'

// The outbox after OpenTelemetry's messaging conventions (real redis-server, the Loops stand-in, the SDK
// with in-memory exporters): a PRODUCER span per enqueue, a CONSUMER span per delivery attempt linked to
// it, the helper and template on the call span, deliveries/failures by template, queue depth by state.
const silent = pino({ level: 'silent' })
const exporter = new InMemorySpanExporter()
class TestReader extends MetricReader {
  protected override async onForceFlush() {}
  protected override async onShutdown() {}
}
const reader = new TestReader()
let redis: RedisServer
let standIn: LoopsStandIn
let worker: OutboxWorker | undefined

beforeAll(async () => {
  trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }))
  metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }))
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable())
  propagation.setGlobalPropagator(new W3CTraceContextPropagator())
  redis = await startRedisServer()
  standIn = await startLoopsStandIn()
})
afterEach(async () => {
  await worker?.close()
  worker = undefined
})
afterAll(async () => {
  trace.disable()
  metrics.disable()
  context.disable()
  propagation.disable()
  await standIn?.close()
  await redis?.close()
})

const spans = (name: string) => exporter.getFinishedSpans().filter((s) => s.name === name)
const startWorker = async () =>
  (worker = await startOutboxWorker({
    redisUrl: redis.url,
    client: createLoopsClient({ baseUrl: standIn.url, apiKey: standIn.apiKey, rateLimit: false, maxRetries: 0, logger: silent }),
    templates: TEMPLATE_IDS,
    backoff: { initialMs: 50 },
    logger: silent,
  }))

it('an enqueue is a PRODUCER span; each delivery attempt a CONSUMER span linked to it, parent of the call span', async () => {
  standIn.inject({ fault: { status: 503 }, operation: 'sendTransactionalEmail', times: 1 })
  const outbox = createOutbox({ redisUrl: redis.url, logger: silent })
  const request = await trace.getTracer('test').startActiveSpan('POST /api/invitations', async (span) => {
    const result = await outbox.sendBasicEmail({ email: 'ada@example.com', subject: 'Hi', message: 'Hello' }, { idempotencyKey: 'trace-1' })
    expect(result.ok).toBe(true)
    span.end()
    return span.spanContext()
  })
  await outbox.close()
  await startWorker()
  await until(
    () => spans('loops.sendTransactionalEmail').length === 2 && spans('process loops-outbox').length === 2,
    15_000,
    () => 'not delivered on the second attempt',
  )

  const [send] = spans('send loops-outbox')
  expect(send!.kind).toBe(3) // PRODUCER
  expect(send!.parentSpanContext?.spanId).toBe(request.spanId)
  expect(send!.attributes).toMatchObject({
    'messaging.system': 'bullmq',
    'messaging.destination.name': 'loops-outbox',
    'messaging.operation.type': 'send',
    'messaging.message.id': 'trace-1',
    'codebuff.outbox.helper': 'sendBasicEmail',
    'codebuff.outbox.template': 'basic',
  })

  const attempts = spans('process loops-outbox').sort(
    (a, b) => Number(a.attributes['codebuff.outbox.attempt']) - Number(b.attributes['codebuff.outbox.attempt']),
  )
  for (const [i, attempt] of attempts.entries()) {
    expect(attempt.kind).toBe(4) // CONSUMER
    expect(attempt.links.map((l) => l.context.spanId)).toEqual([send!.spanContext().spanId])
    expect(attempt.parentSpanContext).toBeUndefined() // its own trace: not under a request span that ended long ago
    expect(attempt.attributes).toMatchObject({
      'messaging.system': 'bullmq',
      'messaging.destination.name': 'loops-outbox',
      'messaging.operation.type': 'process',
      'messaging.message.id': 'trace-1',
      'codebuff.outbox.attempt': i + 1,
      'codebuff.outbox.template': 'basic',
    })
    expect(attempt.attributes['codebuff.outbox.wait.duration_ms']).toBeGreaterThanOrEqual(0)
  }
  expect(attempts[0]!.attributes['error.type']).toBe('ServerError') // the error's class, not '503'
  expect(attempts[0]!.status.code).toBe(2)
  expect(attempts[1]!.attributes['error.type']).toBeUndefined()

  const calls = spans('loops.sendTransactionalEmail')
  const byParent = (attempt: ReadableSpan) => calls.find((c) => c.parentSpanContext?.spanId === attempt.spanContext().spanId)
  for (const attempt of attempts) {
    expect(byParent(attempt)?.attributes).toMatchObject({ 'codebuff.outbox.helper': 'sendBasicEmail', 'codebuff.outbox.template': 'basic' })
  }

  const { resourceMetrics } = await reader.collect()
  const all = resourceMetrics.scopeMetrics.flatMap((s) => s.metrics)
  const sum = (name: string) => all.find((m) => m.descriptor.name === name) as SumMetricData | undefined
  expect(sum('codebuff.outbox.deliveries')?.dataPoints.map((p) => [p.attributes['codebuff.outbox.template'], p.value])).toEqual([
    ['basic', 1],
  ])
  expect(
    sum('codebuff.outbox.failures')?.dataPoints.map((p) => [p.attributes['codebuff.outbox.template'], p.attributes['error.type'], p.value]),
  ).toEqual([['basic', 'ServerError', 1]])
})

it('the worker reports queue depth by state (waiting, active, delayed, failed) as observable gauges', async () => {
  const outbox = createOutbox({ redisUrl: redis.url, logger: silent })
  for (const key of ['depth-1', 'depth-2', 'depth-3'])
    await outbox.sendBasicEmail({ email: 'ada@example.com', subject: 'Hi', message: 'Hello' }, { idempotencyKey: key })
  await outbox.close()
  // Without LOOPS_TEMPLATE_BASIC this worker fails them (missing template): each is waiting, active or failed, never completed.
  worker = await startOutboxWorker({
    redisUrl: redis.url,
    client: createLoopsClient({ baseUrl: standIn.url, apiKey: standIn.apiKey, rateLimit: false, logger: silent }),
    templates: TEMPLATE_IDS,
    logger: silent,
  })
  const { resourceMetrics } = await reader.collect()
  const depth = resourceMetrics.scopeMetrics.flatMap((s) => s.metrics).find((m) => m.descriptor.name === 'codebuff.outbox.jobs') as
    | GaugeMetricData
    | undefined
  const byState = Object.fromEntries(depth!.dataPoints.map((p) => [p.attributes['codebuff.outbox.state'], p.value]))
  expect(Object.keys(byState).sort()).toEqual(['active', 'delayed', 'failed', 'waiting'])
  expect(byState.waiting! + byState.active! + byState.failed! + byState.delayed!).toBeGreaterThanOrEqual(3)
})
