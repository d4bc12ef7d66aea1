/**
 * CPU per call with `fetch` stubbed (no network, no server): what the package itself costs on top of the
 * floor — a bare client that builds the same request (headers, JSON body, a fresh idempotency key), calls
 * fetch and parses the answer. Interleaved call by call, order rotated, so drift hits all alike.
 */
import { createLoopsClient, createLoopsEmails } from '../src/loops/index.js'
import { median } from './lib/stats.js'
import { body, invitation } from './lib/payloads.js'

const ANSWER = '{"success":true}'
const stubFetch = async (_url: string, _init: RequestInit) =>
  new Response(ANSWER, { status: 200, headers: { 'content-type': 'application/json', 'content-length': String(ANSWER.length) } })

export interface StubCpuFigures {
  /** Median µs per call. */
  floorUs: number
  clientUs: number
  helperUs: number
}

export async function measureStubCpu(options: { warmup: number; iterations: number }): Promise<StubCpuFigures> {
  const apiKey = 'k_bench_stub'
  const url = 'http://127.0.0.1:9/api/v1/transactional'
  // Defaults kept: timeout, retries and the rate limiter (set far above the load, so nobody waits).
  const client = createLoopsClient({
    baseUrl: 'http://127.0.0.1:9/api',
    apiKey,
    fetch: stubFetch,
    rateLimit: { requestsPerSecond: 10_000 },
  })
  const emails = createLoopsEmails({ client, templates: { invitation: 'tpl_bench' } })
  const runs: Record<string, () => Promise<unknown>> = {
    floor: async () => {
      const res = await stubFetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify(body),
      })
      return JSON.parse(await res.text())
    },
    client: () => client.sendTransactionalEmail(body),
    helper: async () => {
      const result = await emails.sendInvitationEmail(invitation)
      if (!result.ok) throw result.error
    },
  }
  const names = Object.keys(runs)
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]))
  // Batches of 20 calls: one call is ~10–40 µs, close to the timer's resolution.
  const batch = 20
  for (let i = 0; i < options.warmup + options.iterations; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length]!
      const started = performance.now()
      for (let j = 0; j < batch; j++) await runs[name]!()
      if (i >= options.warmup) samples[name]!.push(((performance.now() - started) * 1000) / batch)
    }
  }
  return { floorUs: median(samples.floor!), clientUs: median(samples.client!), helperUs: median(samples.helper!) }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await measureStubCpu({ warmup: 200, iterations: 1500 })
  console.log(JSON.stringify(figures))
}
