/**
 * OpenTelemetry traces and metrics for every call, through whatever SDK the app registered (see
 * `otel-global.ts` for why nothing is imported). Nothing registered ⇒ `callTelemetry` returns
 * undefined and the call runs exactly as without this file.
 *
 * What goes into spans and metrics is a fixed list of low-cardinality, non-personal attributes:
 * method, URL template, host and port, status, error type, service and operation. Never the API
 * key or any header, the URL's query or filled-in path, the body, a vendor message or an email.
 */
import { errorNameForStatus, IntegrationError } from '../errors.ts'
import {
  activeContext,
  cachedTracer,
  CALL_ATTRIBUTES_KEY,
  carrierGetter,
  carrierSetter,
  type OtelAttributes,
  type OtelContext,
  type OtelCounter,
  type OtelGlobal,
  type OtelHistogram,
  type OtelMeter,
  type OtelSpan,
  type OtelTracer,
  otelGlobal,
  SPAN_KEY,
  SpanKind,
  SpanStatusCode,
  telemetryProviders,
} from './otel-global.ts'
import type { AttemptReport, CallObserver, CallRequest } from '../http/transport.ts'
import { VERSION } from '../runtime/version.ts'

const SCOPE = '@codebuff/integrations'

/** Semantic-convention bucket boundaries for HTTP durations, in seconds. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10]

interface Instruments {
  duration: OtelHistogram
  retries: OtelCounter
  rateLimited: OtelCounter
  rateLimitWait: OtelHistogram
}

/** Metric names, also listed in knowledge.md. */
export const METRICS = {
  duration: 'http.client.request.duration',
  retries: 'codebuff.client.retries',
  rateLimited: 'codebuff.client.rate_limited',
  rateLimitWait: 'codebuff.client.rate_limiter.wait.duration',
} as const

function createInstruments(meter: OtelMeter): Instruments {
  return {
    duration: meter.createHistogram(METRICS.duration, {
      description: 'Duration of each HTTP attempt to the vendor, body included.',
      unit: 's',
      advice: { explicitBucketBoundaries: DURATION_BUCKETS },
    }),
    retries: meter.createCounter(METRICS.retries, { description: 'Attempts that were followed by a retry.', unit: '{retry}' }),
    rateLimited: meter.createCounter(METRICS.rateLimited, { description: 'Answers with status 429.', unit: '{response}' }),
    rateLimitWait: meter.createHistogram(METRICS.rateLimitWait, {
      description: "Time a call waited for the client-side rate limiter's slot.",
      unit: 's',
      advice: { explicitBucketBoundaries: DURATION_BUCKETS },
    }),
  }
}

// Tracers and instruments are cached per registered provider: re-registering (tests, a late SDK start) is picked up.
let meterFor: { provider: unknown; instruments: Instruments } | undefined
const tracerOf = cachedTracer(SCOPE, VERSION)

function instrumentsOf(api: OtelGlobal): Instruments | undefined {
  const provider = api.metrics
  if (!provider) return undefined
  if (meterFor?.provider !== provider) meterFor = { provider, instruments: createInstruments(provider.getMeter(SCOPE, VERSION)) }
  return meterFor.instruments
}

const ORIGIN = /^(https?):\/\/(?:[^@/?#]*@)?(\[[^\]]+\]|[^:/?#]+)(?::(\d+))?/i

/** Scheme, host and port of the call's URL, without credentials, path or query (a regex: `new URL` costs µs per call). */
function server(url: string): { address: string; port: number; scheme: string } | undefined {
  const match = ORIGIN.exec(url)
  if (!match) return undefined
  const scheme = match[1]!.toLowerCase()
  return { address: match[2]!.toLowerCase(), port: match[3] ? Number(match[3]) : scheme === 'https' ? 443 : 80, scheme }
}

const isValidId = (id: string) => /^[0-9a-f]+$/.test(id) && /[1-9a-f]/.test(id)

/** `error.type` of what a call threw: the last status as a string when there was one, else the error's kind. */
function errorType(error: unknown): string {
  if (error instanceof IntegrationError) {
    if (error.status !== undefined && error.status >= 400) return String(error.status)
    if (error.name === 'TimeoutError') return 'timeout'
    return error.name
  }
  const name = (error as { name?: unknown })?.name
  return typeof name === 'string' && /^\w{1,60}$/.test(name) ? name : 'Error'
}

/** Spans and metrics of one call. */
class CallTelemetry implements CallObserver {
  private readonly callSpan: OtelSpan | undefined
  private readonly callContext: OtelContext
  private attemptSpan: OtelSpan | undefined
  private attemptContext: OtelContext | undefined
  private readonly httpAttributes: OtelAttributes
  private readonly metricAttributes: OtelAttributes
  private lastErrorType: string | undefined

  constructor(
    private readonly api: OtelGlobal,
    private readonly tracer: OtelTracer | undefined,
    private readonly instruments: Instruments | undefined,
    private readonly request: CallRequest,
    service: string,
  ) {
    const { method, template } = request
    // A raw call to a path outside the spec has no template: its filled-in path stays out (ids, emails).
    const operation = template === undefined ? method : request.operation
    const where = server(request.url)
    this.httpAttributes = {
      'http.request.method': method,
      ...(template !== undefined ? { 'url.template': template } : {}),
      ...(where ? { 'server.address': where.address, 'server.port': where.port, 'url.scheme': where.scheme } : {}),
    }
    this.metricAttributes = { ...this.httpAttributes, 'codebuff.service': service, 'codebuff.operation': operation }
    const parent = activeContext(api)
    // What the caller's context asks every call span to carry (an outbox delivery: its helper and template).
    const extra = parent.getValue(CALL_ATTRIBUTES_KEY) as OtelAttributes | undefined
    this.callSpan = tracer?.startSpan(
      `${service}.${operation}`,
      { kind: SpanKind.INTERNAL, attributes: { ...extra, 'codebuff.service': service, 'codebuff.operation': operation } },
      parent,
    )
    this.callContext = this.callSpan ? parent.setValue(SPAN_KEY, this.callSpan) : parent
  }

  attemptStart(attempt: number, headers: Record<string, string>): void {
    let context = this.callContext
    if (this.tracer) {
      const { method, template } = this.request
      const attributes = attempt > 1 ? { ...this.httpAttributes, 'http.request.resend_count': attempt - 1 } : this.httpAttributes
      this.attemptSpan = this.tracer.startSpan(
        template === undefined ? method : `${method} ${template}`,
        { kind: SpanKind.CLIENT, attributes },
        this.callContext,
      )
      context = this.callContext.setValue(SPAN_KEY, this.attemptSpan)
    }
    this.attemptContext = context
    Object.assign(headers, traceHeaders(this.api, context))
  }

  within<T>(fn: () => T): T {
    const manager = this.api.context
    if (!manager || !this.attemptContext) return fn()
    // A context manager that throws must not cost the request: fn runs once, inside the context or not.
    let ran = false
    try {
      return manager.with(this.attemptContext, () => {
        ran = true
        return fn()
      })
    } catch (error) {
      if (ran) throw error
      return fn()
    }
  }

  attemptEnd(_attempt: number, report: AttemptReport): void {
    const { status } = report
    const errorType = status !== undefined && status >= 400 ? String(status) : report.error?.type
    this.lastErrorType = errorType
    const outcome: OtelAttributes = {
      ...(status !== undefined ? { 'http.response.status_code': status } : {}),
      ...(errorType !== undefined ? { 'error.type': errorType } : {}),
    }
    const span = this.attemptSpan
    if (span) {
      this.attemptSpan = undefined
      span.setAttributes(outcome)
      if (report.requestId && span.isRecording()) span.setAttributes({ 'codebuff.vendor.request_id': report.requestId.slice(0, 100) })
      if (errorType !== undefined) span.setStatus({ code: SpanStatusCode.ERROR })
      span.end()
    }
    const metrics = this.instruments
    if (metrics) {
      const attributes = { ...this.metricAttributes, ...outcome }
      metrics.duration.record(report.ms / 1000, attributes)
      if (status === 429) metrics.rateLimited.add(1, this.metricAttributes)
      if (report.willRetry) metrics.retries.add(1, { ...this.metricAttributes, ...(errorType ? { 'error.type': errorType } : {}) })
    }
  }

  waited(kind: 'rate_limit' | 'backoff', ms: number): void {
    if (kind === 'rate_limit') this.instruments?.rateLimitWait.record(ms / 1000, this.metricAttributes)
    this.callSpan?.addEvent(kind === 'rate_limit' ? 'codebuff.rate_limit.wait' : 'codebuff.retry.backoff', {
      'codebuff.wait.duration_ms': Math.round(ms),
    })
  }

  end(result: { attempts: number; status?: number; error?: unknown }): void {
    const { error, status } = result
    // A final answer outside 2xx fails the call (a typed error, or `.raw`'s { error }); 3xx too: redirects are not followed.
    const failed = status !== undefined && (status < 200 || status >= 300)
    const errorType = error !== undefined ? callErrorType(error, this.lastErrorType) : failed ? errorNameForStatus(status) : undefined
    const open = this.attemptSpan
    if (open) {
      // The attempt never finished: the caller aborted, or a middleware hook threw before the fetch.
      this.attemptSpan = undefined
      open.setAttributes({ 'error.type': errorType ?? 'Error' })
      open.setStatus({ code: SpanStatusCode.ERROR })
      open.end()
    }
    const span = this.callSpan
    if (!span) return
    span.setAttributes({
      'codebuff.attempts': result.attempts,
      ...(status !== undefined ? { 'http.response.status_code': status } : {}),
      ...(errorType !== undefined ? { 'error.type': errorType } : {}),
    })
    if (errorType !== undefined) span.setStatus({ code: SpanStatusCode.ERROR })
    span.end()
  }

  logFields(): Record<string, string> | undefined {
    const ids = this.callSpan?.spanContext()
    return ids && isValidId(ids.traceId) && isValidId(ids.spanId) ? { trace_id: ids.traceId, span_id: ids.spanId } : undefined
  }
}

/**
 * The call span's `error.type`: the class of the error the caller got (`ServerError`, `NetworkError` …), what
 * a dashboard groups by; each attempt span keeps its own HTTP-level type (`503`, `timeout`, `ECONNREFUSED`).
 */
function callErrorType(error: unknown, lastAttempt: string | undefined): string {
  if (error instanceof IntegrationError) return error.name
  return lastAttempt ?? errorType(error)
}

/**
 * Telemetry for one call, or undefined (the hot path) when no tracer or meter provider is registered.
 * Never throws into the call: a broken SDK costs the spans, not the email.
 */
export function callTelemetry(request: CallRequest, service: string): CallObserver | undefined {
  const api = telemetryProviders()
  if (!api) return undefined
  let telemetry: CallTelemetry
  try {
    telemetry = new CallTelemetry(api, tracerOf(api), instrumentsOf(api), request, service)
  } catch {
    return undefined
  }
  // An observer that throws fails the call (that is how middleware stops one): telemetry never may.
  const quietly = (fn: () => void) => {
    try {
      fn()
    } catch {}
  }
  return {
    attemptStart: (attempt, headers) => quietly(() => telemetry.attemptStart(attempt, headers)),
    attemptEnd: (attempt, report) => quietly(() => telemetry.attemptEnd(attempt, report)),
    waited: (kind, ms) => quietly(() => telemetry.waited(kind, ms)),
    // Not quietly: fn is the fetch, whose own errors must reach the transport as they are.
    within: (fn) => telemetry.within(fn),
    end: (result) => quietly(() => telemetry.end(result)),
    logFields: () => {
      try {
        return telemetry.logFields()
      } catch {
        return undefined
      }
    },
  }
}

/**
 * The active trace context as a plain carrier (`{ traceparent, tracestate? }`), to store with work
 * that another process will do (an outbox job). `{}` when no propagator is registered.
 */
export function captureTraceContext(): Record<string, string> {
  const api = otelGlobal()
  return api ? traceHeaders(api, activeContext(api)) : {}
}

/**
 * What the registered propagator writes, limited to W3C trace context (`traceparent`, `tracestate`)
 * with values fit for a header: it may not overwrite the credential or the idempotency key, and
 * baggage (which can hold a user's email) never goes to a vendor.
 */
function traceHeaders(api: OtelGlobal, context: OtelContext): Record<string, string> {
  const carrier: Record<string, string> = {}
  try {
    api.propagation?.inject(context, carrier, carrierSetter)
  } catch {
    return {}
  }
  const out: Record<string, string> = {}
  for (const name of ['traceparent', 'tracestate']) {
    const value = carrier[name]
    if (typeof value === 'string' && value.length <= 512 && /^[\x20-\x7e]*$/.test(value)) out[name] = value
  }
  return out
}

/**
 * Runs `fn` inside the trace context a producer captured with `captureTraceContext()`, so the
 * worker's spans join the producer's trace. Without a registered propagator and context manager,
 * or with a carrier that is not an object, just runs `fn`.
 */
export function withTraceContext<T>(carrier: unknown, fn: () => T): T {
  const api = otelGlobal()
  if (!api?.propagation || !api.context || carrier === null || typeof carrier !== 'object') return fn()
  const context = api.propagation.extract(activeContext(api), carrier as Record<string, unknown>, carrierGetter)
  return api.context.with(context, fn)
}
