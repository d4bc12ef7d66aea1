import type { Logger as Pino } from 'pino'
import { nodeRequire } from '../runtime/node-require.ts'
import type { Logger } from './logger.ts'
import { PINO_OPTIONS } from './pino-options.ts'

const LEVELS: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity }
type Method = 'debug' | 'info' | 'warn' | 'error'

/**
 * On Node: pino, level from LOG_LEVEL (default info), required on the first line actually written.
 * pino costs ~20 ms of a cold start and a quiet first send writes nothing; lines that are written go
 * through the same pino, synchronously, as before. Children made earlier bind to it on their first line.
 */
export function createDefaultLogger(level: string): Logger {
  const threshold = LEVELS[level]
  // pino refuses an unknown level when created; say so now, as creating it eagerly did.
  if (threshold === undefined) throw new Error(`default level:${level} must be included in custom levels`)
  let root: Pino | undefined
  const resolveRoot = () => {
    if (!root) {
      const { pino } = nodeRequire('pino') as typeof import('pino')
      root = pino(PINO_OPTIONS(level))
    }
    return root
  }
  return lazyLogger(resolveRoot, threshold)
}

function lazyLogger(resolve: () => Pino, threshold: number): Logger {
  let own: Pino | undefined
  const self = () => (own ??= resolve())
  const write = (method: Method) => (obj: object, msg?: string) => {
    if (LEVELS[method]! >= threshold) self()[method](obj, msg)
  }
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (bindings) => lazyLogger(() => self().child(bindings), threshold),
    isLevelEnabled: (name: string) => (LEVELS[name] ?? 0) >= threshold,
  } as Logger
}
