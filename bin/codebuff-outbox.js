#!/usr/bin/env node
// codebuff-outbox worker|status|failed|retry — the outbox's command line (src/outbox/cli/main.ts), run by plain
// Node from the build that `npm install` makes (scripts/build.mjs). Source maps on before the build loads, so a
// stack trace names src/*.ts lines.
process.setSourceMapsEnabled(true)
let cli
try {
  cli = await import('../dist/node/outbox-cli.js')
} catch (error) {
  // A build older than the sources (src/ or generated/ changed since): one line that says how to rebuild.
  if (error?.name === 'StaleBuildError') {
    console.error(`codebuff-outbox: ${error.message}`)
    process.exit(1)
  }
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('outbox-cli')) throw error
  console.error('codebuff-outbox: @codebuff/integrations is not built (no dist/): run `npm install` or `npm run build -w @codebuff/integrations`.')
  process.exit(1)
}
process.exit(await cli.main(process.argv.slice(2)))
