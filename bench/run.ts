/**
 * npm run bench [-- --quick | --smoke] [--out <dir>]
 * Everything measured side by side in one run, published as ratios: a shared 2-core machine makes
 * absolute times noise, ratios between things measured together are not.
 *   --quick  < 2 min: fewer iterations, Loops (and Stripe when present) codegen only, 100 sustained sends
 *   --smoke  seconds: tiny counts, to prove the bench still works (used by the test suite)
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { measureBundle } from './bundle.js'
import { measureColdStart } from './cold-start.js'
import { measureCodegen, type CodegenFigures } from './codegen.js'
import { measureHostile } from './hostile.js'
import { measureLatency } from './latency.js'
import { measureOutbox } from './outbox.js'
import { measureTelemetry } from './telemetry.js'
import { renderChart } from './lib/chart.js'
import { round } from './lib/stats.js'

const x = (ratio: number) => `${ratio.toFixed(2)}×`
import { measureSustained } from './sustained.js'
import { measureStubCpuInChildren } from './stub-cpu.js'

const args = process.argv.slice(2)
const mode = args.includes('--smoke') ? 'smoke' : args.includes('--quick') ? 'quick' : 'full'
const outAt = args.indexOf('--out')
const root = new URL('..', import.meta.url).pathname
const outDir = outAt >= 0 ? args[outAt + 1]! : join(root, 'bench')
const counts = {
  smoke: {
    warmup: 20,
    iterations: 60,
    throughputCalls: 64,
    rounds: 1,
    sustained: 20,
    sustainedRps: 50,
    memory: 300,
    repeats: 1,
    enqueues: 50,
    outboxJobs: 20,
    limiterCalls: 200,
  },
  quick: {
    warmup: 300,
    iterations: 2_000,
    throughputCalls: 1_000,
    rounds: 6,
    sustained: 100,
    sustainedRps: 10,
    memory: 10_000,
    repeats: 3,
    enqueues: 500,
    outboxJobs: 100,
    limiterCalls: 2_000,
  },
  full: {
    warmup: 1_000,
    iterations: 10_000,
    throughputCalls: 2_000,
    rounds: 12,
    sustained: 1_000,
    sustainedRps: 10,
    memory: 10_000,
    repeats: 3,
    enqueues: 2_000,
    outboxJobs: 300,
    limiterCalls: 5_000,
  },
}[mode]
const log = (line: string) => process.stderr.write(`${line}\n`)
const started = performance.now()

// GitHub's spec (~13 MB, @octokit/openapi) is the large-spec case of the full run. It unpacks to
// ~385 MB, so it is fetched from the npm registry on demand into bench/.tmp, not a devDependency.
const OCTOKIT = '@octokit/openapi@23.0.2'
function githubSpec(): string | undefined {
  const dir = join(root, 'bench', '.tmp', 'octokit')
  const file = join(dir, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json')
  if (!existsSync(file)) {
    log(`installing ${OCTOKIT} into bench/.tmp for the large-spec codegen case…`)
    mkdirSync(dir, { recursive: true })
    const npm = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', dir, OCTOKIT], { stdio: 'ignore' })
    if (npm.status !== 0) return undefined
  }
  return existsSync(file) ? file : undefined
}

log(`bench (${mode}): latency…`)
const latency = await measureLatency({ ...counts, concurrency: 32 })

log('CPU per call with fetch stubbed…')
const stubCpu = await measureStubCpuInChildren({
  warmup: Math.ceil(counts.warmup / 10),
  iterations: Math.ceil(counts.iterations / 4),
  processes: mode === 'smoke' ? 1 : 5,
})
type PerProcess = { client: number; helper: number }[]
const perProcess = (runs: PerProcess, pick: (run: PerProcess[number]) => number) =>
  runs.map((run) => `${pick(run) >= 0 ? '+' : ''}${round(pick(run), 1)}`).join(', ')

log('observability (OpenTelemetry, middleware)…')
const telemetry = await measureTelemetry(counts)
const bare = telemetry.medianUs['no OpenTelemetry']!

log('codegen…')
const specs = [{ name: 'loops', path: join(root, 'specs', 'loops.openapi.json') }]
if (mode !== 'smoke' && existsSync(join(root, 'specs', 'stripe.openapi.json')))
  specs.push({ name: 'stripe', path: join(root, 'specs', 'stripe.openapi.json') })
const github = mode === 'full' ? githubSpec() : undefined
if (github) specs.push({ name: 'github', path: github })
const codegen: CodegenFigures[] = measureCodegen(specs, counts.repeats)

log(`sustained sends at the rate limit (${counts.sustained} at ${counts.sustainedRps}/s)…`)
const sustained = await measureSustained(counts.sustained, counts.sustainedRps)

log('memory…')
const memory = JSON.parse(
  execFileSync(
    process.execPath,
    ['--expose-gc', '--conditions=source', '--import', 'tsx', join(root, 'bench', 'memory-child.ts'), String(counts.memory)],
    { encoding: 'utf8' },
  ),
) as { sends: number; growthMB: number; beforeMB: number; afterMB: number }

log('hostile input…')
const hostile = await measureHostile()

log(`outbox (redis-server, ${counts.outboxJobs} jobs through 3 workers at 10/s)…`)
const outbox = await measureOutbox({ enqueues: counts.enqueues, jobs: counts.outboxJobs, limiterCalls: counts.limiterCalls })

log('cold start…')
// Fresh processes, interleaved ours / SDK / raw fetch; the medians settle by ~15 runs on a shared machine.
const coldStart = await measureColdStart({ smoke: 3, quick: 15, full: 40 }[mode])

log('bundle…')
const bundle = await measureBundle({ ours: '../examples/web/app/api/invitations/route.ts', 'loops SDK': './fixtures/sdk-route.ts' })

const raw = latency['raw fetch']!
const ours = latency.ours!
const sdk = latency['loops SDK']!
type Row = { figure: string; value: string; target?: string; ok?: boolean }
const rows: Row[] = [
  {
    figure: 'median latency, ours / raw fetch',
    value: x(ours.medianUs / raw.medianUs),
    target: '≤ 1.05×',
    ok: ours.medianUs / raw.medianUs <= 1.05,
  },
  {
    figure: 'median latency, ours / loops SDK (same Idempotency-Key)',
    value: x(ours.medianUs / sdk.medianUs),
    target: '≤ 1.00×',
    ok: ours.medianUs / sdk.medianUs <= 1,
  },
  {
    // Issue 17's figure: ours as shipped (default timeout and retries, the limiter on) against the SDK.
    figure: 'median latency, ours with rate limiter / loops SDK',
    value: x(latency['ours + rate limiter']!.medianUs / sdk.medianUs),
    target: '≤ 1.00×',
    ok: latency['ours + rate limiter']!.medianUs / sdk.medianUs <= 1,
  },
  {
    figure: 'median latency, sendInvitationEmail / client.sendTransactionalEmail (same client)',
    value: x(latency.sendInvitationEmail!.medianUs / latency['ours + rate limiter']!.medianUs),
    target: '≤ 1.05×',
    ok: latency.sendInvitationEmail!.medianUs / latency['ours + rate limiter']!.medianUs <= 1.05,
  },
  {
    figure: 'CPU per call, fetch stubbed: sendTransactionalEmail − floor (process CPU time)',
    value:
      `+${round(stubCpu.cpu.clientOverFloorUs, 1)} µs (floor ${round(stubCpu.cpu.floorUs, 1)} µs; ` +
      `median of ${stubCpu.cpu.perProcessUs.length} processes: ${perProcess(stubCpu.cpu.perProcessUs, (run) => run.client)})`,
    target: '≤ +5 µs',
    ok: stubCpu.cpu.clientOverFloorUs <= 5,
  },
  {
    figure: 'CPU per call, fetch stubbed: sendInvitationEmail − floor (process CPU time)',
    value: `+${round(stubCpu.cpu.helperOverFloorUs, 1)} µs (${perProcess(stubCpu.cpu.perProcessUs, (run) => run.helper)})`,
  },
  {
    figure: 'wall time per call, fetch stubbed: sendTransactionalEmail − floor',
    value:
      `+${round(stubCpu.clientOverFloorUs, 1)} µs (${round(stubCpu.clientUs, 1)} / ${round(stubCpu.floorUs, 1)} µs; ` +
      `${perProcess(stubCpu.perProcessUs, (run) => run.client)})`,
  },
  { figure: 'p99 latency, ours / raw fetch', value: x(ours.p99Us / raw.p99Us) },
  { figure: 'median latency, loops SDK / raw fetch', value: x(sdk.medianUs / raw.medianUs) },
  {
    figure: 'median latency, loops SDK without idempotency key / raw fetch',
    value: x(latency['loops SDK, no key']!.medianUs / raw.medianUs),
  },
  { figure: 'median latency, ours with rate limiter / raw fetch', value: x(latency['ours + rate limiter']!.medianUs / raw.medianUs) },
  {
    figure: 'throughput at concurrency 32, ours / loops SDK',
    value: x(ours.throughput / sdk.throughput),
    target: '≥ 1.00×',
    ok: ours.throughput >= sdk.throughput,
  },
  {
    figure: 'throughput at concurrency 32, ours / loops SDK without idempotency key',
    value: x(ours.throughput / latency['loops SDK, no key']!.throughput),
  },
  { figure: 'throughput at concurrency 32, ours / raw fetch', value: x(ours.throughput / raw.throughput) },
  {
    figure: 'throughput at concurrency 32, ours with rate limiter / ours',
    value: x(latency['ours + rate limiter']!.throughput / ours.throughput),
  },
  {
    figure: 'median latency, OpenTelemetry API present but no SDK / without it',
    value: x(telemetry.medianUs['API present, no SDK']! / bare),
    target: '≤ 1.02×',
    ok: telemetry.medianUs['API present, no SDK']! / bare <= 1.02,
  },
  {
    figure: 'median latency, OpenTelemetry SDK + in-memory exporter / without it',
    value: `${x(telemetry.medianUs['SDK + in-memory exporter']! / bare)} (${telemetry.spans} spans exported)`,
  },
  { figure: 'median latency, one no-op middleware / none', value: x(telemetry.medianUs['one no-op middleware']! / bare) },
  ...codegen.flatMap((c): Row[] => [
    {
      figure: `codegen ${c.spec} (${round(c.sizeMB, 1)} MB): generate / raw CLI`,
      value: x(c.generateMs / c.rawMs),
      target: '≤ 1.15×',
      ok: c.generateMs / c.rawMs <= 1.15,
    },
    {
      figure: `codegen ${c.spec}: --check / generate`,
      value: x(c.checkMs / c.generateMs),
      target: '≤ 0.20×',
      ok: c.checkMs / c.generateMs <= 0.2,
    },
    {
      figure: `codegen ${c.spec}: peak RSS generate / raw CLI`,
      value: `${x(c.generateRssMB / c.rawRssMB)} (${Math.round(c.generateRssMB)} / ${Math.round(c.rawRssMB)} MB)`,
    },
  ]),
  { figure: `at the rate limit: lost of ${sustained.sends}`, value: String(sustained.lost), target: '0', ok: sustained.lost === 0 },
  { figure: 'at the rate limit: duplicates', value: String(sustained.duplicates), target: '0', ok: sustained.duplicates === 0 },
  { figure: 'at the rate limit: 429s seen', value: String(sustained.status429) },
  {
    figure: 'at the rate limit: share of the limit used',
    value: `${round(sustained.shareOfLimit * 100, 1)} %`,
    target: '≥ 95 %',
    ok: sustained.shareOfLimit >= 0.95,
  },
  {
    figure: 'outbox enqueue p50, ours / bare BullMQ queue.add',
    value: `${x(outbox.enqueue.ours.p50Us / outbox.enqueue.bullmq.p50Us)} (${round(outbox.enqueue.ours.p50Us, 0)} / ${round(outbox.enqueue.bullmq.p50Us, 0)} µs)`,
    target: '≤ 1.15×',
    ok: outbox.enqueue.ours.p50Us / outbox.enqueue.bullmq.p50Us <= 1.15,
  },
  {
    figure: 'outbox enqueue p99, ours / bare BullMQ queue.add',
    value: `${x(outbox.enqueue.ours.p99Us / outbox.enqueue.bullmq.p99Us)} (${round(outbox.enqueue.ours.p99Us, 0)} / ${round(outbox.enqueue.bullmq.p99Us, 0)} µs)`,
    target: '≤ 1.20×',
    ok: outbox.enqueue.ours.p99Us / outbox.enqueue.bullmq.p99Us <= 1.2,
  },
  {
    figure: `outbox, ${outbox.delivery.jobs} jobs via 3 workers: share of the limit used`,
    value: `${round(outbox.delivery.shareOfLimit * 100, 1)} %`,
    target: '≥ 90 %',
    ok: outbox.delivery.shareOfLimit >= 0.9,
  },
  {
    figure: 'outbox via 3 workers: 429s / lost / duplicates',
    value: `${outbox.delivery.status429} / ${outbox.delivery.lost} / ${outbox.delivery.duplicates}`,
    target: 'lost 0, dup 0',
    ok: outbox.delivery.lost === 0 && outbox.delivery.duplicates === 0,
  },
  {
    figure: 'rate limiter per grant, shared (Redis) / in-process',
    value: `${x(outbox.limiter.sharedUs / outbox.limiter.inProcessUs)} (${round(outbox.limiter.sharedUs, 1)} / ${round(outbox.limiter.inProcessUs, 2)} µs)`,
  },
  {
    figure: `heap growth over ${memory.sends} sends (after GC)`,
    value: `${round(memory.growthMB)} MB`,
    target: '< 10 MB',
    ok: memory.growthMB < 10,
  },
  {
    figure: 'scrub 1 MB of hostile text (a@a@…)',
    value: `${round(hostile.scrub1MBms, 1)} ms`,
    target: '< 50 ms',
    ok: hostile.scrub1MBms < 50,
  },
  {
    figure: '50 MB error body (500): call settles in',
    value: `${Math.round(hostile.errorBody50MB.ms)} ms, ${hostile.errorBody50MB.error}, message ${hostile.errorBody50MB.messageChars} chars`,
    target: '< 2 s',
    ok: hostile.errorBody50MB.ms < 2000,
  },
  {
    figure: `stalled 502 body, timeoutMs ${hostile.stalledErrorBody.timeoutMs}: call settles in`,
    value: `${Math.round(hostile.stalledErrorBody.ms)} ms, ${hostile.stalledErrorBody.error}`,
    target: '≈ timeoutMs',
    ok: hostile.stalledErrorBody.ms < hostile.stalledErrorBody.timeoutMs + 500,
  },
  {
    figure: '50 MB 2xx body vs maxResponseBytes 8 MiB',
    value: `${Math.round(hostile.okBody50MB.ms)} ms, ${hostile.okBody50MB.error}, heap +${round(hostile.okBody50MB.heapGrowthMB, 1)} MB`,
  },
  {
    figure: 'cold start, import + first send: ours / loops SDK',
    value: `${x(coldStart.firstSendMs.ours / coldStart.firstSendMs['loops SDK'])} (${round(coldStart.firstSendMs.ours, 1)} / ${round(coldStart.firstSendMs['loops SDK'], 1)} ms; raw fetch ${round(coldStart.firstSendMs['raw fetch'], 1)} ms)`,
    target: '≤ 1.25×',
    ok: coldStart.firstSendMs.ours / coldStart.firstSendMs['loops SDK'] <= 1.25,
  },
  {
    figure: 'cold start, import of @codebuff/integrations/loops',
    value: `${round(coldStart.importMs.ours, 1)} ms (loops SDK ${round(coldStart.importMs['loops SDK'], 1)} ms)`,
    target: '≤ 10 ms',
    ok: coldStart.importMs.ours <= 10,
  },
  {
    figure: 'edge bundle min+gz, ours / loops SDK',
    value: `${x(bundle.ours!.gzKB / bundle['loops SDK']!.gzKB)} (${round(bundle.ours!.gzKB, 1)} / ${round(bundle['loops SDK']!.gzKB, 1)} KB)`,
  },
]

const widths = [Math.max(...rows.map((r) => r.figure.length)), Math.max(...rows.map((r) => r.value.length)), 8]
const table = [
  `${'figure'.padEnd(widths[0]!)}  ${'value'.padEnd(widths[1]!)}  target`,
  ...rows.map(
    (r) => `${r.figure.padEnd(widths[0]!)}  ${r.value.padEnd(widths[1]!)}  ${r.target ? `${r.target} ${r.ok ? 'met' : 'MISSED'}` : ''}`,
  ),
].join('\n')
console.log(table)

const seconds = round((performance.now() - started) / 1000, 1)
const results = {
  mode,
  date: new Date().toISOString(),
  node: process.version,
  seconds,
  rows,
  latency,
  stubCpu,
  telemetry,
  codegen,
  sustained,
  outbox,
  memory,
  hostile,
  coldStart,
  bundle,
}
mkdirSync(outDir, { recursive: true })
writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
writeFileSync(join(outDir, 'latency.svg'), renderChart(latency, raw))
const readme = join(outDir, 'README.md')
if (existsSync(readme)) {
  const markdown = [
    `Last run: \`npm run bench${mode === 'full' ? '' : ` -- --${mode}`}\`, ${results.date.slice(0, 10)}, Node ${process.version}, ${seconds} s.`,
    '',
    '| figure | value | target |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.figure} | ${r.value} | ${r.target ? `${r.target} ${r.ok ? '✅' : '❌'}` : ''} |`),
  ].join('\n')
  const text = readFileSync(readme, 'utf8')
  writeFileSync(
    readme,
    text.replace(/<!-- results:start -->[\s\S]*<!-- results:end -->/, `<!-- results:start -->\n${markdown}\n<!-- results:end -->`),
  )
}
log(`done in ${seconds} s → ${join(outDir, 'results.json')}`)
