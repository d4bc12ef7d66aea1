import { setMaxListeners } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { IntegrationError } from '../../src/core/errors.js'
import { createLoopsClient } from '../../src/loops/index.js'

/**
 * Node's fetch is handed the attempt's Interrupt as its signal and `redirect: 'error'` (no request
 * clone); every other fetch gets a real AbortSignal and `redirect: 'manual'`. A global fetch replaced by
 * one that insists on a real AbortSignal must still work, and nothing may be sent twice on the way.
 */
let server: Server
let base: string
const hits: string[] = []
beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url!)
    req.resume()
    if (req.url!.startsWith('/api/moved/')) res.writeHead(307, { location: '/elsewhere' }).end()
    else res.writeHead(200, { 'content-type': 'application/json' }).end('{"success":true}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))
afterEach(() => {
  vi.unstubAllGlobals()
  hits.length = 0
})

const EMAIL = { transactionalId: 't', email: 'ada@example.com' }
const nativeFetch = globalThis.fetch

/** A polyfill-like global fetch: refuses a signal that is not a real AbortSignal, as a browser's or node-fetch's Request does. */
function strictGlobalFetch() {
  const seen: RequestInit[] = []
  const strict = vi.fn((url: string | URL | Request, init?: RequestInit) => {
    seen.push({ ...init })
    if (init?.signal && !(init.signal instanceof AbortSignal))
      return Promise.reject(new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal."))
    return nativeFetch(url, init)
  })
  vi.stubGlobal('fetch', strict)
  return { strict, seen }
}

describe('fetch options: cheap for Node’s fetch, portable for any other', () => {
  it('a global fetch that refuses the Interrupt as a signal gets a real AbortSignal from then on; nothing is sent twice', async () => {
    const { strict, seen } = strictGlobalFetch()
    const client = createLoopsClient({ apiKey: 'k_test_0123456789', baseUrl: base, rateLimit: false, maxRetries: 0 })
    await expect(client.sendTransactionalEmail(EMAIL)).resolves.toEqual({ success: true })
    await expect(client.sendTransactionalEmail(EMAIL)).resolves.toEqual({ success: true })
    expect(hits).toHaveLength(2)
    expect(strict).toHaveBeenCalledTimes(3) // refused once, then the portable options every time
    expect(seen.map((init) => [init.signal instanceof AbortSignal, init.redirect])).toEqual([
      [false, 'error'],
      [true, 'manual'],
      [true, 'manual'],
    ])
  })

  it('a global fetch whose node:events call refuses the Interrupt (setMaxListeners on its signal) falls back too, instead of failing every call', async () => {
    // Node's validators name what they got ("Received an instance of Interrupt"), not the option.
    const wrapper = vi.fn((url: string | URL | Request, init?: RequestInit) => {
      if (init?.signal) setMaxListeners(50, init.signal)
      return nativeFetch(url, init)
    })
    vi.stubGlobal('fetch', wrapper)
    const client = createLoopsClient({ apiKey: 'k_test_0123456789', baseUrl: base, rateLimit: false, maxRetries: 0 })
    await expect(client.sendTransactionalEmail(EMAIL)).resolves.toEqual({ success: true })
    expect(hits).toHaveLength(1)
    expect(wrapper).toHaveBeenCalledTimes(2)
  })

  it('a wrapper that fails on the Interrupt after undici took it (and maybe sent the request) does not get an unkeyed POST sent twice', async () => {
    const wrapper = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      const response = await nativeFetch(url, init)
      init?.signal?.throwIfAborted() // a real AbortSignal has it, the Interrupt does not
      return response
    })
    vi.stubGlobal('fetch', wrapper)
    const client = createLoopsClient({ apiKey: 'k_test_0123456789', baseUrl: base, rateLimit: false, maxRetries: 0 })
    await expect(client.createContact({ email: 'ada@example.com' })).rejects.toMatchObject({ name: 'NetworkError' })
    expect(hits).toEqual(['/api/v1/contacts/create'])
    // From then on it gets the portable options, with which it works.
    await expect(client.createContact({ email: 'ada@example.com' })).resolves.toEqual({ success: true })
    expect(hits).toHaveLength(2)
  })

  it('a wrapper that puts another signal in place of the Interrupt (AbortSignal.any) gets a real AbortSignal from its next call on, so a deadline closes its requests', async () => {
    let given: AbortSignal | undefined
    vi.stubGlobal('fetch', (url: string | URL | Request, init?: RequestInit) => {
      given = init?.signal ?? undefined
      return nativeFetch(url, { ...init, signal: AbortSignal.any([init!.signal!, AbortSignal.timeout(60_000)]) })
    })
    const client = createLoopsClient({ apiKey: 'k_test_0123456789', baseUrl: base, rateLimit: false, maxRetries: 0 })
    await client.sendTransactionalEmail(EMAIL)
    expect(given).not.toBeInstanceOf(AbortSignal) // the Interrupt: undici never listened to it
    await client.sendTransactionalEmail(EMAIL)
    expect(given).toBeInstanceOf(AbortSignal)
    expect(hits).toHaveLength(2)
  })

  it('with the portable options a redirect fails the call with its status, unfollowed', async () => {
    strictGlobalFetch()
    const client = createLoopsClient({ apiKey: 'k_test_0123456789', baseUrl: `${base}/moved`, rateLimit: false })
    const error = await client.sendTransactionalEmail(EMAIL).then(
      () => undefined,
      (e: unknown) => e as IntegrationError,
    )
    expect(error).toBeInstanceOf(IntegrationError)
    expect([error!.status, error!.retryable]).toEqual([307, false])
    expect(error!.message).toMatch(/does not follow redirects/)
    expect(hits).toEqual(['/api/moved/v1/transactional'])
  })

  it('a fetch passed as an option gets a real AbortSignal that the deadline aborts, and redirect: manual', async () => {
    let given: RequestInit | undefined
    const fetch = (_: string | URL | Request, init?: RequestInit) => {
      given = init
      return new Promise<Response>(() => {}) // never answers
    }
    const client = createLoopsClient({ apiKey: 'k_test_0123456789', baseUrl: base, rateLimit: false, fetch, timeoutMs: 50, maxRetries: 0 })
    await expect(client.sendTransactionalEmail(EMAIL)).rejects.toMatchObject({ name: 'TimeoutError' })
    expect(given!.signal).toBeInstanceOf(AbortSignal)
    expect([given!.signal!.aborted, given!.redirect]).toEqual([true, 'manual'])
  })
})
