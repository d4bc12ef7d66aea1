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
