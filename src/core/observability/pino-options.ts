import type { LoggerOptions } from 'pino'

/** The package's pino: its name, the level, and redact paths as a second net behind the transport's own redaction. */
export const PINO_OPTIONS = (level: string): LoggerOptions => ({
  name: '@codebuff/integrations',
  level,
  redact: { paths: ['headers.authorization', 'headers.Authorization', 'apiKey', '*.apiKey'], censor: '[REDACTED]' },
})
