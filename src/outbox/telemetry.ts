/**
 * The outbox in OpenTelemetry, after the messaging semantic conventions: a PRODUCER span per enqueue
 * (`send loops-outbox`), a CONSUMER span per delivery attempt (`process loops-outbox`) **linked** to
 * it (a delivery may run hours after the request that queued it ended, so it starts its own trace
 * rather than hanging under a span long closed), the helper and template on the call span, and
 * metrics: deliveries and failures by template, queue depth by state (observable gauges).
 * Through the API's globals like the rest (`otel-global.ts`): nothing registered ⇒ nothing done.
 */
import type { IntegrationError } from '../core/errors.ts'
import {
  activeContext,
  cachedTracer,
  CALL_ATTRIBUTES_KEY,
  carrierGetter,
  carrierSetter,
  type OtelAttributes,
  type OtelCounter,
  type OtelGlobal,
  type OtelSpan,
  type OtelSpanContext,
  otelGlobal,
  SPAN_KEY,
  SpanKind,
  SpanStatusCode,
} from '../core/observability/otel-global.ts'
import { captureTraceContext } from '../core/observability/telemetry.ts'
import { VERSION } from '../core/runtime/version.ts'
import { OUTBOX_QUEUE, type OutboxHelper } from './jobs.ts'

const SCOPE = '@codebuff/integrations/outbox'

/** Attributes every outbox span and metric carries. */
const MESSAGING = { 'messaging.system': 'bullmq', 'messaging.destination.name': OUTBOX_QUEUE } as const

/** The Loops template (or event) each helper sends. */
const TEMPLATES: Record<OutboxHelper, string> = {
  sendInvitationEmail: 'invitation',
  sendWelcomeEmail: 'welcome',
  sendBasicEmail: 'basic',
  sendSignupEvent: 'signup',
}
/** A helper sends its own template; a queued `sendTemplate` names its published template in its input. */
function templateOf(helper: string, input: unknown): string | undefined {
  if (Object.hasOwn(TEMPLATES, helper)) return TEMPLATES[helper as OutboxHelper]
  const template = (input as { template?: unknown } | undefined)?.template
  return typeof template === 'string' ? template : undefined
}
const helperAttributes = (helper: string, input?: unknown): OtelAttributes => {
  const template = templateOf(helper, input)
  return { 'codebuff.outbox.helper': helper, ...(template !== undefined ? { 'codebuff.outbox.template': template } : {}) }
}

/** Metric names, also listed in knowledge.md. */
export const OUTBOX_METRICS = {
  deliveries: 'codebuff.outbox.deliveries',
  failures: 'codebuff.outbox.failures',
  depth: 'codebuff.outbox.jobs',
} as const

const tracerOf = cachedTracer(SCOPE, VERSION)

let countersFor: { provider: unknown; deliveries: OtelCounter; failures: OtelCounter } | undefined
function countersOf(api: OtelGlobal) {
  const provider = api.metrics
  if (!provider) return undefined
  if (countersFor?.provider !== provider) {
    const meter = provider.getMeter(SCOPE, VERSION)
    countersFor = {
      provider,
      deliveries: meter.createCounter(OUTBOX_METRICS.deliveries, { description: 'Jobs delivered to the vendor.', unit: '{job}' }),
      failures: meter.createCounter(OUTBOX_METRICS.failures, { description: 'Delivery attempts that failed.', unit: '{attempt}' }),
    }
  }
  return countersFor
}

/** One enqueue's span: the trace context to store with the job, and how the enqueue ended. */
export interface EnqueueSpan {
  traceContext: Record<string, string>
  end(outcome: { id: string } | { error: IntegrationError }): void
}

/**
 * A PRODUCER span for one enqueue, child of the caller's span; the job stores its context so the
 * delivery can link to it. Undefined when no tracer is registered (the hot path: one global read);
 * then only a registered propagator's context is stored, as before.
 */
export function startEnqueueSpan(helper: string, input?: unknown): EnqueueSpan | undefined {
  const api = otelGlobal()
  if (!api) return undefined
  const tracer = tracerOf(api)
  if (!tracer) {
    const traceContext = captureTraceContext()
    for (const _ in traceContext) return { traceContext, end() {} }
    return undefined
  }
  const parent = activeContext(api)
  const span = tracer.startSpan(
    `send ${OUTBOX_QUEUE}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        ...MESSAGING,
        'messaging.operation.type': 'send',
        'messaging.operation.name': 'send',
        ...helperAttributes(helper, input),
      },
    },
    parent,
  )
  const traceContext: Record<string, string> = {}
  try {
    api.propagation?.inject(parent.setValue(SPAN_KEY, span), traceContext, carrierSetter)
  } catch {}
  return {
    traceContext: traceFields(traceContext),
    end(outcome) {
      if ('id' in outcome) span.setAttributes({ 'messaging.message.id': outcome.id })
      else fail(span, outcome.error)
      span.end()
    },
  }
}

/** W3C trace context only (never baggage, which may hold an email), header-safe values. */
function traceFields(carrier: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of ['traceparent', 'tracestate']) {
    const value = carrier[name]
    if (typeof value === 'string' && value.length <= 512 && /^[\x20-\x7e]*$/.test(value)) out[name] = value
  }
  return out
}

function fail(span: OtelSpan, error: unknown): void {
  const name = (error as Error)?.name
  span.setAttributes({ 'error.type': typeof name === 'string' && /^\w{1,60}$/.test(name) ? name : 'Error' })
  span.setStatus({ code: SpanStatusCode.ERROR })
}

/** The producer span's context from a job's stored carrier, to link to; undefined without one. */
function producerSpanContext(api: OtelGlobal, carrier: unknown): OtelSpanContext | undefined {
  if (!api.propagation || carrier === null || typeof carrier !== 'object') return undefined
  try {
    const context = api.propagation.extract(activeContext(api), carrier as Record<string, unknown>, carrierGetter)
    const span = context.getValue(SPAN_KEY) as OtelSpan | undefined
    return span?.spanContext()
  } catch {
    return undefined
  }
}

/** What a delivery attempt knows about its job. */
export interface DeliveryJob {
  id?: string | undefined
  name: string
  attemptsMade: number
  timestamp: number
  data: { traceContext?: unknown; input?: unknown }
}

/**
 * Runs one delivery attempt inside a CONSUMER span linked to the enqueue's span (attempt number,
 * time since enqueue, job id), with the helper and template passed to the call span, and counts it
 * as a delivery or a failure by template. `run` resolves to the helper's result or throws.
 */
export async function traceDelivery<T extends { ok: boolean; error?: IntegrationError }>(
  job: DeliveryJob,
  run: () => Promise<T>,
): Promise<T> {
  const api = otelGlobal()
  const tracer = api && tracerOf(api)
  const counters = api && countersOf(api)
  if (!api || (!tracer && !counters)) return run()
  const attributes = { ...MESSAGING, ...helperAttributes(job.name, job.data.input) }
  const link = tracer && producerSpanContext(api, job.data.traceContext)
  const span = tracer?.startSpan(
    `process ${OUTBOX_QUEUE}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        ...attributes,
        'messaging.operation.type': 'process',
        'messaging.operation.name': 'process',
        ...(job.id !== undefined ? { 'messaging.message.id': job.id } : {}),
        'codebuff.outbox.attempt': job.attemptsMade + 1,
        'codebuff.outbox.wait.duration_ms': Math.max(0, Date.now() - job.timestamp),
      },
      ...(link ? { links: [{ context: link }] } : {}),
    },
    activeContext(api),
  )
  let context = activeContext(api).setValue(CALL_ATTRIBUTES_KEY, helperAttributes(job.name, job.data.input))
  if (span) context = context.setValue(SPAN_KEY, span)
  const settle = (error: unknown) => {
    if (error === undefined) counters?.deliveries.add(1, attributes)
    else {
      const type = (error as Error)?.name ?? 'Error'
      counters?.failures.add(1, { ...attributes, 'error.type': type })
      if (span) fail(span, error)
    }
    span?.end()
  }
  try {
    const result = await (api.context ? api.context.with(context, run) : run())
    settle(result.ok ? undefined : result.error)
    return result
  } catch (error) {
    settle(error)
    throw error
  }
}

/** Job counts the depth gauge reports. */
export type DepthCounts = Record<'waiting' | 'active' | 'delayed' | 'failed', number>

/**
 * Queue depth by state (waiting, active, delayed, failed) as an observable gauge, read from Redis when
 * the SDK collects. Returns the function that stops observing (the worker's close), or undefined
 * when no meter provider is registered.
 */
export function observeQueueDepth(counts: () => Promise<DepthCounts>): (() => void) | undefined {
  const meter = otelGlobal()?.metrics?.getMeter(SCOPE, VERSION)
  if (!meter) return undefined
  const gauge = meter.createObservableGauge(OUTBOX_METRICS.depth, { description: 'Outbox jobs by state.', unit: '{job}' })
  const callback = async (result: { observe(value: number, attributes?: OtelAttributes): void }) => {
    const c = await counts().catch(() => undefined) // Redis away: no reading this time, not a broken collection
    if (!c) return
    for (const state of ['waiting', 'active', 'delayed', 'failed'] as const)
      result.observe(c[state], { ...MESSAGING, 'codebuff.outbox.state': state })
  }
  gauge.addCallback(callback)
  return () => gauge.removeCallback(callback)
}
