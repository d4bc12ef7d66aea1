/**
 * Whether an OpenTelemetry API 1.x copy registered providers on the global (see otel-global.ts for why the
 * global and not the API package): the one check every call makes. The rest of the OpenTelemetry glue
 * (otel-global.ts, telemetry.ts) loads with the first call that has a provider to report to.
 */
import type { OtelGlobal } from './otel-global.ts'

const GLOBAL_KEY = Symbol.for('opentelemetry.js.api.1')

/** The registered API globals, or undefined when no API 1.x copy registered anything. */
export function otelGlobal(): OtelGlobal | undefined {
  const api = (globalThis as Record<symbol, OtelGlobal | undefined>)[GLOBAL_KEY]
  // The API itself refuses globals of another major; so do we.
  return api && typeof api.version === 'string' && api.version.startsWith('1.') ? api : undefined
}

/** The registered API globals when a tracer or meter provider is there to take a call's telemetry. */
export function telemetryProviders(): OtelGlobal | undefined {
  const api = otelGlobal()
  return api && (api.trace || api.metrics) ? api : undefined
}
