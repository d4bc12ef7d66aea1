/**
 * Which way of bounding an attempt costs least (knowledge.md, "Timeouts"): real loopback fetches,
 * interleaved, median µs of CPU per call. `npx tsx bench/timeouts.ts [iterations]`
 *   none                — no deadline at all (the loops SDK)
 *   fresh               — a new AbortController + setTimeout per attempt (what the transport once did)
 *   timeout             — AbortSignal.timeout(ms) per attempt
 *   shared signal       — one AbortController per bucket of attempts (what deadlines.ts once did)
 *   interrupt           — the attempt's Interrupt as the signal, deadline from a shared bucket (deadlines.ts)
 *   interrupt, no clone — the same with `redirect: 'error'` + `window: null` (fetch-options.ts: what ships)
 *   none, no clone      — no deadline, no clone: the floor of Node's fetch
 */
import { DeadlineWheel } from '../src/core/http/deadlines.js'
import { Interrupt } from '../src/core/http/read-body.js'
import { startEchoProcess } from './lib/echo-server.js'
import { median } from './lib/stats.js'

const server = await startEchoProcess()
const url = `${server.url}/v1/transactional`
const NO_CLONE: RequestInit = { redirect: 'error', window: null }
const init = (extra?: RequestInit): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
  body: '{"email":"ada@example.com"}',
  ...extra,
})
const wheel = new DeadlineWheel()
let sharedController = new AbortController()
let sharedSince = performance.now()
/** Under the wheel: the attempt's Interrupt is fired by its bucket's timer. */
async function underWheel(extra: RequestInit = {}): Promise<string> {
  const interrupt = new Interrupt()
  const bucket = wheel.join(30_000, interrupt)
  try {
    const response = await interrupt.race(fetch(url, init({ ...extra, signal: interrupt as unknown as AbortSignal })))
    return await interrupt.race(response.text())
  } finally {
    wheel.leave(bucket, interrupt)
  }
}
const runs: Record<string, () => Promise<unknown>> = {
  none: async () => (await fetch(url, init())).text(),
  fresh: async () => {
    const c = new AbortController()
    const t = setTimeout(() => c.abort(), 30_000)
    try {
      return await (await fetch(url, init({ signal: c.signal }))).text()
    } finally {
      clearTimeout(t)
    }
  },
  timeout: async () => (await fetch(url, init({ signal: AbortSignal.timeout(30_000) }))).text(),
  'shared signal': async () => {
    // A new shared controller every 100 ms, as the old buckets had: undici's listeners pile up on it until GC.
    if (performance.now() - sharedSince > 100) [sharedController, sharedSince] = [new AbortController(), performance.now()]
    return (await fetch(url, init({ signal: sharedController.signal }))).text()
  },
  interrupt: () => underWheel(),
  'interrupt, no clone': () => underWheel(NO_CLONE),
  'none, no clone': async () => (await fetch(url, init(NO_CLONE))).text(),
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
for (const n of names) console.log(n.padEnd(20), `${median(samples[n]!).toFixed(0)} µs CPU per call`)
