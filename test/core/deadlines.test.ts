import { afterEach, describe, expect, it, vi } from 'vitest'
import { DeadlineWheel } from '../../src/core/http/deadlines.js'
import { Interrupt } from '../../src/core/http/read-body.js'

afterEach(() => vi.useRealTimers())

describe('DeadlineWheel: attempts share a deadline bucket, each still gets its whole timeout', () => {
  it('attempts starting within 1 % of the timeout share one bucket; each is interrupted no sooner than its own timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    const wheel = new DeadlineWheel()
    const first = new Interrupt()
    const a = wheel.join(1000, first)
    await vi.advanceTimersByTimeAsync(5)
    const second = new Interrupt()
    const b = wheel.join(1000, second)
    expect(b).toBe(a)
    await vi.advanceTimersByTimeAsync(1000) // t = 1005: the second's own deadline
    expect([first.fired, second.fired]).toEqual([false, false])
    await vi.advanceTimersByTimeAsync(6) // t = 1011: the bucket's (opened at 0, + 1000 + 10 slack)
    expect([first.fired, first.timedOut, second.fired, first.aborted]).toEqual([true, true, true, true])
    expect((first.reason as DOMException).name).toBe('TimeoutError')
  })

  it('a later attempt gets a new bucket, and one that left is never interrupted', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    const wheel = new DeadlineWheel()
    const done = new Interrupt()
    const bucket = wheel.join(1000, done)
    wheel.leave(bucket, done)
    await vi.advanceTimersByTimeAsync(50)
    const later = new Interrupt()
    expect(wheel.join(1000, later)).not.toBe(bucket)
    await vi.advanceTimersByTimeAsync(2000)
    expect([done.fired, done.aborted, later.fired]).toEqual([false, false, true])
  })
})
