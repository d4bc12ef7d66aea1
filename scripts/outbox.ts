/**
 * npm run outbox -- status | failed [--limit N] [--json] | retry <id|--all> — the same as `codebuff-outbox`
 * (src/outbox/cli/main.ts), run from the sources.
 */
import { main } from '../src/outbox/cli/main.js'

process.exit(await main(process.argv.slice(2)))
