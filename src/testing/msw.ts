import { http, HttpResponse, type HttpHandler } from 'msw'
import { DROP, type StandInCore } from './stand-in.ts'

/** msw handlers that answer every request under `baseUrl` from a stand-in (validation, idempotency, faults included). */
export function mswHandlersFor(core: StandInCore<unknown>, baseUrl: string): HttpHandler[] {
  const root = baseUrl.replace(/\/$/, '')
  return [
    http.all(`${root}/*`, async ({ request }) => {
      const answer = await core.handle(request)
      return answer === DROP ? HttpResponse.error() : answer
    }),
  ]
}
