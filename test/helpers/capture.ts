import { Writable } from 'node:stream'
import { pino } from 'pino'
import type { FetchLike } from '../../src/core/http/transport.js'

/** A real pino logger at debug level writing into memory, to read back every line. */
export function captureLogs() {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean))
      done()
    },
  })
  const logger = pino({ level: 'debug' }, stream)
  return { logger, lines, entries: () => lines.map((l) => JSON.parse(l) as Record<string, any>) }
}

export interface SeenCall {
  url: string
  method: string
  headers: Headers
  body: string | undefined
}

/** A fetch that answers from a script (in order, the last repeats) and records every call. */
export function scriptedFetch(...answers: (() => Response | Promise<Response>)[]) {
  const calls: SeenCall[] = []
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, method: init.method ?? 'GET', headers: new Headers(init.headers), body: init.body as string | undefined })
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)]
    if (!answer) throw new Error('scriptedFetch: no answer scripted')
    return answer()
  }
  return { fetch, calls }
}

export const jsonResponse = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })
