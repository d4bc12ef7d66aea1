/**
 * What observes a call, in one module that loads on the first call that needs it (instrumentation.ts):
 * a process that sends without an OpenTelemetry SDK and without middleware never loads this code.
 */
export { callTelemetry } from '../observability/telemetry.ts'
export { combineObservers, middlewareObserver } from './middleware.ts'
