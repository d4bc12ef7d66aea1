/** The most requests (any outcome) a stand-in received within any window of `windowMs`. */
export function maxInAnyWindow(requests: readonly { at: number }[], windowMs = 1000): number {
  const at = requests.map((r) => r.at).sort((a, b) => a - b)
  let max = 0
  for (let i = 0, j = 0; j < at.length; j++) {
    while (at[j]! - at[i]! >= windowMs) i++
    max = Math.max(max, j - i + 1)
  }
  return max
}

/**
 * When each request left its process (`x-sent-at`, set by test/outbox/fixtures/stamp-sends.ts): counted
 * per window, these measure the limiter; the stand-in's own arrival times add its event loop's delays.
 */
export const sentTimes = (requests: readonly { headers: Record<string, string> }[]) =>
  requests.map((r) => {
    const at = Number(r.headers['x-sent-at'])
    if (!Number.isFinite(at)) throw new Error('a request without x-sent-at: import stamp-sends first in the sending process')
    return { at }
  })

/**
 * The window a rate-limit proof counts sends in. The shared limiter grants at most its limit per 1,075 ms
 * (1 s + a 75 ms guard); a request leaves its process a scheduling delay after its grant, and on a loaded
 * 2-core CI host that delay varies by tens of ms (a strict 1 s count once saw 11 of 10). Counting over 900 ms
 * tolerates 175 ms of jitter and still fails any limiter that lets more than its limit through per second.
 */
export const LIMIT_WINDOW_MS = 900
