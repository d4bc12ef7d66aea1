import { describe, expect, it } from 'vitest'
import { createMemoryDedupeStore } from '../../src/core/webhooks/webhook-dedupe.js'

describe('createMemoryDedupeStore', () => {
  it('claims an id once until it expires or is released', async () => {
    let clock = 1_000
    const store = createMemoryDedupeStore({ now: () => clock })
    expect([await store.claim('a', 100), await store.claim('a', 100)]).toEqual([true, false])
    clock += 100
    expect(await store.claim('a', 100)).toBe(true)
    await store.release('a')
    expect(await store.claim('a', 100)).toBe(true)
  })

  it('stays bounded: expired ids go first, then the oldest claims', async () => {
    let clock = 0
    const store = createMemoryDedupeStore({ maxEntries: 3, now: () => clock })
    await store.claim('short', 10)
    await store.claim('old', 1_000)
    await store.claim('newer', 1_000)
    clock = 20
    await store.claim('newest', 1_000) // 'short' expired: swept, nothing live is dropped
    expect([store.size, await store.claim('old', 1_000)]).toEqual([3, false])
    await store.claim('flood', 1_000) // full of live ids: the oldest claim ('old') is forgotten
    expect([store.size, await store.claim('newer', 1_000), await store.claim('old', 1_000)]).toEqual([3, false, true])
  })
})
