import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { IntegrationError, InvalidResponseError } from '../../src/core/errors.js'
import { createLoopsClient } from '../../src/loops/index.js'
import { createStripeClient } from '../../src/stripe/index.js'
import { captureLogs } from '../helpers/capture.js'

/**
 * A vendor (or a proxy in front of it) that misbehaves on purpose, over real loopback HTTP: undici
 * decodes gzip and handles redirects, which no fake fetch reproduces.
 */
const KEY = 'sk_test_hostile_0123456789'
/** 60 KB on the wire, 60 MB decoded; made once, before the test measures the heap, so only the client's reading counts. */
let bomb: Buffer | undefined
const gzipBomb = () => (bomb ??= gzipSync(`{"message":"${'a'.repeat(60 * 1024 * 1024)}"}`))
let server: Server
let base: string
const hits: string[] = []
const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/api/v1/lists': (_, res) => {
    const bomb = gzipBomb()
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': bomb.length }).end(bomb)
  },
  '/api/v1/transactional': (_, res) => res.writeHead(307, { location: `${base}/elsewhere` }).end(),
  '/elsewhere': (_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"success":true}'),
  '/api/v1/contacts/create': (_, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.write('{"success":')
    setTimeout(() => res.socket?.destroy(), 20)
  },
  // A redirect whose body never ends (a proxy's, or a hostile one).
  '/api/v1/audience-segments': (_, res) => {
    res.writeHead(302, { location: `${base}/elsewhere`, 'content-type': 'text/html' })
    const drip = setInterval(() => res.write('<p>moved</p>'), 5)
    res.once('close', () => clearInterval(drip))
    held(res)
  },
  // Headers never come, or the body stalls after its first bytes: the client must drop the connection.
  '/api/v1/campaigns': (_, res) => held(res),
  '/api/v1/dedicated-sending-ips': (_, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.write('[')
    held(res)
  },
  '/api/v1/api-key': (req, res) =>
    res.writeHead(401, { 'content-type': 'application/json', 'x-request-id': String(req.headers.authorization) }).end('{"message":"no"}'),
  '/v1/customers': (req, res) => {
    const body = {
      error: { type: 'card_error', message: `declined for ${req.headers.authorization}`, code: String(req.headers.authorization) },
    }
    res.writeHead(402, { 'content-type': 'application/json', 'request-id': String(req.headers.authorization) }).end(JSON.stringify(body))
  },
}

/** Requests the server holds open, each resolved when the client drops its connection. */
const dropped: Array<Promise<void>> = []
function held(res: ServerResponse) {
  dropped.push(new Promise((resolve) => res.once('close', () => resolve())))
}

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url!)
    req.resume()
    const route = routes[req.url!.split('?')[0]!]
    if (route) route(req, res)
    else res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const loops = (logger = captureLogs().logger) =>
  createLoopsClient({ apiKey: KEY, baseUrl: `${base}/api`, rateLimit: false, maxRetries: 0, timeoutMs: 5000, logger })
const failure = (p: Promise<unknown>) => p.then(() => undefined).catch((e: unknown) => e as IntegrationError)
const everything = (e: IntegrationError) => [e.message, e.stack, JSON.stringify(e), JSON.stringify(e.body), e.requestId, e.code].join('\n')

describe('a hostile vendor', () => {
  it('a gzip bomb stops at maxResponseBytes, counted after decoding', async () => {
    gzipBomb()
    const before = process.memoryUsage().heapUsed
    const error = await failure(
      createLoopsClient({ apiKey: KEY, baseUrl: `${base}/api`, maxResponseBytes: 1024 * 1024 }).listMailingLists(),
    )
    expect(error).toBeInstanceOf(InvalidResponseError)
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(40 * 1024 * 1024)
  })

  it('a redirect is never followed nor retried: the body does not reach the other host, the error says to check baseUrl', async () => {
    hits.length = 0
    const client = createLoopsClient({
      apiKey: KEY,
      baseUrl: `${base}/api`,
      rateLimit: false,
      maxRetries: 2,
      retryDelays: { initialMs: 0, maxMs: 0 },
    })
    const error = await failure(client.sendTransactionalEmail({ transactionalId: 't', email: 'ada@example.com' }))
    expect(error).toBeInstanceOf(IntegrationError)
    expect(error!.message).toMatch(/redirect.*does not follow redirects.*check baseUrl/)
    expect(error!.retryable).toBe(false)
    expect(hits).toEqual(['/api/v1/transactional'])
  })

  it('a redirect whose body never ends fails the call at once and the connection is dropped, not left open', async () => {
    dropped.length = 0
    const client = createLoopsClient({ apiKey: KEY, baseUrl: `${base}/api`, rateLimit: false, maxRetries: 0, timeoutMs: 60_000 })
    const error = await failure(client.listAudienceSegments({}))
    expect([error!.name, error!.retryable]).toEqual(['IntegrationError', false])
    expect(dropped).toHaveLength(1)
    await dropped[0] // the server saw the connection closed (else undici holds it until its 300 s bodyTimeout)
  })

  it.each([
    ['no headers', 'listCampaigns', 'timeout'],
    ['a stalled body', 'listDedicatedSendingIps', 'timeout'],
    ['no headers', 'listCampaigns', 'caller abort'],
    ['a stalled body', 'listDedicatedSendingIps', 'caller abort'],
  ] as const)('%s: the %s call ends on %s and the connection is dropped, not left open', async (_, method, how) => {
    dropped.length = 0
    const client = createLoopsClient({ apiKey: KEY, baseUrl: `${base}/api`, rateLimit: false, maxRetries: 0, timeoutMs: 150 })
    const caller = new AbortController()
    const options = how === 'caller abort' ? { timeoutMs: 60_000, signal: caller.signal } : {}
    const call = client[method]({}, options)
    await vi.waitFor(() => expect(dropped).toHaveLength(1))
    if (how === 'caller abort') caller.abort(new Error('caller gave up'))
    const error = await failure(call)
    expect(how === 'timeout' ? error!.name : (error as Error).message).toBe(how === 'timeout' ? 'TimeoutError' : 'caller gave up')
    await dropped[0] // the server saw the connection closed: undici stopped the request and its body
  })

  it('a 2xx whose body breaks off on an unkeyed POST says it probably took effect, and is not retryable', async () => {
    hits.length = 0
    const error = await failure(
      createLoopsClient({ apiKey: KEY, baseUrl: `${base}/api`, rateLimit: false }).createContact({ email: 'ada@example.com' }),
    )
    expect(error).toBeInstanceOf(InvalidResponseError)
    expect(error).toMatchObject({ retryable: false, status: 200 })
    expect(hits).toHaveLength(1)
  })

  it('a request id header that echoes the key never carries it into errors or logs', async () => {
    const logs = captureLogs()
    const error = await failure(loops(logs.logger).testApiKey())
    expect(everything(error!)).not.toContain(KEY)
    expect(logs.lines.join('\n')).not.toContain(KEY)
  })

  it("a Stripe card error quoting the key never carries it into the CardError's fields", async () => {
    const logs = captureLogs()
    const stripe = createStripeClient({ apiKey: KEY, baseUrl: base, rateLimit: false, maxRetries: 0, logger: logs.logger })
    const error = await failure(stripe.postCustomers({ email: 'ada@example.com' }))
    expect(error!.name).toBe('CardError')
    expect(everything(error!)).not.toContain(KEY)
    expect(JSON.stringify(error)).not.toContain(KEY)
    expect(logs.lines.join('\n')).not.toContain(KEY)
  })
})
