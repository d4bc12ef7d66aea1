import type { MatchedOperation } from './spec-validator.ts'
import { type Answer, cancelDelays, createRuntime, handleRequest, resetRuntime } from './stand-in-runtime.ts'

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

export { type Answer, DROP } from './stand-in-runtime.ts'

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

export function createStandIn<State>(definition: StandInDefinition<State>, options: StandInOptions = {}): StandInCore<State> {
  const rt = createRuntime(definition, options)
  return {
    apiKey: rt.apiKey,
    requests: rt.requests,
    get state() {
      return rt.state
    },
    inject: (rule) => void rt.faults.push(checkedRule(rule)),
    reset: () => resetRuntime(rt),
    handle: (request) => handleRequest(rt, request),
    stop: () => cancelDelays(rt),
  }
}
