import type { Interrupt } from './read-body.ts'

/**
 * Per-attempt deadlines without a timer per attempt. Attempts with the same `timeoutMs` that start
 * within `slack` ms of each other share one bucket: one timer, firing `timeoutMs + slack` after the
 * bucket opened, which fires the Interrupt of every attempt still in it (a TimeoutError). So every
 * attempt gets at least its `timeoutMs` and at most 1 % (≤ 100 ms) more. The Interrupt is what `fetch`
 * was given as its signal (attempt.ts), so undici stops the request and its body; a `fetch` that
 * ignores its signal (a test double) and a body read in progress end at the deadline all the same.
 * A fetch that needs a real AbortSignal (fetch-options.ts) shares the bucket's, made on first use.
 * An idle bucket's timer is unref'd: it never keeps a process alive.
 */
export interface Bucket {
  readonly timeoutMs: number
}

interface OpenBucket extends Bucket {
  controller: AbortController | undefined
  openedAt: number
  live: Set<Interrupt>
  timer: ReturnType<typeof setTimeout> | undefined
  fired: boolean
}

type Timer = ReturnType<typeof setTimeout> & { ref?: () => void; unref?: () => void }

export class DeadlineWheel {
  private readonly open = new Map<number, OpenBucket>()

  /** The bucket this attempt runs under; `interrupt` fires (with a TimeoutError) when its deadline passes. */
  join(timeoutMs: number, interrupt: Interrupt): Bucket {
    const now = performance.now()
    let bucket = this.open.get(timeoutMs)
    // `now < openedAt`: a clock that went back (fake timers installed mid-run) gets a bucket of its own.
    const age = bucket ? now - bucket.openedAt : -1
    if (!bucket || bucket.fired || age < 0 || age > slackFor(timeoutMs)) bucket = this.openBucket(timeoutMs, now)
    else if (bucket.live.size === 0) (bucket.timer as Timer).ref?.()
    bucket.live.add(interrupt)
    return bucket
  }

  /** The attempt is over (answer read, or failed): its deadline no longer concerns it. */
  leave(bucket: Bucket, interrupt: Interrupt): void {
    const open = bucket as OpenBucket
    open.live.delete(interrupt)
    if (open.live.size === 0 && !open.fired) (open.timer as Timer).unref?.()
  }

  /** The bucket's AbortSignal, aborted at its deadline while attempts are in it. */
  signalOf(bucket: Bucket): AbortSignal {
    const open = bucket as OpenBucket
    open.controller ??= new AbortController()
    return open.controller.signal
  }

  private openBucket(timeoutMs: number, now: number): OpenBucket {
    const bucket: OpenBucket = { timeoutMs, controller: undefined, openedAt: now, live: new Set(), timer: undefined, fired: false }
    bucket.timer = setTimeout(() => {
      bucket.fired = true
      if (this.open.get(timeoutMs) === bucket) this.open.delete(timeoutMs)
      if (bucket.live.size === 0) return
      const reason = new DOMException(`no response within ${timeoutMs} ms`, 'TimeoutError')
      bucket.controller?.abort(reason)
      for (const interrupt of bucket.live) interrupt.fire(reason, true)
    }, timeoutMs + slackFor(timeoutMs))
    this.open.set(timeoutMs, bucket)
    return bucket
  }
}

/** How far apart two attempts may start and still share a bucket: 1 % of the timeout, 1–100 ms. */
const slackFor = (timeoutMs: number) => Math.min(100, Math.max(1, timeoutMs / 100))
