import { context, metrics, propagation, ROOT_CONTEXT, type Span, trace } from '@opentelemetry/api'
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks'
import { W3CTraceContextPropagator } from '@opentelemetry/core'
import { type HistogramMetricData, MeterProvider, MetricReader, type MetricData } from '@opentelemetry/sdk-metrics'
import { BasicTracerProvider, InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { RateLimiter } from '../../src/core/http/rate-limiter.js'
import { captureTraceContext, withTraceContext } from '../../src/core/observability/telemetry.js'
import { createLoopsClient } from '../../src/loops/index.js'
import { createStripeClient } from '../../src/stripe/index.js'
import { captureLogs, jsonResponse, scriptedFetch } from '../helpers/capture.js'

/**
 * The OpenTelemetry SDK (2.x) registered through the API's globals, as an app's NodeSDK would, with
 * in-memory exporters: what the package exports is read back and checked, secrets and emails first.
 */
class TestReader extends MetricReader {
  protected override async onShutdown() {}
  protected override async onForceFlush() {}
}

const KEY = 'loops_test_key_0123456789'
const EMAIL_ADDRESS = 'ada.lovelace@example.com'
const IDEMPOTENCY_KEY = 'invite-7f3c9a'
const EMAIL = { transactionalId: 'tpl', email: EMAIL_ADDRESS, dataVariables: { firstName: 'Ada' } }
const exporter = new InMemorySpanExporter()
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] })
const testTracer = () => trace.getTracer('test')
let reader: TestReader

beforeAll(() => {
  trace.setGlobalTracerProvider(tracerProvider)
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable())
  propagation.setGlobalPropagator(new W3CTraceContextPropagator())
})
beforeEach(() => {
  exporter.reset()
  // A fresh meter provider per test, so each test reads only its own data points.
  metrics.disable()
  reader = new TestReader()
  metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }))
})
afterAll(() => {
  trace.disable()
  context.disable()
  propagation.disable()
  metrics.disable()
})

const logs = captureLogs()
const client = (fetch: ReturnType<typeof scriptedFetch>['fetch'], extra: Parameters<typeof createLoopsClient>[0] = {}) =>
  createLoopsClient({
    apiKey: KEY,
    baseUrl: 'https://loops.test:8443/api',
    fetch,
    logger: logs.logger,
    rateLimit: false,
    retryDelays: { initialMs: 1, maxMs: 1 },
    ...extra,
  })
const unavailableThenOk = () =>
  scriptedFetch(
    () => jsonResponse({ message: `down for ${EMAIL_ADDRESS}` }, 503),
    () => jsonResponse({ success: true }, 200, { 'x-request-id': 'req_abc' }),
  )

/** Runs `fn` inside an active span of the test, as an app's request handler would. */
function inTestSpan<T>(fn: (span: Span) => Promise<T>): Promise<T> {
  return testTracer().startActiveSpan('test request', async (span) => {
    try {
      return await fn(span)
    } finally {
      span.end()
    }
  })
}

const ours = () => exporter.getFinishedSpans().filter((s) => s.instrumentationScope.name === '@codebuff/integrations')
const byName = (name: string) => ours().filter((s) => s.name === name)
async function collected(): Promise<MetricData[]> {
  const { resourceMetrics } = await reader.collect()
  return resourceMetrics.scopeMetrics.flatMap((s) => s.metrics)
}
const metric = (all: MetricData[], name: string) => all.find((m) => m.descriptor.name === name)
const everythingExported = async () => JSON.stringify({ spans: ours().map(serializable), metrics: await collected() })
const serializable = (s: ReadableSpan) => ({ name: s.name, attributes: s.attributes, events: s.events, status: s.status, kind: s.kind })

describe('telemetry: a call that meets 503 then 200', () => {
  it('is one operation span with two CLIENT attempt spans, under the caller’s span', async () => {
    const { fetch } = unavailableThenOk()
    const loops = client(fetch)
    const testSpan = await inTestSpan(async (span) => {
      await loops.sendTransactionalEmail(EMAIL, { idempotencyKey: IDEMPOTENCY_KEY })
      return span
    })
    const [call] = byName('loops.sendTransactionalEmail')
    expect(call).toBeDefined()
    expect(call!.kind).toBe(0) // INTERNAL
    expect(call!.parentSpanContext?.spanId).toBe(testSpan.spanContext().spanId)
    expect(call!.spanContext().traceId).toBe(testSpan.spanContext().traceId)
    expect(call!.attributes).toMatchObject({
      'codebuff.service': 'loops',
      'codebuff.operation': 'sendTransactionalEmail',
      'codebuff.attempts': 2,
      'http.response.status_code': 200,
    })
    expect(call!.status.code).toBe(0) // UNSET: the call succeeded

    const attempts = byName('POST /v1/transactional')
    expect(attempts).toHaveLength(2)
    for (const span of attempts) {
      expect(span.kind).toBe(2) // CLIENT
      expect(span.parentSpanContext?.spanId).toBe(call!.spanContext().spanId)
    }
    const common = {
      'http.request.method': 'POST',
      'url.template': '/v1/transactional',
      'server.address': 'loops.test',
      'server.port': 8443,
      'url.scheme': 'https',
    }
    expect(attempts[0]!.attributes).toEqual({ ...common, 'http.response.status_code': 503, 'error.type': '503' })
    expect(attempts[0]!.status.code).toBe(2) // ERROR
    expect(attempts[1]!.attributes).toEqual({
      ...common,
      'http.response.status_code': 200,
      'http.request.resend_count': 1,
      'codebuff.vendor.request_id': 'req_abc',
    })
    expect(call!.events.map((e) => e.name)).toEqual(['codebuff.retry.backoff'])
    expect(call!.events[0]!.attributes).toEqual({ 'codebuff.wait.duration_ms': 1 })
  })

  it('sends each attempt its own W3C traceparent, naming that attempt’s span', async () => {
    const { fetch, calls } = unavailableThenOk()
    await inTestSpan(() => client(fetch).sendTransactionalEmail(EMAIL))
    const attempts = byName('POST /v1/transactional')
    expect(calls.map((c) => c.headers.get('traceparent'))).toEqual(
      attempts.map((s) => `00-${s.spanContext().traceId}-${s.spanContext().spanId}-01`),
    )
  })

  it('runs each fetch inside its attempt span, so an instrumented fetch nests its own span under it', async () => {
    const active: (string | undefined)[] = []
    const { fetch } = unavailableThenOk()
    const watching: typeof fetch = (url, init) => {
      active.push(trace.getActiveSpan()?.spanContext().spanId)
      return fetch(url, init)
    }
    await inTestSpan(() => client(watching).sendTransactionalEmail(EMAIL))
    expect(active).toEqual(byName('POST /v1/transactional').map((s) => s.spanContext().spanId))
  })

  it('records http.client.request.duration per attempt and counts the retry', async () => {
    const { fetch } = unavailableThenOk()
    await client(fetch).sendTransactionalEmail(EMAIL)
    const all = await collected()
    const duration = metric(all, 'http.client.request.duration') as HistogramMetricData
    expect(duration.descriptor.unit).toBe('s')
    const points = duration.dataPoints.map((p) => ({ status: p.attributes['http.response.status_code'], count: p.value.count }))
    expect(points).toEqual([
      { status: 503, count: 1 },
      { status: 200, count: 1 },
    ])
    expect(duration.dataPoints[0]!.attributes).toMatchObject({
      'codebuff.service': 'loops',
      'codebuff.operation': 'sendTransactionalEmail',
      'http.request.method': 'POST',
      'error.type': '503',
    })
    const retries = metric(all, 'codebuff.client.retries')!
    expect(retries.dataPoints.map((p) => [p.attributes['error.type'], p.value])).toEqual([['503', 1]])
  })

  it('exports no key, Authorization, email, body, query or idempotency key anywhere', async () => {
    const { fetch } = unavailableThenOk()
    const loops = client(fetch)
    await inTestSpan(async () => {
      await loops.sendTransactionalEmail(EMAIL, { idempotencyKey: IDEMPOTENCY_KEY })
      await loops.raw.GET('/v1/contacts/find', { params: { query: { email: EMAIL_ADDRESS } } })
    })
    const exported = await everythingExported()
    expect(exported).toContain('loops.GET /v1/contacts/find') // the raw call is there…
    for (const secret of [
      KEY,
      'Bearer',
      EMAIL_ADDRESS,
      'ada.lovelace',
      'example.com',
      IDEMPOTENCY_KEY,
      'firstName',
      'email=',
      'down for',
    ]) {
      expect(exported).not.toContain(secret) // …and none of this is
    }
  })
})

describe('telemetry: failures, waits and counters', () => {
  it('marks a network failure with its errno on each attempt and with the error class on the call', async () => {
    const { fetch } = scriptedFetch(() => {
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })
    })
    await expect(client(fetch, { maxRetries: 1 }).sendTransactionalEmail(EMAIL)).rejects.toMatchObject({ name: 'NetworkError' })
    expect(byName('POST /v1/transactional').map((s) => s.attributes['error.type'])).toEqual(['ECONNREFUSED', 'ECONNREFUSED'])
    const [call] = byName('loops.sendTransactionalEmail')
    expect(call!.attributes).toMatchObject({ 'error.type': 'NetworkError', 'codebuff.attempts': 2 })
    expect(call!.status.code).toBe(2)
  })

  it('a call whose retries ran out on 503s carries the error class, its attempts the status (issue 19.15)', async () => {
    const { fetch } = scriptedFetch(() => new Response('{"message":"down"}', { status: 503 }))
    await expect(client(fetch, { maxRetries: 1 }).sendTransactionalEmail(EMAIL)).rejects.toMatchObject({ name: 'ServerError' })
    expect(byName('POST /v1/transactional').map((s) => s.attributes['error.type'])).toEqual(['503', '503'])
    const [call] = byName('loops.sendTransactionalEmail')
    expect(call!.attributes).toMatchObject({ 'error.type': 'ServerError', 'http.response.status_code': 503 })
  })

  it('counts 429s, and a final 4xx ends the call span in error with the class the caller gets', async () => {
    const { fetch } = scriptedFetch(
      () => jsonResponse({ message: 'slow down' }, 429, { 'retry-after': '0' }),
      () => jsonResponse({ message: 'bad' }, 400),
    )
    await expect(client(fetch).sendTransactionalEmail(EMAIL)).rejects.toMatchObject({ name: 'ValidationError' })
    const all = await collected()
    expect(metric(all, 'codebuff.client.rate_limited')!.dataPoints.map((p) => p.value)).toEqual([1])
    const [call] = byName('loops.sendTransactionalEmail')
    expect(call!.attributes).toMatchObject({ 'http.response.status_code': 400, 'error.type': 'ValidationError' })
    expect(call!.status.code).toBe(2)
  })

  it('ends the call span in error for a redirect, which is answered and never followed', async () => {
    const { fetch } = scriptedFetch(() => new Response(null, { status: 307, headers: { location: 'https://elsewhere.test/' } }))
    await expect(client(fetch).sendTransactionalEmail(EMAIL)).rejects.toBeInstanceOf(Error)
    const [call] = byName('loops.sendTransactionalEmail')
    expect(call!.attributes).toMatchObject({ 'http.response.status_code': 307, 'error.type': 'IntegrationError' })
    expect(call!.status.code).toBe(2)
    expect(await everythingExported()).not.toContain('elsewhere')
  })

  it('records a wait for the client-side rate limiter as a span event and in the wait histogram', async () => {
    const limiter: RateLimiter = {
      tryAcquire: () => false,
      acquire: () => new Promise((resolve) => setTimeout(resolve, 5)),
      pause: () => {},
    }
    const { fetch } = scriptedFetch(() => jsonResponse({ success: true }))
    await client(fetch, { rateLimit: limiter }).sendTransactionalEmail(EMAIL)
    const [call] = byName('loops.sendTransactionalEmail')
    expect(call!.events.map((e) => e.name)).toEqual(['codebuff.rate_limit.wait'])
    expect(call!.events[0]!.attributes!['codebuff.wait.duration_ms']).toEqual(expect.any(Number))
    const wait = metric(await collected(), 'codebuff.client.rate_limiter.wait.duration') as HistogramMetricData
    expect(wait.dataPoints[0]!.value.count).toBe(1)
    expect(wait.dataPoints[0]!.attributes).toMatchObject({ 'codebuff.operation': 'sendTransactionalEmail' })
  })

  it('names a raw call by its template and keeps the filled-in id out', async () => {
    const { fetch } = scriptedFetch(() => jsonResponse({ id: 'cus_private_123', object: 'customer' }))
    const stripe = createStripeClient({ apiKey: 'sk_test_123', baseUrl: 'https://stripe.test', fetch, logger: logs.logger })
    await stripe.raw.GET('/v1/customers/{customer}', { params: { path: { customer: 'cus_private_123' } } })
    expect(ours().map((s) => s.name)).toEqual(['GET /v1/customers/{customer}', 'stripe.GET /v1/customers/{customer}'])
    expect(await everythingExported()).not.toContain('cus_private_123')
  })
})

describe('telemetry: a raw path the spec does not have', () => {
  it('is named by its method only: the filled-in path (an email here) is never exported', async () => {
    const { fetch } = scriptedFetch(() => jsonResponse({ ok: true }))
    const loops = client(fetch)
    const rawClient = loops.raw as unknown as { GET(path: string): Promise<{ error?: unknown }> }
    await rawClient.GET(`/v1/not-in-spec/${encodeURIComponent(EMAIL_ADDRESS)}`)
    expect(ours().map((s) => s.name)).toEqual(['GET', 'loops.GET'])
    expect(ours()[0]!.attributes['url.template']).toBeUndefined()
    const exported = await everythingExported()
    expect(exported).not.toContain('not-in-spec')
    expect(exported).not.toContain('lovelace')
  })
})

describe('telemetry with middleware', () => {
  it('lets middleware see the traceparent it sends, and a throwing hook ends every span in error', async () => {
    const { fetch, calls } = unavailableThenOk()
    const loops = client(fetch)
    const seen: (string | undefined)[] = []
    loops.use({
      onRequest: ({ attempt, request }) => {
        seen.push(request.headers.traceparent)
        if (attempt === 2) throw new Error('quota service down')
      },
    })
    await expect(loops.sendTransactionalEmail(EMAIL)).rejects.toMatchObject({ name: 'MiddlewareError', attempts: 1 })
    expect(calls).toHaveLength(1)
    const attempts = byName('POST /v1/transactional')
    expect(seen).toEqual(attempts.map((s) => `00-${s.spanContext().traceId}-${s.spanContext().spanId}-01`))
    expect(attempts.map((s) => [s.attributes['error.type'], s.status.code])).toEqual([
      ['503', 2],
      ['MiddlewareError', 2], // opened for attempt 2, closed by the hook's failure
    ])
    const [call] = byName('loops.sendTransactionalEmail')
    expect(call!.attributes).toMatchObject({ 'error.type': 'MiddlewareError', 'codebuff.attempts': 1 })
  })
})

describe('telemetry: logs and turning it off', () => {
  it('puts the call span’s trace_id and span_id on the log lines it writes', async () => {
    const { fetch } = unavailableThenOk()
    logs.lines.length = 0
    await inTestSpan(() => client(fetch).sendTransactionalEmail(EMAIL))
    const [call] = byName('loops.sendTransactionalEmail')
    const lines = logs.entries().filter((e) => e.msg === 'request' || e.msg === 'retrying')
    expect(lines).toHaveLength(3)
    for (const line of lines) expect(line).toMatchObject({ trace_id: call!.spanContext().traceId, span_id: call!.spanContext().spanId })
  })

  it('exports nothing and injects nothing with telemetry: false, even with an SDK registered', async () => {
    const { fetch, calls } = unavailableThenOk()
    logs.lines.length = 0
    await inTestSpan(() => client(fetch, { telemetry: false }).sendTransactionalEmail(EMAIL))
    expect(ours()).toEqual([])
    expect(await collected()).toEqual([])
    expect(calls.every((c) => !c.headers.has('traceparent'))).toBe(true)
    expect(logs.entries().filter((e) => e.msg === 'request')).toHaveLength(2)
    expect(logs.entries().some((e) => 'trace_id' in e)).toBe(false)
  })
})

describe('captureTraceContext / withTraceContext (outbox producer → worker)', () => {
  it('carries the producer’s trace to the call made later in the worker', async () => {
    const { carrier, producer } = await inTestSpan(async (span) => ({ carrier: captureTraceContext(), producer: span }))
    expect(carrier.traceparent).toBe(`00-${producer.spanContext().traceId}-${producer.spanContext().spanId}-01`)
    const { fetch } = scriptedFetch(() => jsonResponse({ success: true }))
    // The worker runs later, outside any span: only the carrier links it to the producer.
    await context.with(ROOT_CONTEXT, () => withTraceContext(carrier, () => client(fetch).sendTransactionalEmail(EMAIL)))
    const [call] = byName('loops.sendTransactionalEmail')
    expect(call!.spanContext().traceId).toBe(producer.spanContext().traceId)
    expect(call!.parentSpanContext?.spanId).toBe(producer.spanContext().spanId)
  })

  it.each([null, 'traceparent', { traceparent: 42 }, { traceparent: '00-zz-yy-01' }, { ['__proto__']: { traceparent: 'x' } }])(
    'runs the work as a new trace when the carrier is %j',
    async (carrier) => {
      const { fetch } = scriptedFetch(() => jsonResponse({ success: true }))
      await context.with(ROOT_CONTEXT, () => withTraceContext(carrier, () => client(fetch).sendTransactionalEmail(EMAIL)))
      const [call] = byName('loops.sendTransactionalEmail')
      expect(call!.parentSpanContext).toBeUndefined()
    },
  )
})

describe('telemetry: a broken SDK', () => {
  it('costs the spans, never the call', async () => {
    trace.disable()
    const explode = () => {
      throw new Error('exporter exploded')
    }
    const span = { spanContext: explode, setAttributes: explode, addEvent: explode, setStatus: explode, isRecording: explode, end: explode }
    const broken = { getTracer: () => ({ startSpan: () => span }) }
    trace.setGlobalTracerProvider(broken as never)
    try {
      const { fetch, calls } = unavailableThenOk()
      await expect(client(fetch).sendTransactionalEmail(EMAIL)).resolves.toEqual({ success: true })
      expect(calls).toHaveLength(2)
    } finally {
      trace.disable()
      trace.setGlobalTracerProvider(tracerProvider)
    }
  })
})

describe('telemetry: a propagator or context manager that misbehaves', () => {
  it('sends only traceparent/tracestate: a propagator may not overwrite the key, and baggage never reaches the vendor', async () => {
    const evil = {
      inject: (_: unknown, carrier: Record<string, string>) => {
        carrier.authorization = 'Bearer stolen'
        carrier['idempotency-key'] = 'other'
        carrier.baggage = `user.email=${EMAIL_ADDRESS}`
        carrier.traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'
      },
      extract: (context: unknown) => context,
      fields: () => ['traceparent', 'baggage'],
    }
    propagation.disable()
    propagation.setGlobalPropagator(evil as never)
    try {
      const { fetch, calls } = scriptedFetch(() => jsonResponse({ success: true }))
      await inTestSpan(() => client(fetch).sendTransactionalEmail(EMAIL, { idempotencyKey: IDEMPOTENCY_KEY }))
      const sent = calls[0]!.headers
      expect(sent.get('authorization')).toBe(`Bearer ${KEY}`)
      expect(sent.get('idempotency-key')).toBe(IDEMPOTENCY_KEY)
      expect(sent.get('baggage')).toBeNull()
      expect(sent.get('traceparent')).toBe('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01')
      expect(captureTraceContext()).not.toHaveProperty('baggage')
    } finally {
      propagation.disable()
      propagation.setGlobalPropagator(new W3CTraceContextPropagator())
    }
  })

  it('a context manager whose with() throws costs the context, never the request', async () => {
    const manager = new AsyncLocalStorageContextManager().enable()
    const broken = Object.assign(Object.create(manager), {
      with: () => {
        throw new Error('broken context manager')
      },
    })
    context.disable()
    context.setGlobalContextManager(broken)
    try {
      const { fetch, calls } = scriptedFetch(() => jsonResponse({ success: true }))
      await expect(client(fetch).sendTransactionalEmail(EMAIL)).resolves.toEqual({ success: true })
      expect(calls).toHaveLength(1)
    } finally {
      context.disable()
      context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable())
    }
  })
})
