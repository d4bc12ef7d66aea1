import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createSpecValidator, type MatchedOperation } from './spec-validator.js'

/**
 * A vendor stand-in: a real HTTP server on 127.0.0.1 that answers from an OpenAPI spec. Every request
 * is validated against the spec (ajv), the bearer key is checked, idempotency keys are honoured,
 * a rate limit answers 429 + Retry-After, and faults can be injected. Vendors plug in their
 * handlers and error shape; the machinery is shared.
 */

export interface RecordedRequest {
  at: number
  method: string
  path: string
  query: Record<string, string>
  headers: Record<string, string>
  body: unknown
  operationId?: string
  /** What the stand-in answered (status), or `dropped`. */
  outcome: number | 'dropped'
  /** Why the request was refused by spec validation, when it was. */
  validationErrors: string[]
}

export type Fault =
  /** Answer with this status (and body/headers) instead of processing. */
  | { status: number; body?: string | object; headers?: Record<string, string> }
  /** Destroy the connection before answering: a reset seen by the client. */
  | { drop: 'before' }
  /** Process the request (the email is sent), then destroy the connection: the response is lost. */
  | { drop: 'after' }
  /** Wait before handling (longer than the client's timeout = a response that never comes). */
  | { delayMs: number }
  /** Answer 200 with a body that is not JSON. */
  | { malformed: true }

export interface FaultRule {
  fault: Fault
  /** Only for this operationId. @default every operation */
  operation?: string
  /** How many requests it applies to. @default 1 */
  times?: number
}

export interface HandlerContext<State> {
  operation: MatchedOperation
  body: any
  query: URLSearchParams
  headers: Headers
  state: State
}
export type HandlerResult = { status?: number; body?: unknown; headers?: Record<string, string> }
export type Handler<State> = (ctx: HandlerContext<State>) => HandlerResult

export interface StandInDefinition<State> {
  spec: Record<string, any>
  /** Path prefix of the spec's server URL (`/api` for https://app.loops.so/api). */
  basePath: string
  /** The vendor's error body for a message. */
  errorBody(status: number, message: string): unknown
  /** Messages for reused idempotency keys. */
  idempotency: { sameBody: string; differentBody: string; status: number; ttlMs: number }
  handlers: Record<string, Handler<State>>
  createState(): State
  /** How the body is parsed: JSON unless the content type says form. */
  parseForm?(text: string): unknown
}

export interface StandInOptions {
  /** The bearer key the stand-in accepts. @default a random `test_…` key */
  apiKey?: string
  /** Requests per second before 429. `false` = unlimited. @default false */
  rateLimit?: { requestsPerSecond: number } | false
  /** Bind address. Only loopback makes sense. @default 127.0.0.1 */
  host?: string
  port?: number
}

export interface StandIn<State> {
  url: string
  apiKey: string
  requests: RecordedRequest[]
  state: State
  /** Queue a fault for the next matching request(s). */
  inject(rule: FaultRule): void
  /** Forget requests, faults, keys and state. */
  reset(): void
  close(): Promise<void>
}

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value ?? null)).digest('hex')

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function startStandIn<State>(definition: StandInDefinition<State>, options: StandInOptions = {}): Promise<StandIn<State>> {
  const validator = createSpecValidator(definition.spec)
  const apiKey = options.apiKey ?? `test_${Math.random().toString(36).slice(2, 14)}`
  let faults: FaultRule[] = []
  let keys = new Map<string, { bodyHash: string; at: number }>()
  let windowStarts: number[] = []
  const requests: RecordedRequest[] = []
  const standIn = { state: definition.createState() }
  const pending = new Set<NodeJS.Timeout>()

  const takeFault = (operationId: string | undefined): Fault | undefined => {
    const i = faults.findIndex((r) => r.operation === undefined || r.operation === operationId)
    if (i < 0) return undefined
    const rule = faults[i]!
    rule.times = (rule.times ?? 1) - 1
    if (rule.times <= 0) faults.splice(i, 1)
    return rule.fault
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://stand-in')
    const path = url.pathname.startsWith(definition.basePath) ? url.pathname.slice(definition.basePath.length) || '/' : url.pathname
    const text = await readBody(req)
    const contentType = req.headers['content-type']
    let body: unknown
    let unparsable = false
    if (text !== '') {
      try {
        body = contentType?.includes('application/x-www-form-urlencoded') && definition.parseForm ? definition.parseForm(text) : JSON.parse(text)
      } catch {
        unparsable = true
      }
    }
    const headers = new Headers()
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v)
    const match = validator.match(req.method ?? 'GET', path)
    const record: RecordedRequest = {
      at: performance.now(),
      method: req.method ?? 'GET',
      path,
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(headers),
      body,
      ...(match ? { operationId: match.operationId } : {}),
      outcome: 0,
      validationErrors: [],
    }
    requests.push(record)
    const send = (status: number, payload: unknown, extra: Record<string, string> = {}) => {
      record.outcome = status
      const raw = typeof payload === 'string' ? payload : JSON.stringify(payload)
      res.writeHead(status, { 'content-type': typeof payload === 'string' ? 'text/html' : 'application/json', ...extra }).end(raw)
    }
    const drop = () => {
      record.outcome = 'dropped'
      req.socket.destroy()
    }

    const fault = takeFault(match?.operationId)
    if (fault && 'delayMs' in fault) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => (pending.delete(t), resolve()), fault.delayMs)
        pending.add(t)
      })
      if (res.destroyed || req.socket.destroyed) return void (record.outcome = 'dropped')
    }
    if (fault && 'status' in fault) return send(fault.status, fault.body ?? definition.errorBody(fault.status, 'Injected fault'), fault.headers)
    if (fault && 'drop' in fault && fault.drop === 'before') return drop()
    if (fault && 'malformed' in fault) return send(200, '{"success": tru')

    if (options.rateLimit) {
      const now = performance.now()
      windowStarts = windowStarts.filter((t) => now - t < 1000)
      if (windowStarts.length >= options.rateLimit.requestsPerSecond) {
        const retryAfter = Math.max(1, Math.ceil((windowStarts[0]! + 1000 - now) / 1000))
        return send(429, definition.errorBody(429, 'Rate limit exceeded.'), { 'retry-after': String(retryAfter) })
      }
      windowStarts.push(now)
    }
    if (headers.get('authorization') !== `Bearer ${apiKey}`) return send(401, definition.errorBody(401, 'Invalid API key.'))
    if (unparsable) return send(400, definition.errorBody(400, 'Request body is not valid JSON.'))

    const result = validator.validate({ method: req.method ?? 'GET', path, query: url.searchParams, headers, body, ...(contentType ? { contentType } : {}) })
    if (!result.operation) {
      record.validationErrors = result.errors
      return send(result.errors[0]?.includes('not allowed') ? 405 : 404, definition.errorBody(404, result.errors[0] ?? 'Not found.'))
    }
    if (result.errors.length) {
      record.validationErrors = result.errors
      return send(400, definition.errorBody(400, result.errors.join('; ')))
    }

    const key = headers.get('idempotency-key')
    if (key) {
      const now = Date.now()
      const seen = keys.get(key)
      const bodyHash = hash(body)
      if (seen && now - seen.at < definition.idempotency.ttlMs) {
        const message = seen.bodyHash === bodyHash ? definition.idempotency.sameBody : definition.idempotency.differentBody
        return send(definition.idempotency.status, definition.errorBody(definition.idempotency.status, message))
      }
      keys.set(key, { bodyHash, at: now })
    }

    const handler = definition.handlers[result.operation.operationId]
    if (!handler) return send(501, definition.errorBody(501, `The stand-in does not implement ${result.operation.operationId}.`))
    const answer = handler({ operation: result.operation, body, query: url.searchParams, headers, state: standIn.state })
    if (fault && 'drop' in fault && fault.drop === 'after') return drop()
    send(answer.status ?? 200, answer.body ?? {}, answer.headers)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify(definition.errorBody(500, String(err))))
    })
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}${definition.basePath}`,
    apiKey,
    requests,
    get state() {
      return standIn.state
    },
    inject: (rule) => void faults.push({ ...rule }),
    reset() {
      faults = []
      keys = new Map()
      windowStarts = []
      requests.length = 0
      standIn.state = definition.createState()
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of pending) clearTimeout(t)
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
