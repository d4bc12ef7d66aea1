/**
 * `client.use(middleware)`: openapi-fetch's shape (plain objects with optional `onRequest`,
 * `onResponse`, `onError`), but called per attempt and for the typed methods and `.raw` alike,
 * because it runs inside the transport rather than around `fetch`. The list `use` keeps is
 * middleware-stack.ts; this runs it, loaded with the first call that has middleware (instrumentation.ts).
 */
import { type MiddlewareHook, MiddlewareError } from '../errors.ts'
import type { Redactor } from '../observability/redact.ts'
import { isHeaderValue } from './request-input.ts'
import type { AttemptReport, CallObserver, CallRequest, FailureKind } from './transport.ts'

/** The request of one attempt as middleware sees it: a frozen copy, without the credential header. */
export interface MiddlewareRequest {
  readonly url: string
  readonly method: string
  /** Lower-case names. The idempotency key is here; the API key never is. */
  readonly headers: Readonly<Record<string, string>>
}

export interface MiddlewareContext {
  /** The integration, e.g. `loops`. */
  service: string
  /** The method name (`sendTransactionalEmail`), or `GET /v1/lists` for a `.raw` call. */
  operation: string
  /** 1 for the first attempt, 2 for the first retry… */
  attempt: number
  request: MiddlewareRequest
}

export interface MiddlewareResponseContext extends MiddlewareContext {
  /** The answer's status and headers; its body is read by the transport, not exposed here. */
  response: { status: number; headers: Headers; requestId?: string }
  /** This attempt's time, body included. */
  ms: number
  /** Whether the transport will try again after this answer (a 429 or 5xx with retries left). */
  willRetry: boolean
}

export interface MiddlewareErrorContext extends MiddlewareContext {
  /**
   * Why there was no usable answer; `type` is `timeout`, `redirect` (Node's fetch refuses one unread),
   * `response_too_large`, an errno code (`ECONNREFUSED`) or an error class.
   */
  error: { kind: FailureKind; type: string; message: string }
  ms: number
  willRetry: boolean
}

/** What `onRequest` may return. */
export interface AddedHeaders {
  headers?: Record<string, string>
}

/**
 * Hooks called around every attempt. A hook that throws fails the call with a `MiddlewareError`
 * (never retried). Hooks may be async; they run in order for `onRequest`, in reverse for the others.
 * @example
 * loops.use({
 *   onRequest: ({ attempt }) => ({ headers: { 'x-attempt': String(attempt) } }),
 *   onResponse: ({ operation, response, ms }) => metrics.observe(operation, response.status, ms),
 * })
 */
export interface Middleware {
  /** Shown in a `MiddlewareError`'s message. */
  name?: string
  /** Before each attempt. Return `{ headers }` to add headers (not the credential or `idempotency-key`). */
  // biome-ignore lint/suspicious/noConfusingVoidType: a hook that adds nothing returns nothing, async or not
  onRequest?(context: MiddlewareContext): void | AddedHeaders | Promise<void | AddedHeaders>
  /** After each attempt that got an answer, whatever its status. */
  onResponse?(context: MiddlewareResponseContext): void | Promise<void>
  /** After each attempt that got no usable answer (timeout, network error, oversized body, a redirect on Node's fetch). */
  onError?(context: MiddlewareErrorContext): void | Promise<void>
}

/**
 * Headers that frame the message or the connection: set by the HTTP stack from the request itself.
 * A hook setting one (`host`, `content-length` …) would make a malformed request that fetch reports
 * as a retryable "network error"; refused before anything is sent instead.
 */
const FRAMING_HEADERS = new Set([
  'host',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
  'expect',
])
const isFramingHeader = (name: string) => FRAMING_HEADERS.has(name) || name.startsWith('proxy-')

/** Header names a hook may not set: the credential (it never sees it either) and the call's idempotency key. */
export interface MiddlewareGuards {
  service: string
  redactor: Redactor
  /** Lower-case names of the headers that carry the API key. */
  credentialHeaders: ReadonlySet<string>
}

/** Where a hook runs, for its error messages and header rules. */
interface HookScope extends MiddlewareGuards {
  operation: string
  label: string
}

function fail(
  scope: HookScope,
  hook: MiddlewareHook,
  m: Middleware,
  attempt: number,
  sent: boolean,
  problem: string,
  cause?: unknown,
): never {
  const { service, operation, label, redactor } = scope
  const who = m.name ? `middleware "${redactor.scrub(m.name.slice(0, 100))}"` : 'a middleware'
  const effect = sent ? 'The request was sent and may have taken effect' : 'Nothing was sent for this attempt'
  throw new MiddlewareError(
    `[${label}] ${who}'s ${hook} ${problem} (attempt ${attempt}). ${effect}; the call was stopped and not retried. Fix the hook.`,
    { service, operation, attempts: sent ? attempt : attempt - 1, hook, ...(cause !== undefined ? { cause } : {}) },
  )
}

function threw(scope: HookScope, hook: MiddlewareHook, m: Middleware, attempt: number, sent: boolean, cause: unknown): never {
  const message = cause instanceof Error ? cause.message : String(cause)
  const { redactor } = scope
  return fail(scope, hook, m, attempt, sent, `threw: ${redactor.scrub(message.slice(0, 500))}`, cause)
}

/** Adds what `onRequest` returned to this attempt's headers; true when something was added. */
function addHeaders(scope: HookScope, m: Middleware, attempt: number, result: unknown, headers: Record<string, string>): boolean {
  if (result === undefined || result === null) return false
  const added = (result as { headers?: unknown }).headers
  if (typeof result !== 'object' || (added !== undefined && (added === null || typeof added !== 'object'))) {
    fail(scope, 'onRequest', m, attempt, false, 'returned something other than undefined or { headers }')
  }
  for (const [rawName, value] of Object.entries((added ?? {}) as Record<string, unknown>)) {
    const name = rawName.toLowerCase()
    if (name === 'authorization' || name === 'idempotency-key' || scope.credentialHeaders.has(name)) {
      fail(scope, 'onRequest', m, attempt, false, `may not set the ${name} header (the client sets it)`)
    }
    if (isFramingHeader(name)) {
      fail(scope, 'onRequest', m, attempt, false, `may not set the ${name.slice(0, 100)} header (the HTTP stack sets it from the request)`)
    }
    // fetch would refuse it as a "network error", which would be retried: refused here instead.
    if (typeof value !== 'string' || !/^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(name) || !isHeaderValue(value)) {
      fail(scope, 'onRequest', m, attempt, false, `set header "${name.slice(0, 100)}" to a value that cannot go in an HTTP header`)
    }
    headers[name] = value as string
  }
  return added !== undefined
}

/** An observer that runs `middleware` (a snapshot, non-empty) around every attempt of `request`. */
export function middlewareObserver(middleware: readonly Middleware[], request: CallRequest, guards: MiddlewareGuards): CallObserver {
  const { service, credentialHeaders } = guards
  const { operation } = request
  const scope: HookScope = { ...guards, operation, label: request.label }
  // This attempt's headers, and the hooks' view of them (without the credential), made when a hook needs it.
  let attemptHeaders: Record<string, string> = {}
  let visible: Readonly<Record<string, string>> | undefined
  const has = (hook: MiddlewareHook) => middleware.some((m) => m[hook] !== undefined)
  const hooked = { onRequest: has('onRequest'), onResponse: has('onResponse'), onError: has('onError') }

  const view = (headers: Record<string, string>) =>
    Object.freeze(Object.fromEntries(Object.entries(headers).filter(([name]) => !credentialHeaders.has(name))))

  function contextFor(attempt: number): MiddlewareContext {
    visible ??= view(attemptHeaders)
    return { service, operation, attempt, request: Object.freeze({ url: request.url, method: request.method, headers: visible }) }
  }

  async function requestHooks(attempt: number, headers: Record<string, string>): Promise<void> {
    for (const m of middleware) {
      if (!m.onRequest) continue
      let result: unknown
      try {
        result = await m.onRequest(contextFor(attempt))
      } catch (cause) {
        threw(scope, 'onRequest', m, attempt, false, cause)
      }
      if (addHeaders(scope, m, attempt, result, headers)) visible = undefined
    }
  }

  async function endHooks(attempt: number, report: AttemptReport): Promise<void> {
    const base = contextFor(attempt)
    for (let i = middleware.length - 1; i >= 0; i--) {
      const m = middleware[i]!
      const hook = report.outcome === 'response' ? 'onResponse' : 'onError'
      if (!m[hook]) continue
      try {
        if (report.outcome === 'response') {
          const response = {
            status: report.status!,
            headers: report.headers!,
            ...(report.requestId ? { requestId: report.requestId } : {}),
          }
          await m.onResponse!({ ...base, response, ms: report.ms, willRetry: report.willRetry })
        } else {
          const error = { kind: report.outcome, ...report.error! }
          await m.onError!({ ...base, error, ms: report.ms, willRetry: report.willRetry })
        }
      } catch (cause) {
        threw(scope, hook, m, attempt, true, cause)
      }
    }
  }

  return {
    // No hook for this step: nothing to await, the transport's attempt goes on at once.
    attemptStart(attempt, headers) {
      attemptHeaders = headers
      visible = undefined
      return hooked.onRequest ? requestHooks(attempt, headers) : undefined
    },
    attemptEnd(attempt, report) {
      return hooked[report.outcome === 'response' ? 'onResponse' : 'onError'] ? endHooks(attempt, report) : undefined
    },
    waited() {},
    end() {},
    logFields: () => undefined,
  }
}

/** Telemetry first (its traceparent goes out, middleware sees it), then middleware. */
export function combineObservers(first: CallObserver, second: CallObserver): CallObserver {
  return {
    attemptStart(attempt, headers) {
      const pending = first.attemptStart(attempt, headers)
      return pending ? pending.then(() => second.attemptStart(attempt, headers)) : second.attemptStart(attempt, headers)
    },
    attemptEnd(attempt, report) {
      const pending = first.attemptEnd(attempt, report)
      return pending ? pending.then(() => second.attemptEnd(attempt, report)) : second.attemptEnd(attempt, report)
    },
    waited(kind, ms) {
      first.waited(kind, ms)
      second.waited(kind, ms)
    },
    end(result) {
      first.end(result)
      second.end(result)
    },
    logFields: () => first.logFields() ?? second.logFields(),
    ...(first.within ? { within: first.within } : {}),
  }
}
