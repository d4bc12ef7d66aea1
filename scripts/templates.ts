/**
 * npm run templates -- pull | check
 * pull:  reads every published Loops transactional email (GET /v1/transactional, all pages; LOOPS_API_KEY,
 *        LOOPS_BASE_URL) into generated/loops-templates.ts, which types `sendTemplate`.
 * check: compares that file with what Loops publishes now. Exit 0 unchanged, 2 a template the code
 *        relies on changed (named with its variable and the code that sends it), 1 error.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { IntegrationError } from '../src/core/errors.js'
import type { Logger } from '../src/core/observability/logger.js'
import { createLoopsClient } from '../src/loops/client.js'
import { failureLine, parseCommandLine } from './lib/cli.js'
import { runTemplatesCheck } from './lib/loops-templates-check.js'
import { TemplatesError } from './lib/loops-templates-file.js'
import { pullTemplatesFile } from './lib/loops-templates-pull.js'

const usage = `usage: npm run templates -- pull | check
  pull    write generated/loops-templates.ts from Loops' published transactional emails (LOOPS_API_KEY, LOOPS_BASE_URL)
  check   compare the committed file with Loops now: exit 0 unchanged, 2 changed (template, variable, callers), 1 error`

// INTEGRATIONS_ROOT is set by scripts/run.mjs, which runs a bundled copy of this file from node_modules/.cache.
const root = process.env.INTEGRATIONS_ROOT ?? fileURLToPath(new URL('..', import.meta.url))
const { positionals } = parseCommandLine({ name: 'templates', usage, positionals: true, options: {} })
const command = positionals[0]
if ((command !== 'pull' && command !== 'check') || positionals.length > 1) {
  console.error(`templates: ${command ? `unknown command "${positionals.join(' ')}"` : 'pull or check?'}\n${usage}`)
  process.exit(1)
}

// A failure is the one line below; the transport's own log lines (retries…) only with DEBUG=1.
const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => quiet }
const client = createLoopsClient(process.env.DEBUG ? {} : { logger: quiet })

try {
  if (command === 'pull') {
    const { written, count, path } = await pullTemplatesFile(root, client)
    console.log(`${path}: ${count} published template(s), ${written ? 'written' : 'unchanged'}`)
    // Workspace apps read the package's build (types and code): a new file there would otherwise type the old
    // templates and make dist/ stale (every import refuses it). Rebuilt here, as `npm install` would.
    if (written && existsSync(join(root, 'dist'))) {
      execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] })
      console.log('rebuilt dist/: workspace apps now see these templates')
    }
  } else {
    const report = await runTemplatesCheck(root, client)
    console.log(report.text)
    process.exitCode = report.changed ? 2 : 0
  }
} catch (err) {
  console.error(failureLine('templates', err, (e) => e instanceof TemplatesError || e instanceof IntegrationError))
  process.exitCode = 1
}
