/**
 * Which way of bounding an attempt costs least (knowledge.md, "Timeouts"): real loopback fetches,
 * interleaved, median µs per call. `npx tsx bench/timeouts.ts`
 *   none      — no deadline at all (the loops SDK)
 *   fresh     — a new AbortController + setTimeout per attempt (what the transport did)
 *   timeout   — AbortSignal.timeout(ms) per attempt
 *   shared    — one AbortController + timer per 100 ms of attempts (deadlines.ts), unref'd when idle
 */
import { defaultMaxListeners, setMaxListeners } from 'node:events'
import { DeadlineWheel } from '../src/core/http/deadlines.js'
import { Interrupt } from '../src/core/http/read-body.js'
import { startEchoProcess } from './lib/echo-server.js'
import { median } from './lib/stats.js'

const server = await startEchoProcess()
const url = `${server.url}/v1/transactional`
const init = (signal?: AbortSignal): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
  body: '{"email":"ada@example.com"}',
  ...(signal ? { signal } : {}),
})
const wheel = new DeadlineWheel()
const runs: Record<string, () => Promise<unknown>> = {
  none: async () => (await fetch(url, init())).text(),
  fresh: async () => {
    const c = new AbortController()
    const t = setTimeout(() => c.abort(), 30_000)
    try {
      return await (await fetch(url, init(c.signal))).text()
    } finally {
      clearTimeout(t)
    }
  },
  timeout: async () => (await fetch(url, init(AbortSignal.timeout(30_000)))).text(),
  'shared+reset': async () => {
    const interrupt = new Interrupt()
    const bucket = wheel.join(30_000, interrupt)
    try {
      const sent = fetch(url, init(bucket.signal))
      setMaxListeners(defaultMaxListeners, bucket.signal)
      return await (await sent).text()
    } finally {
      wheel.leave(bucket, interrupt)
    }
  },
  'interrupt only': async () => {
    const interrupt = new Interrupt()
    const bucket = wheel.join(30_000, interrupt)
    try {
      return await (await interrupt.race(fetch(url, init()))).text()
    } finally {
      wheel.leave(bucket, interrupt)
    }
  },
  shared: async () => {
    const interrupt = new Interrupt()
    const bucket = wheel.join(30_000, interrupt)
    try {
      return await (await fetch(url, init(bucket.signal))).text()
    } finally {
      wheel.leave(bucket, interrupt)
    }
  },
}
const names = Object.keys(runs)
const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]))
const iterations = Number(process.argv[2] ?? 3000)
for (let i = 0; i < iterations; i++) {
  for (let k = 0; k < names.length; k++) {
    const name = names[(i + k) % names.length]!
    const cpu = process.cpuUsage()
    await runs[name]!()
    const used = process.cpuUsage(cpu)
    if (i > 300) samples[name]!.push(used.user + used.system)
  }
}
await server.close()
for (const n of names) console.log(n.padEnd(8), `${median(samples[n]!).toFixed(0)} µs CPU per call`)
