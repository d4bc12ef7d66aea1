/**
 * An outbox worker of your own app (a `worker` workspace, or a process of the backend), for when
 * `codebuff-outbox worker` is not enough: your logger, your options, your own health route.
 * Env as the bin's: REDIS_URL, LOOPS_API_KEY, LOOPS_TEMPLATE_*, OUTBOX_CONCURRENCY; HEALTH_PORT (optional).
 */
import { serveOutboxHealth, startOutboxWorker } from '@codebuff/integrations/outbox'

// Rejects, naming the variable, when no job could be delivered (no key, a template id missing, Redis unreachable).
const worker = await startOutboxWorker().catch((error: Error) => {
  console.error(`worker: ${error.message}`)
  process.exit(1)
})
const port = process.env.HEALTH_PORT
const health = port ? await serveOutboxHealth(worker, { port: Number(port) }) : undefined // GET /healthz
console.log('worker: ready')

// SIGTERM (docker stop, systemd, Kubernetes): no new job; the ones in flight finish; then exit.
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, async () => {
    const { drained } = await worker.close({ timeoutMs: 25_000 })
    await health?.close()
    process.exit(drained ? 0 : 1)
  })
