/**
 * CPU per call with `fetch` stubbed (no network, no server): what the package itself costs on top of the
 * floor — a bare client that builds the same request (headers, JSON body, a fresh idempotency key), calls
 * fetch and parses the answer. Interleaved call by call, order rotated, so drift hits all alike. `npm run bench`
 * measures it in fresh processes (`measureStubCpuInChildren`), not after its latency runs, whose heap and JIT state
 * moved it by a few µs (+7.2 µs in-process after them, +3.4 to +4.2 µs in fresh processes, the same code).
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { createLoopsClient, createLoopsEmails } from '../src/loops/index.js'
import { median } from './lib/stats.js'
import { body, invitation } from './lib/payloads.js'

const ANSWER = '{"success":true}'
const stubFetch = async (_url: string, _init: RequestInit) =>
  new Response(ANSWER, { status: 200, headers: { 'content-type': 'application/json', 'content-length': String(ANSWER.length) } })

export interface StubCpuFigures {
  /** Median µs of wall time per call. */
  floorUs: number
  clientUs: number
  helperUs: number
  /** Median µs of the process's CPU time (user + system, every thread) per call: what "CPU per call" means. */
  cpu: { floorUs: number; clientUs: number; helperUs: number }
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
  const cpuSamples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]))
  // Batches of 20 calls: one call is ~10–40 µs, close to the timer's resolution. Wall time and CPU time both: on
  // this VM a process can spend several µs per call off the CPU (first touches of memory the host reclaimed),
  // which wall time counts and CPU time does not.
  const batch = 20
  for (let i = 0; i < options.warmup + options.iterations; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length]!
      const started = performance.now()
      const cpuStarted = process.cpuUsage()
      for (let j = 0; j < batch; j++) await runs[name]!()
      if (i < options.warmup) continue
      const cpu = process.cpuUsage(cpuStarted)
      samples[name]!.push(((performance.now() - started) * 1000) / batch)
      cpuSamples[name]!.push((cpu.user + cpu.system) / batch)
    }
  }
  const of = (from: Record<string, number[]>) => ({
    floorUs: median(from.floor!),
    clientUs: median(from.client!),
    helperUs: median(from.helper!),
  })
  return { ...of(samples), cpu: of(cpuSamples) }
}

/**
 * The same in fresh Node processes (this file under tsx with the `source` condition, as `npm run bench` runs),
 * one after another: each figure is the median over the processes of each one's median, in wall time and in CPU
 * time (`cpu`). Process to process the client − floor difference moves by several µs (measured +3.1 to +10.1 µs of
 * wall time in six runs of the same code), more than within one process; `perProcessUs` keeps every process's.
 */
export async function measureStubCpuInChildren(options: { warmup: number; iterations: number; processes: number }) {
  const args = [
    '--conditions=source',
    '--import',
    'tsx',
    new URL(import.meta.url).pathname,
    String(options.warmup),
    String(options.iterations),
  ]
  const runs: StubCpuFigures[] = []
  for (let i = 0; i < options.processes; i++) {
    const { stdout } = await promisify(execFile)(process.execPath, args, { env: { ...process.env, LOG_LEVEL: 'silent' } })
    runs.push(JSON.parse(stdout))
  }
  const of = (pick: (run: StubCpuFigures) => number) => median(runs.map(pick))
  // One summary per clock: medians over the processes, and each process's own client − floor and helper − floor.
  type Clock = (run: StubCpuFigures) => Omit<StubCpuFigures, 'cpu'>
  const summary = (clock: Clock) => ({
    floorUs: of((run) => clock(run).floorUs),
    clientUs: of((run) => clock(run).clientUs),
    helperUs: of((run) => clock(run).helperUs),
    clientOverFloorUs: of((run) => clock(run).clientUs - clock(run).floorUs),
    helperOverFloorUs: of((run) => clock(run).helperUs - clock(run).floorUs),
    perProcessUs: runs.map((run) => ({
      client: clock(run).clientUs - clock(run).floorUs,
      helper: clock(run).helperUs - clock(run).floorUs,
    })),
  })
  return { ...summary((run) => run), cpu: summary((run) => run.cpu) }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [warmup = 200, iterations = 1500] = process.argv.slice(2).map(Number)
  console.log(JSON.stringify(await measureStubCpu({ warmup, iterations })))
}
