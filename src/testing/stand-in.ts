import { createHash } from 'node:crypto'
import { createSpecValidator, type MatchedOperation, type SpecValidator } from './spec-validator.ts'

/**
 * A vendor stand-in: answers requests from an OpenAPI spec, in memory. Every request is validated
 * against the spec (ajv), the bearer key is checked, idempotency keys are honoured as the vendor
 * documents, a rate limit answers 429 + Retry-After, and faults can be injected. Vendors plug in
 * their handlers and error shape. The same handler serves a real HTTP server on 127.0.0.1
 * (`serveOnLoopback`) and msw (`mswHandlersFor`).
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
  /** Drop the connection before answering: a reset, as the client sees it. */
  | { drop: 'before' }
  /** Process the request (the email is sent), then drop the connection: the response is lost. */
  | { drop: 'after' }
  /**
   * Wait before handling (longer than the client's timeout = a response that never comes). Delays over
   * 2^31-1 ms (~24.8 days, Node's timer limit) are waited as that long.
   */
  | { delayMs: number }
  /** Answer 200 with a body that is not JSON. */
  | { malformed: true }

export interface FaultRule {
  fault: Fault
  /** Only for this operationId. @default every operation */
  operation?: string
  /** How many requests it applies to: a positive integer, or Infinity for every one. @default 1 */
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
  /**
   * How the vendor answers a reused idempotency key: `sameBody: 'replay'` answers the first response
   * again (Stripe); a message answers `status` with it (Loops' 409). A different body is always `status`.
   */
  idempotency: {
    sameBody: string | 'replay'
    differentBody: string
    status: number
    ttlMs: number
    errorBody?(status: number, message: string): unknown
  }
  handlers: Record<string, Handler<State>>
  createState(): State
  /** Parser for `application/x-www-form-urlencoded` bodies, for vendors that take them. */
  parseForm?(text: string): unknown
}

export interface StandInOptions {
  /** The bearer key the stand-in accepts. @default a random `test_…` key */
  apiKey?: string
  /** Requests per second before 429. `false` = unlimited. @default false */
  rateLimit?: { requestsPerSecond: number } | false
}

/** A dropped connection: the HTTP adapter destroys the socket, msw answers a network error. */
export const DROP = Symbol('drop')
export type Answer = Response | typeof DROP

export interface StandInCore<State> {
  apiKey: string
  requests: RecordedRequest[]
  readonly state: State
  /** Queue a fault for the next matching request(s). */
  inject(rule: FaultRule): void
  /** Forget requests, faults, idempotency keys and state. */
  reset(): void
  /** Answers one request (path relative to the server root, e.g. `/api/v1/transactional`). */
  handle(request: Request): Promise<Answer>
  /** Cancels pending delays. */
  stop(): void
}

// Node fires a timer set beyond this at once (with a warning), which would turn a long delay into none.
const MAX_TIMER_MS = 2 ** 31 - 1

/** A copy of `rule` the stand-in can count down, or a RangeError saying what is wrong with it. */
function checkedRule(rule: FaultRule): FaultRule {
  const times = rule.times ?? 1
  if (!(times === Number.POSITIVE_INFINITY || (Number.isInteger(times) && times > 0)))
    throw new RangeError(
      `inject: times must be a positive integer or Infinity, got ${String(rule.times)} (omit the rule to inject nothing)`,
    )
  const fault = rule.fault
  // A Response cannot carry another status: the fault would surface as a confusing 500 from inside msw.
  if (fault && 'status' in fault && !(Number.isInteger(fault.status) && fault.status >= 200 && fault.status <= 599))
    throw new RangeError(`inject: status must be an integer from 200 to 599, got ${String(fault.status)}`)
  if (fault && 'delayMs' in fault) {
    if (!(fault.delayMs >= 0)) throw new RangeError(`inject: delayMs must be a number ≥ 0, got ${String(fault.delayMs)}`)
    return { ...rule, times, fault: { delayMs: Math.min(fault.delayMs, MAX_TIMER_MS) } }
  }
  return { ...rule, times }
}

/** The credential of `Authorization: Bearer <token>`; the scheme is case-insensitive (RFC 9110 §11.1), as vendors take it. */
const bearerToken = (header: string | null) => /^bearer +(\S+) *$/i.exec(header ?? '')?.[1]

const hash = (value: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(value ?? null))
    .digest('hex')

/**
 * Validators by spec object, shared by every stand-in of a process: a test suite that starts a stand-in per
 * test compiles the vendor's spec once, not each time (~0.3 s for Loops). A validator keeps no request state,
 * and a spec given to a stand-in is read, never changed (the packaged specs are one parsed object each).
 */
const validators = new WeakMap<object, SpecValidator>()
function validatorFor(spec: Record<string, any>): SpecValidator {
  let validator = validators.get(spec)
  if (!validator) validators.set(spec, (validator = createSpecValidator(spec)))
  return validator
}

export function createStandIn<State>(definition: StandInDefinition<State>, options: StandInOptions = {}): StandInCore<State> {
  const validator = validatorFor(definition.spec)
  const apiKey = options.apiKey ?? `test_${Math.random().toString(36).slice(2, 14)}`
  let faults: FaultRule[] = []
  let keys = new Map<
    string,
    { bodyHash: string; at: number; answer?: { status: number; body: unknown; headers?: Record<string, string> } }
  >()
  let windowStarts: number[] = []
  let state = definition.createState()
  let resets = 0
  const requests: RecordedRequest[] = []
  const pending = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>()

  const takeFault = (operationId: string | undefined): Fault | undefined => {
    const i = faults.findIndex((r) => r.operation === undefined || r.operation === operationId)
    if (i < 0) return undefined
    const rule = faults[i]!
    rule.times = (rule.times ?? 1) - 1
    if (rule.times <= 0) faults.splice(i, 1)
    return rule.fault
  }
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          pending.delete(entry)
          resolve()
        }, ms),
        resolve,
      }
      pending.add(entry)
    })

  async function handle(request: Request): Promise<Answer> {
    const url = new URL(request.url)
    const path = url.pathname.startsWith(definition.basePath) ? url.pathname.slice(definition.basePath.length) || '/' : url.pathname
    const text = await request.text()
    const contentType = request.headers.get('content-type') ?? undefined
    let body: unknown
    let unparsable = false
    if (text !== '') {
      try {
        body =
          contentType?.includes('application/x-www-form-urlencoded') && definition.parseForm ? definition.parseForm(text) : JSON.parse(text)
      } catch {
        unparsable = true
      }
    }
    const match = validator.match(request.method, path)
    const record: RecordedRequest = {
      at: performance.now(),
      method: request.method,
      path,
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(request.headers),
      body,
      ...(match ? { operationId: match.operationId } : {}),
      outcome: 0,
      validationErrors: [],
    }
    requests.push(record)
    const send = (status: number, payload: unknown, extra: Record<string, string> = {}): Response => {
      record.outcome = status
      const isText = typeof payload === 'string'
      return new Response(isText ? payload : JSON.stringify(payload), {
        status,
        headers: { 'content-type': isText ? 'text/html' : 'application/json', ...extra },
      })
    }
    const drop = (): Answer => {
      record.outcome = 'dropped'
      return DROP
    }

    const fault = takeFault(match?.operationId)
    if (fault && 'delayMs' in fault) {
      const generation = resets
      await wait(fault.delayMs)
      // The client gave up (or the test moved on) while we waited: nothing is processed.
      if (request.signal.aborted || generation !== resets) return drop()
    }
    if (fault && 'status' in fault)
      return send(fault.status, fault.body ?? definition.errorBody(fault.status, 'Injected fault'), fault.headers)
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
    if (bearerToken(request.headers.get('authorization')) !== apiKey) return send(401, definition.errorBody(401, 'Invalid API key.'))
    if (unparsable) return send(400, definition.errorBody(400, 'Request body is not valid JSON.'))

    const result = validator.validate({
      method: request.method,
      path,
      query: url.searchParams,
      headers: request.headers,
      body,
      ...(contentType ? { contentType } : {}),
    })
    if (result.errors.length) record.validationErrors = result.errors
    if (!result.operation)
      return send(result.errors[0]?.includes('not allowed') ? 405 : 404, definition.errorBody(404, result.errors[0] ?? 'Not found.'))
    if (result.errors.length) return send(400, definition.errorBody(400, result.errors.join('; ')))

    const key = request.headers.get('idempotency-key')
    const { idempotency } = definition
    let remember: { bodyHash: string; at: number; answer?: { status: number; body: unknown; headers?: Record<string, string> } } | undefined
    if (key) {
      const now = Date.now()
      const seen = keys.get(key)
      const bodyHash = hash(body)
      if (seen && now - seen.at < idempotency.ttlMs) {
        const errorBody = idempotency.errorBody ?? definition.errorBody
        if (seen.bodyHash !== bodyHash) return send(idempotency.status, errorBody(idempotency.status, idempotency.differentBody))
        if (idempotency.sameBody === 'replay' && seen.answer)
          return send(seen.answer.status, seen.answer.body, { ...seen.answer.headers, 'idempotent-replayed': 'true' })
        return send(idempotency.status, errorBody(idempotency.status, idempotency.sameBody))
      }
      keys.set(key, (remember = { bodyHash, at: now }))
    }

    const handler = definition.handlers[result.operation.operationId]
    if (!handler) return send(501, definition.errorBody(501, `The stand-in does not implement ${result.operation.operationId}.`))
    const answer = handler({ operation: result.operation, body, query: url.searchParams, headers: request.headers, state })
    const status = answer.status ?? 200
    if (remember) remember.answer = { status, body: answer.body ?? {}, ...(answer.headers ? { headers: answer.headers } : {}) }
    if (fault && 'drop' in fault && fault.drop === 'after') return drop()
    return send(status, answer.body ?? {}, answer.headers)
  }

  return {
    apiKey,
    requests,
    get state() {
      return state
    },
    inject: (rule) => void faults.push(checkedRule(rule)),
    reset() {
      resets++
      faults = []
      keys = new Map()
      windowStarts = []
      requests.length = 0
      state = definition.createState()
    },
    handle,
    stop() {
      for (const entry of pending) {
        clearTimeout(entry.timer)
        entry.resolve()
      }
      pending.clear()
    },
  }
}
