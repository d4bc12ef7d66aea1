import { createDefaultLogger } from '#default-logger'

type LogFn = (obj: object, msg?: string) => void

/** What the transport needs of a logger: pino's shape, so a monorepo can pass its shared pino logger. */
export interface Logger {
  debug: LogFn
  info: LogFn
  warn: LogFn
  error: LogFn
  child(bindings: Record<string, unknown>): Logger
}

let fallback: Logger | undefined

/**
 * The package's own logger, created on first use (never at import), level from `LOG_LEVEL`
 * (default info): pino on Node; a console writer of the same JSON lines in browser and edge
 * bundles (resolved by the `#default-logger` import condition), so pino is not bundled there.
 */
export function defaultLogger(): Logger {
  fallback ??= createDefaultLogger((typeof process !== 'undefined' && process.env?.LOG_LEVEL) || 'info')
  return fallback
}
