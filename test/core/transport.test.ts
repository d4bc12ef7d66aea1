import { afterEach, describe, expect, it, vi } from 'vitest'
import { InvalidResponseError, ServerError, TimeoutError } from '../../src/core/errors.js'
import { createLoopsClient } from '../../src/loops/index.js'
import { captureLogs, jsonResponse, scriptedFetch } from '../helpers/capture.js'

/**
 * The transport driven by an injected fetch and fake timers: no sockets, so the stalls, floods and
 * deadlines below are exact and instant.
 */
const KEY = 'loops_test_key_0123456789'
const client = (fetch: ReturnType<typeof scriptedFetch>['fetch'], extra: Parameters<typeof createLoopsClient>[0] = {}) =>
  createLoopsClient({ apiKey: KEY, baseUrl: 'https://loops.test/api', fetch, logger: captureLogs().logger, rateLimit: false, ...extra })
const sendEmail = (loops: ReturnType<typeof client>, options = {}) =>
  loops.sendTransactionalEmail({ transactionalId: 'tpl', email: 'ada@example.com' }, options)

/** A body that sends `first` and then nothing, ever (the server keeps the connection open). */
function stalledBody(first = '{"message":"upstream') {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(first))
    },
  })
}

/** A body of `total` bytes produced on demand, counting how much was actually pulled. */
function floodBody(total: number, chunk = 64 * 1024) {
  const pulled = { bytes: 0 }
  const piece = new TextEncoder().encode('x'.repeat(chunk))
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.bytes >= total) return controller.close()
      pulled.bytes += piece.byteLength
      controller.enqueue(piece)
    },
  })
  return { stream, pulled }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('transport: a response body is read under the attempt deadline', () => {
  it('ends a 502 whose body stalls at timeoutMs with a TimeoutError, every attempt', async () => {
    vi.useFakeTimers()
    const { fetch, calls } = scriptedFetch(() => new Response(stalledBody(), { status: 502 }))
    const loops = client(fetch, { timeoutMs: 1000, retryDelays: { initialMs: 10, maxMs: 10 } })
    const settled = sendEmail(loops).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(3 * 1000 + 100)
    const error = await settled
    expect(error).toBeInstanceOf(TimeoutError)
    expect(error).toMatchObject({ attempts: 3, retryable: true })
    expect(calls).toHaveLength(3)
  })

  it("ends a stalled error body at the caller's abort, with the caller's reason, without retrying", async () => {
    vi.useFakeTimers()
    const { fetch, calls } = scriptedFetch(() => new Response(stalledBody(), { status: 502 }))
    const loops = client(fetch, { timeoutMs: 60_000 })
    const controller = new AbortController()
    const settled = sendEmail(loops, { signal: controller.signal }).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(2000)
    controller.abort(new Error('user went away'))
    await vi.advanceTimersByTimeAsync(0)
    expect(await settled).toMatchObject({ message: 'user went away' })
    expect(calls).toHaveLength(1)
  })

  it('ends a 2xx body that never finishes at timeoutMs too', async () => {
    vi.useFakeTimers()
    const { fetch } = scriptedFetch(() => new Response(stalledBody('{"success":'), { status: 200 }))
    const settled = loopsWithNoRetry(fetch)
      .listMailingLists()
      .catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(600)
    expect(await settled).toBeInstanceOf(TimeoutError)
  })
})

const loopsWithNoRetry = (fetch: ReturnType<typeof scriptedFetch>['fetch']) => client(fetch, { timeoutMs: 500, maxRetries: 0 })

describe('transport: response size caps', () => {
  it('reads at most 64 KiB of a 50 MB error body and settles with a capped message', async () => {
    const flood = floodBody(50 * 1024 * 1024)
    const { fetch } = scriptedFetch(() => new Response(flood.stream, { status: 500 }))
    const error = (await loopsWithNoRetry(fetch)
      .listMailingLists()
      .catch((e: unknown) => e)) as ServerError
    expect(error).toBeInstanceOf(ServerError)
    expect(flood.pulled.bytes).toBeLessThanOrEqual(256 * 1024)
    expect(error.message.length).toBeLessThan(2000)
  })

  it('caps a 100 KB vendor message in the error and the log', async () => {
    const logs = captureLogs()
    const huge = `${'a'.repeat(100_000)}@example.com`
    const { fetch } = scriptedFetch(() => jsonResponse({ message: huge }, 500))
    const error = (await client(fetch, { maxRetries: 0, logger: logs.logger })
      .listMailingLists()
      .catch((e: unknown) => e)) as ServerError
    expect(error.vendorMessage!.length).toBeLessThanOrEqual(1020)
    expect(logs.lines.every((line) => line.length < 5000)).toBe(true)
  })

  it('fails a 2xx body over maxResponseBytes with InvalidResponseError, not retried and not buffered', async () => {
    const flood = floodBody(50 * 1024 * 1024)
    const { fetch, calls } = scriptedFetch(() => new Response(flood.stream, { status: 200 }))
    const error = await client(fetch, { maxResponseBytes: 1024 * 1024 })
      .listMailingLists()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidResponseError)
    expect(error).toMatchObject({ retryable: false, attempts: 1 })
    expect((error as Error).message).toMatch(/maxResponseBytes/)
    expect(flood.pulled.bytes).toBeLessThanOrEqual(1024 * 1024 + 128 * 1024)
    expect(calls).toHaveLength(1)
  })

  it('refuses a declared Content-Length over the cap before reading anything', async () => {
    const flood = floodBody(10 * 1024 * 1024)
    const { fetch } = scriptedFetch(
      () => new Response(flood.stream, { status: 200, headers: { 'content-length': String(10 * 1024 * 1024) } }),
    )
    const error = await client(fetch, { maxResponseBytes: 1024 })
      .listMailingLists()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidResponseError)
    expect(flood.pulled.bytes).toBeLessThanOrEqual(128 * 1024)
  })
})

describe('transport: vendor protocol data', () => {
  it('pauses the limiter for a second when Loops says x-ratelimit-remaining: 0, and only then', async () => {
    const pauses: number[] = []
    const limiter = { acquire: async () => {}, pause: (ms: number) => void pauses.push(ms) }
    const answers = [
      jsonResponse({ success: true }, 200, { 'x-ratelimit-remaining': '3' }),
      jsonResponse({ success: true }, 200, { 'x-ratelimit-remaining': '0' }),
    ]
    const { fetch } = scriptedFetch(
      () => answers[0]!,
      () => answers[1]!,
    )
    const loops = client(fetch, { rateLimit: limiter })
    await sendEmail(loops)
    expect(pauses).toEqual([])
    await sendEmail(loops)
    expect(pauses).toEqual([1000])
  })

  it('resolves a dry run with the vendor’s own dry-run answer and sends nothing', async () => {
    const { fetch, calls } = scriptedFetch(() => jsonResponse({}))
    const result = await sendEmail(client(fetch, { dryRun: true }))
    expect(result).toEqual({ success: true, dryRun: true })
    expect(calls).toHaveLength(0)
  })
})
