import { describe, expect, it } from 'vitest'
import { lazyModule } from '../../src/core/runtime/lazy-module.ts'

describe('lazyModule: a feature loaded on first use', () => {
  it('loads once however many calls wait for it, then hands the module over synchronously', async () => {
    let imports = 0
    const lazy = lazyModule(async () => ({ n: ++imports }))
    expect(lazy.loaded).toBeUndefined()
    const [a, b] = await Promise.all([lazy.load(), lazy.load()])
    expect(a).toBe(b)
    expect(lazy.loaded).toBe(a)
    expect(await lazy.load()).toBe(a)
    expect(imports).toBe(1)
  })

  it('a failed load (a broken install) fails the calls waiting for it, and the next call tries again', async () => {
    let imports = 0
    const lazy = lazyModule(async () => {
      if (++imports === 1) throw new Error('chunk missing')
      return { ok: true }
    })
    await expect(Promise.all([lazy.load(), lazy.load()])).rejects.toThrow('chunk missing')
    expect(lazy.loaded).toBeUndefined()
    expect(await lazy.load()).toEqual({ ok: true })
    expect(imports).toBe(2)
  })
})
