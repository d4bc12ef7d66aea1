/**
 * A call's observer: telemetry when an OpenTelemetry SDK registered a tracer or meter provider, middleware
 * once `use` added some, both combined, or nothing (the hot path). The code that observes (telemetry.ts,
 * middleware.ts: ~15 KB) loads with the first call that needs it, not at import: a process that does not
 * trace and adds no middleware never reads it. That first observed call waits for the load, once per
 * process; every later one gets its observer synchronously.
 */
import type { Redactor } from '../observability/redact.ts'
import { telemetryProviders } from '../observability/otel-registered.ts'
import { lazyModule } from '../runtime/lazy-module.ts'
import type { Middleware } from './middleware.ts'
import type { MiddlewareStack } from './middleware-stack.ts'
import type { CallRequest, TransportConfig } from './transport.ts'

const observers = lazyModule(() => import('./observers.ts'))
type Observers = NonNullable<typeof observers.loaded>

export interface InstrumentationOptions {
  service: string
  /** false: `telemetry: false` on the client. */
  telemetry: boolean
  redactor: Redactor
  /** Lower-case names of the headers that carry the API key: no middleware sees or sets them. */
  credentialHeaders: ReadonlySet<string>
  middleware: MiddlewareStack
}

/** Per call: undefined with no middleware and no SDK registered; a promise only while the observers load. */
export function instrumentation(options: InstrumentationOptions): NonNullable<TransportConfig['instrument']> {
  const { service, redactor, credentialHeaders } = options
  const guards = { service, redactor, credentialHeaders }
  const observe = (loaded: Observers, request: CallRequest, hooks: readonly Middleware[], traced: boolean) => {
    const telemetry = traced ? loaded.callTelemetry(request, service) : undefined
    if (hooks.length === 0) return telemetry
    const observer = loaded.middlewareObserver(hooks, request, guards)
    return telemetry ? loaded.combineObservers(telemetry, observer) : observer
  }
  return (request) => {
    // The snapshot a call keeps, taken as it starts: a `use` or `eject` later never affects it.
    const hooks = options.middleware.current
    const traced = options.telemetry && telemetryProviders() !== undefined
    if (!traced && hooks.length === 0) return undefined
    const loaded = observers.loaded
    if (loaded) return observe(loaded, request, hooks, traced)
    return observers.load().then((module) => observe(module, request, hooks, traced))
  }
}
