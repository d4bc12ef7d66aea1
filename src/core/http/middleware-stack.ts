/**
 * The list behind `client.use` / `client.eject`, checked as it is added. What runs it around each attempt
 * (middleware.ts) loads with the first call that has middleware, not with the client (instrumentation.ts).
 */
import { ConfigError } from '../errors.ts'
import type { Middleware } from './middleware.ts'

const HOOKS = ['onRequest', 'onResponse', 'onError'] as const

/** The list behind `use`/`eject`. Calls take a snapshot, so a change never affects a call in flight. */
export class MiddlewareStack {
  private list: readonly Middleware[] = []

  constructor(private readonly service: string) {}

  use(...middleware: Middleware[]): void {
    for (const m of middleware) {
      const valid =
        m !== null &&
        typeof m === 'object' &&
        HOOKS.some((h) => typeof m[h] === 'function') &&
        HOOKS.every((h) => m[h] === undefined || typeof m[h] === 'function')
      if (!valid)
        throw new ConfigError(`${this.service}.use(): middleware must be an object with onRequest, onResponse and/or onError functions.`, {
          service: this.service,
          operation: 'use',
        })
    }
    this.list = [...this.list, ...middleware]
  }

  eject(...middleware: Middleware[]): void {
    const next = [...this.list]
    for (const m of middleware) {
      const at = next.indexOf(m)
      if (at >= 0) next.splice(at, 1)
    }
    this.list = next
  }

  get current(): readonly Middleware[] {
    return this.list
  }
}
