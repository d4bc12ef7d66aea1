// Run with --expose-gc: heap growth over N sends, measured after forced collections.
import { pino } from 'pino'
import { createLoopsClient } from '../src/loops/index.js'
import { startEchoProcess } from './lib/echo-server.js'

const sends = Number(process.argv[2] ?? 10_000)
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with --expose-gc')
const server = await startEchoProcess()
const loops = createLoopsClient({
  baseUrl: server.url,
  apiKey: 'k_bench_memory',
  rateLimit: { requestsPerSecond: 10_000 },
  logger: pino({ level: 'silent' }),
})
const send = (i: number) => loops.sendTransactionalEmail({ transactionalId: 'tpl', email: `u${i}@example.com`, dataVariables: { i } })
const settle = async () => {
  for (let i = 0; i < 4; i++) {
    gc()
    await new Promise((r) => setTimeout(r, 20))
  }
  return process.memoryUsage().heapUsed
}
for (let i = 0; i < 300; i++) await send(i)
const before = await settle()
for (let i = 0; i < sends; i += 8) await Promise.all(Array.from({ length: Math.min(8, sends - i) }, (_, k) => send(i + k)))
const after = await settle()
await server.close()
process.stdout.write(JSON.stringify({ sends, beforeMB: before / 1048576, afterMB: after / 1048576, growthMB: (after - before) / 1048576 }))
