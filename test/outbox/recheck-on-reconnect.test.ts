// A running worker re-reads Redis's settings after each reconnect (src/outbox/redis-settings.ts): the order in which
// reconnects and checks interleave must not lose one. No Redis here: the settings check is injected.
import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { ConfigError } from '../../src/core/errors.js'
import type { Logger } from '../../src/core/observability/logger.js'
import { recheckOnReconnect } from '../../src/outbox/redis-settings.js'

const quiet = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {}, child: () => quiet } as unknown as Logger

function fakeWorker() {
  const events = new EventEmitter()
  const calls: string[] = []
  return {
    calls,
    worker: {
      on: (event: 'ready', listener: () => void) => events.on(event, listener),
      pause: async () => void calls.push('pause'),
      resume: () => void calls.push('resume'),
    },
    reconnect: () => events.emit('ready'),
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('recheckOnReconnect', () => {
  it('a reconnect while a check is still running is checked again once it ends (the change may have come after that read)', async () => {
    const { worker, calls, reconnect } = fakeWorker()
    const answers: Array<{ resolve: () => void; reject: (error: unknown) => void }> = []
    const preflight = () => new Promise<void>((resolve, reject) => answers.push({ resolve, reject }))
    const recheck = recheckOnReconnect(worker, 'redis://127.0.0.1:1', quiet, 60_000, preflight)
    try {
      reconnect() // the worker's first ready: a check starts and reads "noeviction"…
      reconnect() // …while the policy is changed and every client reconnects
      expect(answers).toHaveLength(1)
      answers[0]!.resolve()
      await settle()
      expect(answers).toHaveLength(2) // the second reconnect is checked after the first check
      answers[1]!.reject(new ConfigError('maxmemory-policy allkeys-lru: BullMQ needs noeviction', { service: 'redis', operation: 'x' }))
      await settle()
      expect(calls).toEqual(['pause'])
      expect(recheck.refused()).toBe(true)
    } finally {
      recheck.stop()
    }
  })

  it('reconnects that all land during one check cost one more check, not one each', async () => {
    const { worker, reconnect } = fakeWorker()
    let checks = 0
    const pending: Array<() => void> = []
    const preflight = () => {
      checks++
      return new Promise<void>((resolve) => pending.push(resolve))
    }
    const recheck = recheckOnReconnect(worker, 'redis://127.0.0.1:1', quiet, 60_000, preflight)
    try {
      reconnect()
      reconnect()
      reconnect()
      reconnect()
      pending.shift()!()
      await settle()
      pending.shift()!()
      await settle()
      expect(checks).toBe(2)
    } finally {
      recheck.stop()
    }
  })
})
