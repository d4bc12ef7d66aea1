/**
 * The queue of calls waiting for a rate-limit slot, shared by the in-process and the Redis limiter.
 * FIFO, bounded, and a waiter whose signal aborts leaves at once (its promise rejects with the
 * signal's reason) instead of when it would have reached the head.
 */

/** The limiter's local queue is full: the call fails at once (the transport makes it a RateLimitError). */
export class LocalQueueFullError extends Error {
  override name = 'LocalQueueFullError'
  constructor(readonly maxQueued: number) {
    super(`the local rate-limit queue is full (${maxQueued} calls waiting)`)
  }
}

/** Waiting calls per limiter when `maxQueued` is not given: a minute of the limit, at least 1,000. */
export const defaultMaxQueued = (requestsPerSecond: number) => Math.max(1000, Math.ceil(requestsPerSecond * 60))

interface Waiter {
  resolve: () => void
  reject: (reason: unknown) => void
  signal: AbortSignal | undefined
  onAbort: (() => void) | undefined
  /** Left the queue (granted or aborted). */
  gone: boolean
}

export class WaiterQueue {
  private items: Waiter[] = []
  private head = 0
  /** Live waiters (aborted ones may still sit in `items` until the head passes them). */
  size = 0

  constructor(readonly maxQueued: number) {}

  /** A promise that resolves when `grant()` reaches this caller; rejects at once when full or aborted. */
  enqueue(signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason)
    if (this.size >= this.maxQueued) return Promise.reject(new LocalQueueFullError(this.maxQueued))
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal, onAbort: undefined, gone: false }
      if (signal) {
        waiter.onAbort = () => {
          if (waiter.gone) return
          waiter.gone = true
          this.size--
          reject(signal.reason)
        }
        signal.addEventListener('abort', waiter.onAbort, { once: true })
      }
      this.items.push(waiter)
      this.size++
    })
  }

  /** Lets the first live waiter go; false when nobody is waiting. */
  grant(): boolean {
    const waiter = this.next()
    if (!waiter) return false
    this.leave(waiter)
    waiter.resolve()
    return true
  }

  /** Fails the first live waiter (e.g. its slot could not be reserved); false when nobody is waiting. */
  fail(reason: unknown): boolean {
    const waiter = this.next()
    if (!waiter) return false
    this.leave(waiter)
    waiter.reject(reason)
    return true
  }

  private next(): Waiter | undefined {
    while (this.head < this.items.length) {
      const waiter = this.items[this.head]!
      if (!waiter.gone) return waiter
      this.head++
    }
    this.compact()
    return undefined
  }

  private leave(waiter: Waiter): void {
    waiter.gone = true
    this.size--
    this.head++
    if (waiter.onAbort) waiter.signal!.removeEventListener('abort', waiter.onAbort)
    if (this.head > 1024 && this.head * 2 > this.items.length) this.compact()
  }

  private compact(): void {
    this.items = this.items.slice(this.head)
    this.head = 0
  }
}
