/**
 * npm run update-specs [-- <vendor>…] [--from <file|url>] [--dry-run]
 * Downloads each vendor's spec (or takes --from), prints a change report with BREAKING changes,
 * then writes the spec, updates specs/sources.json, regenerates and runs `tsc --noEmit`.
 * Exit: 0 no breaking change, 1 error (nothing written), 2 breaking changes, 3 typecheck fails after applying.
 */
import { fileURLToPath } from 'node:url'
import { failureLine, parseCommandLine } from './lib/cli.js'
import { SpecError } from './lib/spec-document.js'
import { EXIT, PartialUpdateError, updateSpecs } from './lib/update-specs.js'

const usage = `usage: npm run update-specs [-- <vendor>…] [--from <file|url>] [--dry-run]
  <vendor>      names in specs/sources.json (default: every vendor)
  --from        take the new spec from this file or URL instead of the recorded URL (one vendor only)
  --dry-run     print the change report, write nothing
exit: 0 nothing breaking, 1 error (nothing written), 2 breaking changes, 3 applied but tsc --noEmit fails`

// INTEGRATIONS_ROOT is set by scripts/run.mjs, which runs a bundled copy of this file from node_modules/.cache.
const root = process.env.INTEGRATIONS_ROOT ?? fileURLToPath(new URL('..', import.meta.url))
const { values, positionals: vendors } = parseCommandLine({
  name: 'update-specs',
  usage,
  positionals: true,
  options: { from: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
})

try {
  const { from } = values
  const { code } = await updateSpecs(root, { vendors, ...(from ? { from } : {}), dryRun: values['dry-run'] })
  process.exitCode = code
} catch (err) {
  const outcome = err instanceof PartialUpdateError ? '' : '\nNothing was written.'
  console.error(`${failureLine('update-specs', err, (e) => e instanceof SpecError)}${outcome}`)
  process.exitCode = EXIT.error
}
