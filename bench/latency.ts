import { randomUUID } from 'node:crypto'
import { LoopsClient } from 'loops'
import { createLoopsClient, createLoopsEmails } from '../src/loops/index.js'
import { startEchoProcess } from './lib/echo-server.js'
import { median, quantile } from './lib/stats.js'
import { body, invitation } from './lib/payloads.js'

export interface LatencyOptions {
  warmup: number
  iterations: number
  /** Calls per throughput round, spread over `concurrency` workers. */
  throughputCalls: number
  rounds: number
  concurrency: number
}

export interface ClientFigures {
  medianUs: number
  p99Us: number
  /** Calls per second at `concurrency`. */
  throughput: number
}

/**
 * sendTransactionalEmail through four clients against one loopback server, interleaved call by call
 * (order rotated every iteration) so drift on a shared machine hits all of them alike.
 */
export async function measureLatency(options: LatencyOptions): Promise<Record<string, ClientFigures>> {
  const server = await startEchoProcess()
  const apiKey = 'k_bench_latency'
  const url = `${server.url}/v1/transactional`
  const sdk = new LoopsClient(apiKey)
  ;(sdk as unknown as { apiRoot: string }).apiRoot = `${server.url}/`
  const ours = createLoopsClient({ baseUrl: server.url, apiKey, rateLimit: false })
  const limited = createLoopsClient({ baseUrl: server.url, apiKey, rateLimit: { requestsPerSecond: 10_000 } })
  const helpers = createLoopsEmails({ client: limited, templates: { invitation: 'tpl_bench' } })
  const clients: Record<string, () => Promise<unknown>> = {
    // The floor: what any client must do (same headers, body, a fresh idempotency key, JSON back).
    'raw fetch': async () => {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${apiKey}`,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
          'user-agent': 'bench',
        },
        body: JSON.stringify(body),
      })
      return res.json()
    },
    ours: () => ours.sendTransactionalEmail(body),
    // Given the same Idempotency-Key our client always sends, so both put the same bytes on the wire;
    // the SDK as most people call it (no key: ~60 bytes less per request, no dedupe) is measured too.
    'loops SDK': () => sdk.sendTransactionalEmail({ ...body, headers: { 'Idempotency-Key': randomUUID() } }),
    'loops SDK, no key': () => sdk.sendTransactionalEmail(body),
    'ours + rate limiter': () => limited.sendTransactionalEmail(body),
    // The helper on the same client: validation of the template data, a minted key, a Result back.
    sendInvitationEmail: async () => {
      const result = await helpers.sendInvitationEmail(invitation)
      if (!result.ok) throw result.error
    },
  }
  const names = Object.keys(clients)
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]))
  try {
    for (let i = 0; i < options.warmup + options.iterations; i++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(i + k) % names.length]!
        const started = performance.now()
        await clients[name]!()
        if (i >= options.warmup) samples[name]!.push((performance.now() - started) * 1000)
      }
    }
    const throughput: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]))
    for (let round = 0; round < options.rounds; round++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(round + k) % names.length]!
        let next = 0
        const started = performance.now()
        await Promise.all(
          Array.from({ length: options.concurrency }, async () => {
            while (next++ < options.throughputCalls) await clients[name]!()
          }),
        )
        throughput[name]!.push(options.throughputCalls / ((performance.now() - started) / 1000))
      }
    }
    return Object.fromEntries(
      names.map((n) => [n, { medianUs: median(samples[n]!), p99Us: quantile(samples[n]!, 0.99), throughput: median(throughput[n]!) }]),
    )
  } finally {
    await server.close()
  }
}
