import { afterEach, describe, expect, it, vi } from 'vitest'
import { SlidingWindowRateLimiter } from '../../src/core/http/rate-limiter.js'
import { createLoopsClient } from '../../src/loops/index.js'
import { captureLogs, jsonResponse, scriptedFetch } from '../helpers/capture.js'

/** Most request starts seen in any window of `ms` that begins at a start. */
const busiestWindow = (times: number[], ms = 1000) => Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + ms).length))

afterEach(() => vi.useRealTimers())

describe('rate limit', () => {
  it('50 concurrent sends all finish, never more than 10 in any 1 s window, the first 10 at once', async () => {
    // Fake clock and timers: on a loaded 2-core CI a real clock can stretch any gap, so the property is
    // checked on the time the client itself sees, and exactly.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] })
    const starts: number[] = []
    const { fetch } = scriptedFetch(() => {
      starts.push(performance.now())
      return jsonResponse({ success: true })
    })
    const loops = createLoopsClient({ apiKey: 'k_test_rate', fetch, logger: captureLogs().logger })
    const sends = Array.from({ length: 50 }, (_, i) => loops.sendTransactionalEmail({ transactionalId: 't', email: `u${i}@example.com` }))
    const all = Promise.all(sends)
    await vi.advanceTimersByTimeAsync(10_000)
    const results = await all
    expect(results.every((r) => r.success)).toBe(true)
    expect(starts).toHaveLength(50)
    expect(busiestWindow(starts, 1000)).toBe(10)
    expect(starts[9]! - starts[0]!).toBe(0)
    // Four more windows for the other 40 (each window is 1 s plus the limiter's small guard).
    expect(Math.max(...starts) - starts[0]!).toBeGreaterThanOrEqual(4000)
    expect(Math.max(...starts) - starts[0]!).toBeLessThan(4 * 1025 + 50)
  })

  it('on its own clock: 50 acquires, never more than 10 starts in any 1 s window, all done in ~4 s', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    const limiter = new SlidingWindowRateLimiter({ requestsPerSecond: 10 })
    const grants: number[] = []
    const all = Promise.all(
      Array.from({ length: 50 }, () =>
        (limiter.tryAcquire() ? Promise.resolve() : limiter.acquire()).then(() => grants.push(performance.now())),
      ),
    )
    await vi.advanceTimersByTimeAsync(10_000)
    await all
    expect(grants).toHaveLength(50)
    expect(busiestWindow(grants, 1000)).toBe(10)
    expect(Math.max(...grants)).toBeLessThan(4 * 1025 + 50)
  })

  it('queues in arrival order and lets a waiting caller abort', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    const limiter = new SlidingWindowRateLimiter({ requestsPerSecond: 2 })
    const order: number[] = []
    await Promise.all([0, 1].map(async (i) => limiter.acquire().then(() => order.push(i))))
    const controller = new AbortController()
    const aborted = limiter.acquire(controller.signal)
    const third = limiter.acquire().then(() => order.push(2))
    controller.abort(new Error('caller gave up'))
    await expect(aborted).rejects.toThrow('caller gave up')
    // The third waits for the window to free a slot (1 s), not for the aborted caller ahead of it.
    await vi.advanceTimersByTimeAsync(999)
    expect(order).toEqual([0, 1])
    await vi.advanceTimersByTimeAsync(100)
    await third
    expect(order).toEqual([0, 1, 2])
  })

  it('pauses everyone when the vendor says so', async () => {
    let now = 0
    const limiter = new SlidingWindowRateLimiter({ requestsPerSecond: 100 }, () => now)
    limiter.pause(30)
    const waited = limiter.acquire().then(() => now)
    now = 31
    expect(await waited).toBe(31)
  })

  it('refuses a rate that is not positive', () => {
    expect(() => new SlidingWindowRateLimiter({ requestsPerSecond: 0 })).toThrow(/must be > 0/)
  })
})
