import { pino } from 'pino'

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
 * The package's own pino logger, created on first use (never at import). Level from `LOG_LEVEL`,
 * default `info`; pino's redact paths are a second net behind the transport's own redaction.
 */
export function defaultLogger(): Logger {
  fallback ??= pino({
    name: '@codebuff/integrations',
    level: (typeof process !== 'undefined' && process.env?.LOG_LEVEL) || 'info',
    redact: { paths: ['headers.authorization', 'headers.Authorization', 'apiKey', '*.apiKey'], censor: '[REDACTED]' },
  })
  return fallback
}
