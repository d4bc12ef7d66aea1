/**
 * npm run worker [-- flags] — the same as `codebuff-outbox worker` (src/outbox/cli/worker-command.ts), run from
 * the sources: delivers the outbox's queued sends until SIGTERM/SIGINT or its parent's exit, then drains.
 * `worker --help` lists the flags and env (REDIS_URL, LOOPS_API_KEY, LOOPS_TEMPLATE_*, OUTBOX_CONCURRENCY…).
 */
import { main } from '../src/outbox/cli/main.js'

process.exit(await main(['worker', ...process.argv.slice(2)]))
