import type { Logger } from './logger.ts'

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity } as Record<string, number>

/**
 * In browser and edge bundles: pino's JSON line shape written to console, without bundling pino
 * (the edge runtime collects console output). Pass your own logger to change it.
 */
export function createDefaultLogger(level: string, bindings: Record<string, unknown> = { name: '@codebuff/integrations' }): Logger {
  const threshold = LEVELS[level] ?? LEVELS.info!
  const write = (name: keyof typeof LEVELS, sink: (line: string) => void) => (obj: object, msg?: string) => {
    if (LEVELS[name]! >= threshold)
      sink(JSON.stringify({ level: LEVELS[name], time: Date.now(), ...bindings, ...obj, ...(msg ? { msg } : {}) }))
  }
  return {
    debug: write('debug', (l) => console.debug(l)),
    info: write('info', (l) => console.info(l)),
    warn: write('warn', (l) => console.warn(l)),
    error: write('error', (l) => console.error(l)),
    child: (more) => createDefaultLogger(level, { ...bindings, ...more }),
    isLevelEnabled: (name: string) => (LEVELS[name] ?? 0) >= threshold,
  } as Logger
}
