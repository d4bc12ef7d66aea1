/**
 * npm run update-specs [-- <vendor>…] [--from <file|url>] [--dry-run]
 * Downloads each vendor's spec (or takes --from), prints a change report with BREAKING changes,
 * then writes the spec, updates specs/sources.json, regenerates and runs `tsc --noEmit`.
 * Exit: 0 no breaking change, 1 error (nothing written), 2 breaking changes, 3 typecheck fails after applying.
 */
import { fileURLToPath } from 'node:url'
import { SpecError } from './lib/spec-document.js'
import { EXIT, updateSpecs } from './lib/update-specs.js'

// INTEGRATIONS_ROOT is set by scripts/run.mjs, which runs a bundled copy of this file from node_modules/.cache.
const root = process.env.INTEGRATIONS_ROOT ?? fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const fromAt = args.indexOf('--from')
const from = fromAt >= 0 ? args[fromAt + 1] : undefined
const vendors = args.filter((a, i) => !a.startsWith('--') && i !== fromAt + 1)

try {
  if (fromAt >= 0 && !from) throw new SpecError('--from needs a file path or URL')
  const { code } = await updateSpecs(root, { vendors, ...(from ? { from } : {}), dryRun: args.includes('--dry-run') })
  process.exitCode = code
} catch (err) {
  if (!(err instanceof SpecError)) throw err
  console.error(`update-specs: ${err.message}\nNothing was written.`)
  process.exitCode = EXIT.error
}
