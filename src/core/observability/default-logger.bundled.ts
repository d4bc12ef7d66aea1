import { pino } from 'pino'
import type { Logger } from './logger.ts'
import { PINO_OPTIONS } from './pino-options.ts'

/**
 * In server bundles (Next.js, `#default-logger`'s `module` condition): pino as a static import the
 * bundler can see and trace (Next keeps pino external). Plain Node loads it lazily instead.
 */
export function createDefaultLogger(level: string): Logger {
  return pino(PINO_OPTIONS(level))
}
