import { Interrupt } from './read-body.ts'

/**
 * What an attempt hands `fetch` besides method, headers and body: its signal and redirect mode.
 *
 * Node's fetch (undici) gets the two options that make a call cheaper (knowledge.md, "Timeouts"):
 * - the attempt's Interrupt itself as `signal`. undici takes any object shaped like an AbortSignal;
 *   a real one costs ~10–20 µs of CPU per call (undici hangs a listener, a WeakRef and a
 *   FinalizationRegistry entry on it), a shared one more (its listeners pile up until GC);
 * - `redirect: 'error'` with `window: null`: only then does undici send the request as built instead
 *   of cloning it first (a tee of the body stream, ~30 µs per call).
 * Whether the runtime's Request takes both is probed once, aborting through the Interrupt included.
 *
 * Any other fetch (one passed as the `fetch` option, a polyfill installed as the global, a runtime
 * whose Request insists on a real AbortSignal) gets `redirect: 'manual'` and a real AbortSignal, which
 * the attempt sets when this returns false (its deadline bucket's, joined with the caller's). Either way
 * no redirect is followed: it would carry the request, and its key, to another host.
 */
export function setFetchOptions(init: RequestInit, interrupt: Interrupt, fetch: object, injected: boolean): boolean {
  if (!injected && nodeOptionsAccepted() && !refusers.has(fetch)) {
    init.signal = interrupt as unknown as AbortSignal
    init.redirect = 'error'
    init.window = null
    return true
  }
  init.redirect = 'manual'
  if ('window' in init) delete init.window
  return false
}

/**
 * A global fetch replaced by one that refuses those options (it rejects before sending anything, with
 * a TypeError naming the option, or, from one of Node's validators such as `setMaxListeners(n, signal)`,
 * naming what it got: "Received an instance of Interrupt"): remembered, so it gets the portable options from now on.
 */
export function refusedNodeOptions(error: unknown, fetch: object, interrupt: Interrupt): boolean {
  if (!(error instanceof TypeError) || !/\b(signal|redirect|window|Interrupt)\b/i.test(error.message)) return false
  refusers.add(fetch)
  // undici listens to the Interrupt from the moment it builds the request: if it did, the request may have
  // gone out (the wrapper failed after it), so this attempt is not sent again here; the policy decides.
  return !interrupt.listened
}

/**
 * After an attempt with Node's options: undici listens to its signal from the moment it builds the request,
 * so an Interrupt nobody listened to never reached undici. The global fetch is a wrapper that put another
 * signal in its place (`AbortSignal.any([signal, …])` links through Node-internal symbols, not a listener;
 * or it dropped a signal that is not `instanceof AbortSignal`): a deadline would not close its requests.
 * It gets the portable options (a real AbortSignal) from now on.
 */
export function keptSignal(fetch: object, interrupt: Interrupt): void {
  if (!interrupt.listened) refusers.add(fetch)
}

/** undici (and msw) reject a `redirect: 'error'` request answered with a redirect for this reason. */
export function isRefusedRedirect(error: unknown): boolean {
  const cause = (error as { cause?: unknown } | undefined)?.cause
  return (typeof cause === 'string' ? cause : (cause as Error | undefined)?.message) === 'unexpected redirect'
}

const refusers = new WeakSet<object>()
let accepted: boolean | undefined

function nodeOptionsAccepted(): boolean {
  if (accepted === undefined) {
    try {
      const probe = new Interrupt()
      const request = new Request('http://127.0.0.1/', { signal: probe as unknown as AbortSignal, redirect: 'error', window: null })
      probe.fire(new Error('probe'))
      accepted = request.redirect === 'error' && request.signal.aborted
    } catch {
      accepted = false
    }
  }
  return accepted
}
