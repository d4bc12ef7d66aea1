import { pino } from 'pino'
import type { Logger } from './logger.ts'

/** On Node: pino, level from LOG_LEVEL (default info); redact paths are a second net behind the transport's own redaction. */
export function createDefaultLogger(level: string): Logger {
  return pino({
    name: '@codebuff/integrations',
    level,
    redact: { paths: ['headers.authorization', 'headers.Authorization', 'apiKey', '*.apiKey'], censor: '[REDACTED]' },
  })
}
