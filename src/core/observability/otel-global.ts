/**
 * The OpenTelemetry API's process-wide registration, read without importing `@opentelemetry/api`.
 *
 * Why the global and not the API package: `@opentelemetry/api` is an optional peer. Importing it
 * would make it a hard dependency (or a dynamic import and an await on every call), and it would
 * land in every edge and browser bundle of the package. Every copy of the API of major version 1
 * registers its providers on `globalThis[Symbol.for('opentelemetry.js.api.1')]` as
 * `{ version, trace, context, propagation, metrics, diag }` (its `internal/global-utils`), and the
 * SDKs (`NodeSDK`, `@vercel/otel`, `provider.register()`) register through it. Reading that object
 * costs one property lookup, bundles nothing, and follows whichever API copy the app installed.
 * This follows API major 1; a future major uses another symbol and is simply not seen (telemetry off).
 *
 * The types below are the few members this package calls, structurally compatible with the API's.
 */

export type OtelAttributes = Record<string, string | number | boolean | undefined>

export interface OtelContext {
  getValue(key: symbol): unknown
  setValue(key: symbol, value: unknown): OtelContext
  deleteValue(key: symbol): OtelContext
}

export interface OtelSpanContext {
  traceId: string
  spanId: string
  traceFlags: number
}

export interface OtelSpan {
  spanContext(): OtelSpanContext
  setAttributes(attributes: OtelAttributes): unknown
  addEvent(name: string, attributes?: OtelAttributes): unknown
  setStatus(status: { code: number; message?: string }): unknown
  isRecording(): boolean
  end(): void
}

export interface OtelLink {
  context: OtelSpanContext
  attributes?: OtelAttributes
}

export interface OtelTracer {
  startSpan(name: string, options?: { kind?: number; attributes?: OtelAttributes; links?: OtelLink[] }, context?: OtelContext): OtelSpan
}

export interface OtelContextManager {
  active(): OtelContext
  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(
    context: OtelContext,
    fn: F,
    thisArg?: ThisParameterType<F>,
    ...args: A
  ): ReturnType<F>
}

export interface OtelCarrierSetter {
  set(carrier: Record<string, string>, key: string, value: string): void
}
export interface OtelCarrierGetter {
  get(carrier: Record<string, unknown>, key: string): string | undefined
  keys(carrier: Record<string, unknown>): string[]
}

export interface OtelPropagator {
  inject(context: OtelContext, carrier: Record<string, string>, setter: OtelCarrierSetter): void
  extract(context: OtelContext, carrier: Record<string, unknown>, getter: OtelCarrierGetter): OtelContext
}

export interface OtelHistogram {
  record(value: number, attributes?: OtelAttributes): void
}
export interface OtelCounter {
  add(value: number, attributes?: OtelAttributes): void
}
interface InstrumentOptions {
  description?: string
  unit?: string
  advice?: { explicitBucketBoundaries?: number[] }
}
export interface OtelObservableResult {
  observe(value: number, attributes?: OtelAttributes): void
}
export type OtelObservableCallback = (result: OtelObservableResult) => void | Promise<void>
export interface OtelObservableGauge {
  addCallback(callback: OtelObservableCallback): void
  removeCallback(callback: OtelObservableCallback): void
}
export interface OtelMeter {
  createHistogram(name: string, options?: InstrumentOptions): OtelHistogram
  createCounter(name: string, options?: InstrumentOptions): OtelCounter
  createObservableGauge(name: string, options?: InstrumentOptions): OtelObservableGauge
}

/** What the API keeps on the global: each member present only once something registered it. */
export interface OtelGlobal {
  version: string
  trace?: { getTracer(name: string, version?: string): OtelTracer }
  context?: OtelContextManager
  propagation?: OtelPropagator
  metrics?: { getMeter(name: string, version?: string): OtelMeter }
}

/** The API's `createContextKey('OpenTelemetry Context Key SPAN')` is this same `Symbol.for`. */
export const SPAN_KEY = Symbol.for('OpenTelemetry Context Key SPAN')
/** Attributes the next call span started in this context adds (the outbox names the helper and template it delivers). */
export const CALL_ATTRIBUTES_KEY = Symbol.for('codebuff.integrations.call.attributes')

export const SpanKind = { INTERNAL: 0, CLIENT: 2, PRODUCER: 3, CONSUMER: 4 } as const
export const SpanStatusCode = { ERROR: 2 } as const

// The registration check every call makes is otel-registered.ts, so that a call needs none of the rest of this file.
export { otelGlobal, telemetryProviders } from './otel-registered.ts'

/** An immutable context like the API's ROOT_CONTEXT, for when no context manager is registered. */
class PlainContext implements OtelContext {
  constructor(private readonly values: ReadonlyMap<symbol, unknown> = new Map()) {}
  getValue(key: symbol): unknown {
    return this.values.get(key)
  }
  setValue(key: symbol, value: unknown): OtelContext {
    return new PlainContext(new Map(this.values).set(key, value))
  }
  deleteValue(key: symbol): OtelContext {
    const next = new Map(this.values)
    next.delete(key)
    return new PlainContext(next)
  }
}

const ROOT_CONTEXT: OtelContext = new PlainContext()

/** The caller's active context (their span, if any), or an empty root without a context manager. */
export function activeContext(api: OtelGlobal): OtelContext {
  return api.context?.active() ?? ROOT_CONTEXT
}

export const carrierSetter: OtelCarrierSetter = {
  set(carrier, key, value) {
    carrier[key] = value
  },
}

/** Reads only string values: a carrier may come back from a queue as untrusted JSON. */
export const carrierGetter: OtelCarrierGetter = {
  get(carrier, key) {
    const value = Object.hasOwn(carrier, key) ? carrier[key] : undefined
    return typeof value === 'string' ? value : undefined
  },
  keys(carrier) {
    return Object.keys(carrier)
  },
}

/**
 * The tracer of an instrumentation scope, cached per registered provider: re-registering (tests, a late SDK
 * start) is picked up. `undefined` while no tracer provider is registered.
 */
export function cachedTracer(scope: string, version: string): (api: OtelGlobal) => OtelTracer | undefined {
  let cached: { provider: unknown; tracer: OtelTracer } | undefined
  return (api) => {
    const provider = api.trace
    if (!provider) return undefined
    if (cached?.provider !== provider) cached = { provider, tracer: provider.getTracer(scope, version) }
    return cached.tracer
  }
}
