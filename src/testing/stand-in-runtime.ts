import { createHash } from 'node:crypto'
import { createSpecValidator, type MatchedOperation, type SpecValidator } from './spec-validator.ts'
import type { Fault, FaultRule, RecordedRequest, StandInDefinition, StandInOptions } from './stand-in.ts'

/**
 * How a stand-in answers: its state between requests, and the steps one request goes through, in order —
 * read and record it, the injected fault, the rate limit, the bearer key and body, the spec, the idempotency
 * key, the vendor's handler. A step returns the answer that ends the request, or what the next step needs.
 */

/** A dropped connection: the HTTP adapter destroys the socket, msw answers a network error. */
export const DROP = Symbol('drop')
export type Answer = Response | typeof DROP

/** An idempotency key seen: the body's hash, when, and (once the handler ran) what was answered. */
interface KeyEntry {
  bodyHash: string
  at: number
  answer?: { status: number; body: unknown; headers?: Record<string, string> }
}

/** Everything one stand-in keeps between requests. */
export interface StandInRuntime<State> {
  definition: StandInDefinition<State>
  options: StandInOptions
  validator: SpecValidator
  apiKey: string
  faults: FaultRule[]
  keys: Map<string, KeyEntry>
  /** When each request of the last second was let through (the rate limit's window). */
  windowStarts: number[]
  state: State
  /** Counts reset()s: a request delayed across one is dropped, not processed. */
  resets: number
  /** The array the stand-in exposes: emptied in place, never replaced. */
  requests: RecordedRequest[]
  pending: Set<{ timer: NodeJS.Timeout; resolve: () => void }>
}

/** One request being answered. */
interface Exchange {
  request: Request
  url: URL
  /** Relative to the spec's server URL (`basePath` removed). */
  path: string
  contentType: string | undefined
  body: unknown
  /** There was a body, and it did not parse. */
  unparsable: boolean
  record: RecordedRequest
}

/**
 * Validators by spec object, shared by every stand-in of a process: a test suite that starts a stand-in per
 * test compiles the vendor's spec once, not each time (~0.3 s for Loops). A validator keeps no request state,
 * and a spec given to a stand-in is read, never changed (the packaged specs are one parsed object each).
 */
const validators = new WeakMap<object, SpecValidator>()
function validatorFor(spec: object): SpecValidator {
  let validator = validators.get(spec)
  if (!validator) validators.set(spec, (validator = createSpecValidator(spec as Parameters<typeof createSpecValidator>[0])))
  return validator
}

export function createRuntime<State>(definition: StandInDefinition<State>, options: StandInOptions): StandInRuntime<State> {
  return {
    definition,
    options,
    validator: validatorFor(definition.spec),
    apiKey: options.apiKey ?? `test_${Math.random().toString(36).slice(2, 14)}`,
    faults: [],
    keys: new Map(),
    windowStarts: [],
    state: definition.createState(),
    resets: 0,
    requests: [],
    pending: new Set(),
  }
}

/** Forgets requests, faults, idempotency keys and state. */
export function resetRuntime<State>(rt: StandInRuntime<State>): void {
  rt.resets++
  rt.faults = []
  rt.keys = new Map()
  rt.windowStarts = []
  rt.requests.length = 0
  rt.state = rt.definition.createState()
}

/** Ends every pending delay now. */
export function cancelDelays<State>(rt: StandInRuntime<State>): void {
  for (const entry of rt.pending) {
    clearTimeout(entry.timer)
    entry.resolve()
  }
  rt.pending.clear()
}

export async function handleRequest<State>(rt: StandInRuntime<State>, request: Request): Promise<Answer> {
  // Everything after reading the body runs without yielding (but an injected delay), as concurrent requests expect.
  const ex = readRequest(rt, request, await request.text())
  const fault = takeFault(rt, ex.record.operationId)
  if (fault && 'delayMs' in fault) {
    const generation = rt.resets
    await wait(rt, fault.delayMs)
    // The client gave up (or the test moved on) while we waited: nothing is processed.
    if (request.signal.aborted || generation !== rt.resets) return drop(ex)
  }
  const refused = injectedAnswer(rt, ex, fault) ?? rateLimited(rt, ex) ?? badKeyOrBody(rt, ex)
  if (refused) return refused
  const operation = checkAgainstSpec(rt, ex)
  if (operation instanceof Response) return operation
  const remembered = checkIdempotencyKey(rt, ex)
  if (remembered instanceof Response) return remembered
  return dispatch(rt, ex, operation, fault, remembered)
}

/** Parses the body and records the request (outcome still 0). */
function readRequest<State>(rt: StandInRuntime<State>, request: Request, text: string): Exchange {
  const { basePath } = rt.definition
  const url = new URL(request.url)
  const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) || '/' : url.pathname
  const contentType = request.headers.get('content-type') ?? undefined
  const { body, unparsable } = parseBody(rt.definition, text, contentType)
  const match = rt.validator.match(request.method, path)
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
  rt.requests.push(record)
  return { request, url, path, contentType, body, unparsable, record }
}

/** JSON, or a form for vendors that take one; an empty body is none. */
function parseBody<State>(
  definition: StandInDefinition<State>,
  text: string,
  contentType: string | undefined,
): { body: unknown; unparsable: boolean } {
  if (text === '') return { body: undefined, unparsable: false }
  try {
    const body =
      contentType?.includes('application/x-www-form-urlencoded') && definition.parseForm ? definition.parseForm(text) : JSON.parse(text)
    return { body, unparsable: false }
  } catch {
    return { body: undefined, unparsable: true }
  }
}

function send(ex: Exchange, status: number, payload: unknown, extra: Record<string, string> = {}): Response {
  ex.record.outcome = status
  const isText = typeof payload === 'string'
  return new Response(isText ? payload : JSON.stringify(payload), {
    status,
    headers: { 'content-type': isText ? 'text/html' : 'application/json', ...extra },
  })
}

function drop(ex: Exchange): Answer {
  ex.record.outcome = 'dropped'
  return DROP
}

/** The first queued fault for this operation (or any), counted down and forgotten when used up. */
function takeFault<State>(rt: StandInRuntime<State>, operationId: string | undefined): Fault | undefined {
  const i = rt.faults.findIndex((r) => r.operation === undefined || r.operation === operationId)
  if (i < 0) return undefined
  const rule = rt.faults[i]!
  rule.times = (rule.times ?? 1) - 1
  if (rule.times <= 0) rt.faults.splice(i, 1)
  return rule.fault
}

/** A delay stop() can cut short. */
function wait<State>(rt: StandInRuntime<State>, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const entry = {
      timer: setTimeout(() => {
        rt.pending.delete(entry)
        resolve()
      }, ms),
      resolve,
    }
    rt.pending.add(entry)
  })
}

/** The faults answered before any processing: an injected status, a drop before, a malformed body. */
function injectedAnswer<State>(rt: StandInRuntime<State>, ex: Exchange, fault: Fault | undefined): Answer | undefined {
  if (fault && 'status' in fault)
    return send(ex, fault.status, fault.body ?? rt.definition.errorBody(fault.status, 'Injected fault'), fault.headers)
  if (fault && 'drop' in fault && fault.drop === 'before') return drop(ex)
  if (fault && 'malformed' in fault) return send(ex, 200, '{"success": tru')
  return undefined
}

/** 429 + Retry-After past `requestsPerSecond` in the last second; a request let through counts. */
function rateLimited<State>(rt: StandInRuntime<State>, ex: Exchange): Response | undefined {
  const limit = rt.options.rateLimit
  if (!limit) return undefined
  const now = performance.now()
  rt.windowStarts = rt.windowStarts.filter((t) => now - t < 1000)
  if (rt.windowStarts.length >= limit.requestsPerSecond) {
    const retryAfter = Math.max(1, Math.ceil((rt.windowStarts[0]! + 1000 - now) / 1000))
    return send(ex, 429, rt.definition.errorBody(429, 'Rate limit exceeded.'), { 'retry-after': String(retryAfter) })
  }
  rt.windowStarts.push(now)
  return undefined
}

/** The credential of `Authorization: Bearer <token>`; the scheme is case-insensitive (RFC 9110 §11.1), as vendors take it. */
const bearerToken = (header: string | null) => /^bearer +(\S+) *$/i.exec(header ?? '')?.[1]

/** 401 for a wrong key, then 400 for a body that does not parse. */
function badKeyOrBody<State>(rt: StandInRuntime<State>, ex: Exchange): Response | undefined {
  if (bearerToken(ex.request.headers.get('authorization')) !== rt.apiKey)
    return send(ex, 401, rt.definition.errorBody(401, 'Invalid API key.'))
  if (ex.unparsable) return send(ex, 400, rt.definition.errorBody(400, 'Request body is not valid JSON.'))
  return undefined
}

/** The operation the request is for, or 404/405 (no operation) or 400 (it does not fit the spec), with the reasons recorded. */
function checkAgainstSpec<State>(rt: StandInRuntime<State>, ex: Exchange): MatchedOperation | Response {
  const { request, path, url, body, contentType } = ex
  const result = rt.validator.validate({
    method: request.method,
    path,
    query: url.searchParams,
    headers: request.headers,
    body,
    ...(contentType ? { contentType } : {}),
  })
  if (result.errors.length) ex.record.validationErrors = result.errors
  if (!result.operation)
    return send(ex, result.errors[0]?.includes('not allowed') ? 405 : 404, rt.definition.errorBody(404, result.errors[0] ?? 'Not found.'))
  if (result.errors.length) return send(ex, 400, rt.definition.errorBody(400, result.errors.join('; ')))
  return result.operation
}

const hash = (value: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(value ?? null))
    .digest('hex')

/**
 * A key seen within its TTL answers as the vendor does (a replay, or `idempotency.status`); a new one is
 * remembered (its entry returned, for the handler's answer). No key: undefined.
 */
function checkIdempotencyKey<State>(rt: StandInRuntime<State>, ex: Exchange): Response | KeyEntry | undefined {
  const key = ex.request.headers.get('idempotency-key')
  if (!key) return undefined
  const { idempotency } = rt.definition
  const now = Date.now()
  const seen = rt.keys.get(key)
  const bodyHash = hash(ex.body)
  if (seen && now - seen.at < idempotency.ttlMs) {
    const errorBody = idempotency.errorBody ?? rt.definition.errorBody
    if (seen.bodyHash !== bodyHash) return send(ex, idempotency.status, errorBody(idempotency.status, idempotency.differentBody))
    if (idempotency.sameBody === 'replay' && seen.answer)
      return send(ex, seen.answer.status, seen.answer.body, { ...seen.answer.headers, 'idempotent-replayed': 'true' })
    return send(ex, idempotency.status, errorBody(idempotency.status, idempotency.sameBody))
  }
  const entry: KeyEntry = { bodyHash, at: now }
  rt.keys.set(key, entry)
  return entry
}

/** Runs the vendor's handler (501 without one); a `drop: 'after'` fault loses its answer. */
function dispatch<State>(
  rt: StandInRuntime<State>,
  ex: Exchange,
  operation: MatchedOperation,
  fault: Fault | undefined,
  remember: KeyEntry | undefined,
): Answer {
  const handler = rt.definition.handlers[operation.operationId]
  if (!handler) return send(ex, 501, rt.definition.errorBody(501, `The stand-in does not implement ${operation.operationId}.`))
  const answer = handler({ operation, body: ex.body, query: ex.url.searchParams, headers: ex.request.headers, state: rt.state })
  const status = answer.status ?? 200
  if (remember) remember.answer = { status, body: answer.body ?? {}, ...(answer.headers ? { headers: answer.headers } : {}) }
  if (fault && 'drop' in fault && fault.drop === 'after') return drop(ex)
  return send(ex, status, answer.body ?? {}, answer.headers)
}
