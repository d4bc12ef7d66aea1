/** A 2xx body over the cap: the request probably took effect, but the answer is not read into memory. */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError'
  constructor(readonly limit: number) {
    super(`response body over ${limit} bytes`)
  }
}

const NONE: readonly unknown[] = Object.freeze([])

/**
 * The attempt's deadline and the caller's abort as one handle that pending reads race against.
 * A plain callback slot: an AbortSignal listener added and removed per read costs microseconds on
 * every call, and a `fetch` that ignores its signal (a test double, some polyfills) never ends the body.
 *
 * It is also an AbortSignal in the shape `fetch` reads one (`aborted`, `reason`, abort listeners):
 * undici, Node's fetch, accepts any such object (RequestInit.signal is not brand-checked there), so the
 * attempt hands its Interrupt to `fetch` and no AbortSignal is made per call. A fetch that insists on a
 * real AbortSignal is given one instead (fetch-options.ts).
 */
export class Interrupt {
  fired = false
  /** Fired by the attempt's deadline (not the caller's abort). */
  timedOut = false
  reason: unknown
  /** Something (undici building the request) listened to it: the request may have gone out. */
  listened = false
  private reject: ((reason: unknown) => void) | undefined
  private abortListeners: Array<(this: Interrupt, event: { type: 'abort' }) => void> | undefined
  /** For node:events' getMaxListeners/getEventListeners, which undici consults before adding its listener. */
  readonly _maxListeners = 1500

  get aborted(): boolean {
    return this.fired
  }

  fire(reason: unknown, timedOut = false): void {
    if (this.fired) return
    this.fired = true
    this.timedOut = timedOut
    this.reason = reason
    const listeners = this.abortListeners
    this.abortListeners = undefined
    if (listeners) for (const listener of listeners) listener.call(this, { type: 'abort' })
    this.reject?.(reason)
  }

  addEventListener(type: string, listener: (this: Interrupt, event: { type: 'abort' }) => void): void {
    this.listened = true
    if (type !== 'abort' || this.fired) return
    if (this.abortListeners) this.abortListeners.push(listener)
    else this.abortListeners = [listener]
  }

  removeEventListener(type: string, listener: unknown): void {
    const listeners = this.abortListeners
    const at = type === 'abort' && listeners ? listeners.indexOf(listener as never) : -1
    if (at >= 0) listeners!.splice(at, 1)
  }

  getMaxListeners(): number {
    return this._maxListeners
  }

  listeners(): readonly unknown[] {
    return this.abortListeners ?? NONE
  }

  /** `work`, or the interrupt's reason as soon as it fires. */
  race<T>(work: Promise<T>): Promise<T> {
    if (this.fired) {
      work.catch(() => {})
      return Promise.reject(this.reason)
    }
    return new Promise<T>((resolve, reject) => {
      this.reject = reject
      work.then(resolve, reject)
    })
  }
}

/**
 * Reads a response body as text, at most `maxBytes` of it, ending with the interrupt's reason when it
 * fires: a body that trickles or never ends is cut off by the attempt's deadline or the caller's
 * abort. Over the cap, `truncate` keeps the first `maxBytes` (error bodies: only a message is wanted)
 * and `throw` raises BodyTooLargeError.
 */
export async function readBody(
  response: Pick<Response, 'body' | 'headers' | 'text'>,
  interrupt: Interrupt,
  maxBytes: number,
  overflow: 'truncate' | 'throw',
): Promise<{ text: string; truncated: boolean }> {
  const body = response.body
  if (!body) return { text: '', truncated: false }
  const length = response.headers.get('content-length')
  const declared = length === null ? -1 : Number(length)
  if (overflow === 'throw' && declared > maxBytes) {
    body.cancel().catch(() => {})
    throw new BodyTooLargeError(maxBytes)
  }
  // The common case, a small body of known length: one read, raced once. Not for an encoded body:
  // its Content-Length is the compressed size, and a 60 KB gzip can expand to gigabytes.
  if (declared >= 0 && declared <= maxBytes && !response.headers.has('content-encoding'))
    return { text: await interrupt.race(response.text()), truncated: false }
  const decoder = new TextDecoder()
  let text = ''
  let bytes = 0
  let truncated = false
  await pumpBody(body, interrupt, (chunk) => {
    bytes += chunk.byteLength
    if (bytes <= maxBytes) {
      text += decoder.decode(chunk, { stream: true })
      return true
    }
    if (overflow === 'throw') throw new BodyTooLargeError(maxBytes)
    text += decoder.decode(chunk.subarray(0, chunk.byteLength - (bytes - maxBytes)))
    truncated = true
    return false
  })
  return { text: truncated ? text : text + decoder.decode(), truncated }
}

/**
 * Hands each chunk of `body` to `take` as it arrives, every read raced against the interrupt; stops
 * when the body ends or `take` returns false, and cancels whatever was not read (on a throw too).
 */
export async function pumpBody(
  body: ReadableStream<Uint8Array>,
  interrupt: Interrupt,
  take: (chunk: Uint8Array) => boolean,
): Promise<void> {
  const reader = body.getReader()
  let finished = false
  try {
    for (;;) {
      const { done, value } = await interrupt.race(reader.read())
      if (done) {
        finished = true
        return
      }
      if (!take(value)) return
    }
  } finally {
    if (!finished) reader.cancel().catch(() => {})
  }
}
