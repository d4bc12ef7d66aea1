import { defaultMaxQueued, WaiterQueue } from './waiters.ts'

export { LocalQueueFullError } from './waiters.ts'

/**
 * Client-side rate limiting. The transport calls `acquire()` before every attempt and reports what
 * the vendor said back. Kept behind this interface so a limiter shared across instances (e.g. in
 * Redis) can replace the in-process one without touching the transport.
 */
export interface RateLimiter {
  /**
   * Takes a slot now if one is free and nobody is queued; the transport calls it in the same tick as
   * fetch, so the slot's time is the request's start time (not a grant that waited behind other work).
   */
  tryAcquire?(): boolean
  /**
   * Resolves when one more request may start; rejects the moment `signal` aborts while waiting, and at
   * once with a `LocalQueueFullError` when `maxQueued` calls are already waiting.
   */
  acquire(signal?: AbortSignal): Promise<void>
  /** The vendor asked everyone to wait (a 429, or `x-ratelimit-remaining: 0`). */
  pause(ms: number): void
}

export interface RateLimitOptions {
  /** Requests allowed in any one-second window. @default 10 (Loops' documented team limit) */
  requestsPerSecond: number
  /**
   * Calls allowed to wait for a slot; one more fails at once with a RateLimitError that says the local
   * queue is full (an unbounded queue turns an outage into memory: 100k waiting calls were +289 MB).
   * @default a minute of the limit, at least 1,000
   */
  maxQueued?: number
}

/** Headroom against scheduling jitter between the grant and the request reaching the wire. */
const GUARD_MS = 25

/**
 * A sliding-window limiter: at most `requestsPerSecond` starts in any 1 s window, so bursts up to
 * the limit go at once and the rest queue in order (FIFO) instead of failing. A token bucket that
 * refills continuously would allow close to 2× the limit across a window boundary.
 */
export class SlidingWindowRateLimiter implements RateLimiter {
  private readonly limit: number
  /**
   * One second plus a small guard: a request granted at the very end of a window can reach the
   * vendor a few ms after one granted at its start, so the vendor's window would see one too many.
   */
  private readonly windowMs = 1000 + GUARD_MS
  /** Start times of the last `limit` requests, oldest first (ring buffer). */
  private readonly starts: number[]
  private next = 0
  private pausedUntil = 0
  private readonly waiters: WaiterQueue
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(
    options: RateLimitOptions,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(options.requestsPerSecond > 0)) throw new RangeError(`rateLimit.requestsPerSecond must be > 0, got ${options.requestsPerSecond}`)
    this.limit = Math.max(1, Math.floor(options.requestsPerSecond))
    this.starts = new Array<number>(this.limit).fill(-Infinity)
    this.waiters = new WaiterQueue(options.maxQueued ?? defaultMaxQueued(options.requestsPerSecond))
  }

  tryAcquire(): boolean {
    // Nobody waiting and a slot free: taken at once, without a trip through the queue (that trip
    // cost ~1/3 of throughput at 32 concurrent callers when the limit was never reached).
    return this.waiters.size === 0 && this.take(this.now())
  }

  acquire(signal?: AbortSignal): Promise<void> {
    const turn = this.waiters.enqueue(signal)
    if (this.timer === undefined) this.drain()
    return turn
  }

  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms)
  }

  /** How long until a slot frees up (≤ 0: one is free now). */
  private waitFor(now: number): number {
    return Math.max(this.starts[this.next]! + this.windowMs - now, this.pausedUntil - now)
  }

  private take(now: number): boolean {
    if (this.waitFor(now) > 0) return false
    this.starts[this.next] = now
    this.next = (this.next + 1) % this.limit
    return true
  }

  /** Grants slots to waiters in arrival order; one timer, armed for when the next slot frees up. */
  private readonly drain = (): void => {
    this.timer = undefined
    while (this.waiters.size > 0) {
      const now = this.now()
      if (!this.take(now)) {
        this.timer = setTimeout(this.drain, Math.max(1, Math.ceil(this.waitFor(now))))
        return
      }
      if (!this.waiters.grant()) return // the slot stays taken: harmless, the window only gets stricter
    }
  }
}
