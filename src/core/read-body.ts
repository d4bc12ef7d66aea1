/** A 2xx body over the cap: the request probably took effect, but the answer is not read into memory. */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError'
  constructor(readonly limit: number) {
    super(`response body over ${limit} bytes`)
  }
}

/**
 * Reads a response body as text, at most `maxBytes` of it, ending with `signal`'s reason when it
 * aborts: a body that trickles or never ends is cut off by the attempt's deadline or the caller's
 * abort, whatever `fetch` implementation produced it. Over the cap, `truncate` keeps the first
 * `maxBytes` (error bodies: only a message is wanted) and `throw` raises BodyTooLargeError.
 */
export async function readBody(
  response: Response,
  signal: AbortSignal,
  maxBytes: number,
  overflow: 'truncate' | 'throw',
): Promise<{ text: string; truncated: boolean }> {
  const body = response.body
  if (!body) return { text: '', truncated: false }
  if (signal.aborted) throw signal.reason
  const declared = Number(response.headers.get('content-length'))
  if (overflow === 'throw' && declared > maxBytes) {
    body.cancel().catch(() => {})
    throw new BodyTooLargeError(maxBytes)
  }
  const reader = body.getReader()
  let onAbort: (() => void) | undefined
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
  })
  aborted.catch(() => {}) // observed through the race below; never an unhandled rejection
  const decoder = new TextDecoder()
  let text = ''
  let bytes = 0
  let finished = false
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted])
      if (done) {
        finished = true
        return { text: text + decoder.decode(), truncated: false }
      }
      bytes += value.byteLength
      if (bytes > maxBytes) {
        if (overflow === 'throw') throw new BodyTooLargeError(maxBytes)
        text += decoder.decode(value.subarray(0, value.byteLength - (bytes - maxBytes)))
        return { text, truncated: true }
      }
      text += decoder.decode(value, { stream: true })
    }
  } finally {
    signal.removeEventListener('abort', onAbort!)
    if (!finished) reader.cancel().catch(() => {})
  }
}
