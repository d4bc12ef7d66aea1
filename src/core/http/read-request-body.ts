import { BodyTooLargeError, type Interrupt, pumpBody } from './read-body.ts'

/**
 * Reads an inbound request body as its exact bytes, at most `maxBytes` of them, ending with the
 * interrupt's reason when it fires (a deadline: anyone can POST a body that never ends). Bytes, not
 * text, because a signature covers the bytes as sent. Throws BodyTooLargeError over the cap, and
 * whatever the stream throws when the client goes away mid-body.
 */
export async function readRequestBytes(
  request: Pick<Request, 'body' | 'headers'>,
  interrupt: Interrupt,
  maxBytes: number,
): Promise<Uint8Array> {
  const body = request.body
  if (!body) return new Uint8Array(0)
  const declared = Number(request.headers.get('content-length') ?? -1)
  if (declared > maxBytes) {
    body.cancel().catch(() => {})
    throw new BodyTooLargeError(maxBytes)
  }
  const chunks: Uint8Array[] = []
  let bytes = 0
  await pumpBody(body, interrupt, (chunk) => {
    bytes += chunk.byteLength
    if (bytes > maxBytes) throw new BodyTooLargeError(maxBytes)
    chunks.push(chunk)
    return true
  })
  if (chunks.length === 1) return chunks[0]!
  const all = new Uint8Array(bytes)
  let offset = 0
  for (const chunk of chunks) {
    all.set(chunk, offset)
    offset += chunk.byteLength
  }
  return all
}
