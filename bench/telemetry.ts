import { context, DiagLogLevel, diag, metrics, propagation, trace } from '@opentelemetry/api'
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks'
import { W3CTraceContextPropagator } from '@opentelemetry/core'
import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics'
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { createLoopsClient } from '../src/loops/index.js'
import { startEchoProcess } from './lib/echo-server.js'
import { median } from './lib/stats.js'

export interface TelemetryOptions {
  warmup: number
  iterations: number
}

/** Median µs per variant, and how many spans the in-memory exporter received (proof the SDK case traced). */
export interface TelemetryFigures {
  medianUs: Record<string, number>
  spans: number
}

class QuietReader extends MetricReader {
  protected override async onShutdown() {}
  protected override async onForceFlush() {}
}

const GLOBAL_KEY = Symbol.for('opentelemetry.js.api.1')
const body = { transactionalId: 'tpl_bench', email: 'ada@example.com', dataVariables: { firstName: 'Ada' } }

/**
 * What observability costs per call: sendTransactionalEmail against the loopback echo server with
 * no OpenTelemetry global at all, with the API loaded but no SDK (only a diag logger registered: the
 * global exists, without providers), with the 2.x SDK + in-memory exporter registered, and with one
 * no-op middleware. The API's global is swapped before each call, interleaved call by call with the
 * order rotated, so drift on a shared machine hits every variant alike.
 */
export async function measureTelemetry(options: TelemetryOptions): Promise<TelemetryFigures> {
  const g = globalThis as Record<symbol, unknown>
  const before = g[GLOBAL_KEY]
  diag.setLogger({ error() {}, warn() {}, info() {}, debug() {}, verbose() {} }, DiagLogLevel.ERROR)
  const apiOnly = { ...(g[GLOBAL_KEY] as object) }
  const exporter = new InMemorySpanExporter()
  const reader = new QuietReader()
  trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }))
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable())
  propagation.setGlobalPropagator(new W3CTraceContextPropagator())
  metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }))
  const withSdk = { ...(g[GLOBAL_KEY] as object) }

  const server = await startEchoProcess()
  const apiKey = 'k_bench_telemetry'
  const plain = createLoopsClient({ baseUrl: server.url, apiKey, rateLimit: false })
  const withMiddleware = createLoopsClient({ baseUrl: server.url, apiKey, rateLimit: false })
  withMiddleware.use({ onRequest() {}, onResponse() {} })
  let spans = 0
  const variants: Record<string, { global: object | undefined; call: () => Promise<unknown> }> = {
    'no OpenTelemetry': { global: undefined, call: () => plain.sendTransactionalEmail(body) },
    'API present, no SDK': { global: apiOnly, call: () => plain.sendTransactionalEmail(body) },
    'SDK + in-memory exporter': { global: withSdk, call: () => plain.sendTransactionalEmail(body) },
    'one no-op middleware': { global: undefined, call: () => withMiddleware.sendTransactionalEmail(body) },
  }
  const names = Object.keys(variants)
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]))
  try {
    for (let i = 0; i < options.warmup + options.iterations; i++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(i + k) % names.length]!
        const variant = variants[name]!
        if (variant.global) g[GLOBAL_KEY] = variant.global
        else delete g[GLOBAL_KEY]
        const started = performance.now()
        await variant.call()
        if (i >= options.warmup) samples[name]!.push((performance.now() - started) * 1000)
      }
      if (exporter.getFinishedSpans().length >= 1000) {
        spans += exporter.getFinishedSpans().length
        exporter.reset()
      }
    }
    spans += exporter.getFinishedSpans().length
    return { medianUs: Object.fromEntries(names.map((n) => [n, median(samples[n]!)])), spans }
  } finally {
    await server.close()
    g[GLOBAL_KEY] = withSdk
    trace.disable()
    context.disable()
    propagation.disable()
    metrics.disable()
    diag.disable()
    if (before === undefined) delete g[GLOBAL_KEY]
    else g[GLOBAL_KEY] = before
  }
}
