import type { DeadlineWheel } from './deadlines.ts'
import { isRefusedRedirect, keptSignal, refusedNodeOptions, setFetchOptions } from './fetch-options.ts'
import { BodyTooLargeError, Interrupt, readBody } from './read-body.ts'
import type { CallObserver, CallRequest, FailureKind, FetchLike } from './transport.ts'

/** Error bodies are read up to this size: enough for any vendor message, never a memory or CPU sink. */
export const MAX_ERROR_BODY_BYTES = 64 * 1024

/** How one attempt ended: a response with its body read whole, or why there was none. */
export type Outcome =
  | { kind: 'response'; response: Response; text: string }
  /** `status`: the response's status when the failure came while reading its body. */
  | { kind: FailureKind; cause: unknown; status?: number }

export interface AttemptSetup {
  fetch: FetchLike | undefined
  maxResponseBytes: number
  wheel: DeadlineWheel
}

/**
 * One attempt: the request and its whole body under the attempt's deadline (a shared bucket of
 * deadlines.ts: no timer of its own) and the caller's signal, both of which fire the attempt's
 * Interrupt: `fetch` was given it as its signal (fetch-options.ts), pending reads race it. A body that
 * stalls is a timeout like a response that never comes; the caller's abort is thrown as is, never retried.
 */
export async function attempt(
  setup: AttemptSetup,
  request: CallRequest,
  init: RequestInit,
  timeoutMs: number,
  observer: CallObserver | undefined,
): Promise<Outcome> {
  const callerSignal = request.signal
  if (callerSignal?.aborted) throw callerSignal.reason
  const interrupt = new Interrupt()
  const bucket = setup.wheel.join(timeoutMs, interrupt)
  const forwardAbort = callerSignal ? () => interrupt.fire(callerSignal.reason) : undefined
  if (callerSignal) callerSignal.addEventListener('abort', forwardAbort!, { once: true })
  const fetch = setup.fetch ?? globalThis.fetch
  const nodeOptions = setFetchOptions(init, interrupt, fetch, setup.fetch !== undefined)
  if (!nodeOptions) init.signal = portableSignal(setup.wheel.signalOf(bucket), callerSignal)
  let status: number | undefined
  try {
    const sent = observer?.within ? observer.within(() => fetch(request.url, init)) : fetch(request.url, init)
    const response = await interrupt.race(sent)
    status = response.status
    // The common answer, a small 2xx of known length, read in one step; anything else streams under its cap.
    if (response.ok && smallKnownBody(response, setup.maxResponseBytes))
      return { kind: 'response', response, text: await interrupt.race(response.text()) }
    if (response.type === 'opaqueredirect') return { kind: 'redirect', cause: new Error('redirect') }
    const { text } = response.ok
      ? await readBody(response, interrupt, setup.maxResponseBytes, 'throw')
      : await readBody(response, interrupt, MAX_ERROR_BODY_BYTES, 'truncate')
    return { kind: 'response', response, text }
  } catch (cause) {
    if (callerSignal?.aborted) throw callerSignal.reason // the caller gave up: never retried
    if (cause instanceof BodyTooLargeError) return { kind: 'too-large', cause }
    if (nodeOptions && status === undefined) {
      if (isRefusedRedirect(cause)) {
        interrupt.fire(cause) // undici refused the redirect but still holds its response: this ends it and frees the connection
        return { kind: 'redirect', cause }
      }
      // This fetch refuses Node's options before undici saw the request (nothing sent): again, with the portable ones.
      if (refusedNodeOptions(cause, fetch, interrupt)) return attempt(setup, request, init, timeoutMs, observer)
    }
    const kind = interrupt.timedOut || isTimeout(cause) ? 'timeout' : 'network'
    return status === undefined ? { kind, cause } : { kind, cause, status }
  } finally {
    if (nodeOptions) keptSignal(fetch, interrupt)
    setup.wheel.leave(bucket, interrupt)
    if (forwardAbort) callerSignal!.removeEventListener('abort', forwardAbort)
  }
}

/** The deadline bucket's signal, joined with the caller's when there is one (for a fetch that needs a real AbortSignal). */
function portableSignal(deadline: AbortSignal, callerSignal: AbortSignal | undefined): AbortSignal {
  // AbortSignal.any: Node ≥ 20.3 and current browsers; without it the caller's abort still ends the call (interrupt).
  return callerSignal && typeof AbortSignal.any === 'function' ? AbortSignal.any([deadline, callerSignal]) : deadline
}

/** A declared length within the cap, not encoded (a 60 KB gzip can expand to gigabytes): read whole. */
function smallKnownBody(response: Response, maxBytes: number): boolean {
  const length = response.headers.get('content-length')
  if (length === null || response.body === null) return false
  const declared = Number(length)
  return declared >= 0 && declared <= maxBytes && !response.headers.has('content-encoding')
}

/** undici rejects with the signal's reason when the deadline fires first. */
const isTimeout = (cause: unknown) => (cause as { name?: unknown })?.name === 'TimeoutError'
