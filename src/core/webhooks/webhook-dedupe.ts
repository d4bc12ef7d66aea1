/**
 * Remembers which webhook deliveries were handled, by the vendor's message id, so a retry of a message
 * that already succeeded is acknowledged without running the handler again. In memory by default (one
 * process); give every instance the same shared store (Redis) when the app runs on several.
 */
export interface WebhookDedupeStore {
  /** Marks `id` as handled-or-in-flight; false when it already was (a replay). */
  claim(id: string, ttlMs: number): Promise<boolean>
  /** Forgets `id` (the handler failed, so the vendor's retry must run it again). */
  release(id: string): Promise<void>
}

export interface MemoryDedupeOptions {
  /** Most ids kept; past it the oldest are forgotten first (so memory stays bounded under a flood). @default 10_000 */
  maxEntries?: number
  /** Current time in ms, for tests. @default Date.now */
  now?: () => number
}

/** A bounded, per-process store: entries expire after their TTL, and the oldest go first when full. */
export function createMemoryDedupeStore(options: MemoryDedupeOptions = {}): WebhookDedupeStore & { readonly size: number } {
  const maxEntries = options.maxEntries ?? 10_000
  const now = options.now ?? Date.now
  // Insertion order = claim order, so the first key is always the oldest claim.
  const expiries = new Map<string, number>()
  const sweep = (at: number) => {
    for (const [id, expiresAt] of expiries) if (expiresAt <= at) expiries.delete(id)
  }
  return {
    get size() {
      return expiries.size
    },
    async claim(id, ttlMs) {
      const at = now()
      const expiresAt = expiries.get(id)
      if (expiresAt !== undefined && expiresAt > at) return false
      expiries.delete(id)
      if (expiries.size >= maxEntries) sweep(at)
      while (expiries.size >= maxEntries) expiries.delete(expiries.keys().next().value!)
      expiries.set(id, at + ttlMs)
      return true
    },
    async release(id) {
      expiries.delete(id)
    },
  }
}

/** What became of one delivery: the work ran (and succeeded or failed), or it did not run. */
export type RunOnceOutcome = 'succeeded' | 'failed' | 'duplicate' | 'in-flight'

/**
 * Runs `work` (resolving to whether it succeeded) at most once per message id, across every instance
 * sharing `seen`. Two keys per id: `<id>:in-flight`, a lease (whoever holds it alone decides about the id;
 * a crashed holder frees it after `inFlightTtlMs`), and `<id>:done`, set only after success (so a crash
 * mid-work never counts as done). Holding the lease makes the claim-then-release probe of `:done` safe:
 * nobody else probes meanwhile. `in-flight` means another delivery of the id is running now and its
 * outcome is unknown: the sender should ask again later. A store failure rejects (answer "retry later").
 */
export async function runOnce(
  seen: WebhookDedupeStore,
  id: string,
  ttl: { dedupeTtlMs: number; inFlightTtlMs: number },
  work: () => Promise<boolean>,
): Promise<RunOnceOutcome> {
  const inFlight = `${id}:in-flight`
  const done = `${id}:done`
  if (!(await seen.claim(inFlight, ttl.inFlightTtlMs))) return 'in-flight'
  try {
    if (!(await seen.claim(done, ttl.dedupeTtlMs))) return 'duplicate'
    await seen.release(done)
    if (!(await work())) return 'failed'
    await seen.claim(done, ttl.dedupeTtlMs)
    return 'succeeded'
  } finally {
    await seen.release(inFlight)
  }
}

/**
 * `store` with a deadline on every call: a store that never answers (Redis behind a dead connection
 * with an offline queue) fails the call instead of holding the webhook request forever.
 */
export function withStoreDeadline(store: WebhookDedupeStore, timeoutMs: number): WebhookDedupeStore {
  const bounded = <T>(work: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the dedupe store did not answer within ${timeoutMs} ms`)), timeoutMs)
      work.then(resolve, reject).finally(() => clearTimeout(timer))
    })
  return {
    claim: (id, ttlMs) => bounded(store.claim(id, ttlMs)),
    release: (id) => bounded(store.release(id)),
  }
}
