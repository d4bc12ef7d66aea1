/**
 * Hostile input, timed: what a misbehaving vendor or a careless caller costs the process.
 * - scrubbing 1 MB of text shaped to make a backtracking email regex quadratic
 * - a 500 whose body is 50 MB, from a real loopback server (settle time, heap growth)
 * - a 502 whose body stalls after the first bytes (settles at timeoutMs)
 * - a 2xx of 50 MB against the default maxResponseBytes (InvalidResponseError, not buffered)
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Redactor } from '../src/core/observability/redact.js'
import { createLoopsClient } from '../src/loops/index.js'

export interface HostileFigures {
  scrub1MBms: number
  errorBody50MB: { ms: number; heapGrowthMB: number; error: string; messageChars: number }
  stalledErrorBody: { ms: number; timeoutMs: number; error: string }
  okBody50MB: { ms: number; heapGrowthMB: number; error: string }
}

const MB = 1024 * 1024
const silent = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent }

function serve(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; server: Server }> {
  const server = createServer(handler)
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`, server })),
  )
}

/** Writes `total` bytes of `{"message":"aaaa…` in 64 KiB chunks, respecting back-pressure, until the client goes away. */
function flood(res: import('node:http').ServerResponse, status: number, total: number) {
  res.writeHead(status, { 'content-type': 'application/json' })
  const chunk = Buffer.alloc(64 * 1024, 'a')
  res.write('{"message":"')
  let sent = 0
  const pump = () => {
    while (sent < total) {
      sent += chunk.length
      if (!res.write(chunk)) return void res.once('drain', pump)
    }
    res.end('"}')
  }
  res.on('close', () => {
    sent = total
  })
  pump()
}

const heapMB = () => process.memoryUsage().heapUsed / MB

async function timeCall(url: string, call: (loops: ReturnType<typeof createLoopsClient>) => Promise<unknown>, timeoutMs = 30_000) {
  const loops = createLoopsClient({
    apiKey: 'bench_key_0123456789',
    baseUrl: url,
    maxRetries: 0,
    rateLimit: false,
    timeoutMs,
    logger: silent,
  })
  globalThis.gc?.()
  const heapBefore = heapMB()
  const started = performance.now()
  const error = (await call(loops).then(
    () => undefined,
    (e: unknown) => e,
  )) as Error | undefined
  const ms = performance.now() - started
  const heapGrowthMB = heapMB() - heapBefore
  return { ms, heapGrowthMB, error: error?.name ?? 'none', messageChars: error?.message.length ?? 0 }
}

export async function measureHostile(): Promise<HostileFigures> {
  const redactor = new Redactor()
  const hostile = 'a@'.repeat(512 * 1024) // 1 MiB
  const scrubStarted = performance.now()
  redactor.scrub(hostile)
  const scrub1MBms = performance.now() - scrubStarted

  const { url, server } = await serve((req, res) => {
    req.resume()
    if (req.url?.endsWith('/v1/lists')) return flood(res, 500, 50 * MB)
    if (req.url?.endsWith('/v1/transactional')) {
      res.writeHead(502, { 'content-type': 'text/html' })
      res.write('<html><title>Bad gateway') // …and nothing more, ever
      return
    }
    if (req.url?.endsWith('/v1/api-key')) return flood(res, 200, 50 * MB)
    res.writeHead(404).end()
  })
  try {
    const errorBody = await timeCall(url, (loops) => loops.listMailingLists())
    const stalled = await timeCall(url, (loops) => loops.sendTransactionalEmail({ transactionalId: 't', email: 'a@b.co' }), 1000)
    const okBody = await timeCall(url, (loops) => loops.testApiKey())
    return {
      scrub1MBms,
      errorBody50MB: errorBody,
      stalledErrorBody: { ms: stalled.ms, timeoutMs: 1000, error: stalled.error },
      okBody50MB: { ms: okBody.ms, heapGrowthMB: okBody.heapGrowthMB, error: okBody.error },
    }
  } finally {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
}
