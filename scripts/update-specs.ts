/**
 * npm run update-specs [-- <vendor>… | --all] [--from <file|url>] [--dry-run] [--usage <dir>]… [--strict]
 *   [--report <file.md>] [--json <file>]
 * Downloads each vendor's spec (or takes --from), reads the change against the code that calls the package
 * (the monorepo's consumer workspaces, or --usage), prints what breaks that code, then writes the spec,
 * updates specs/sources.json, regenerates, typechecks the package and compiles every consumer.
 * Exit: 0 nothing breaks code here, 1 error (nothing written), 2 a change breaks code that calls it, 3 something no longer compiles.
 */
import { fileURLToPath } from 'node:url'
import { failureLine, parseCommandLine } from './lib/cli.js'
import { SpecError } from './lib/spec-document.js'
import { EXIT, PartialUpdateError, updateSpecs } from './lib/update-specs.js'

const usage = `usage: npm run update-specs [-- <vendor>… | --all] [--from <file|url>] [--dry-run] [--usage <dir>]… [--strict]
                          [--report <file.md>] [--json <file>]
  <vendor>      names in specs/sources.json (default, and --all: every vendor, each from its recorded url or file)
  --from        take the new spec from this file or URL instead of the recorded URL (one vendor only)
  --dry-run     print the change report, write nothing (--report and --json are still written)
  --usage       scan this directory for calls instead of the monorepo's workspaces that depend on the package (repeatable)
  --strict      any breaking change exits 2, whether code here calls it or not
  --report      write the report as markdown (the pull-request body): summary, groups, consumer errors, version bump
  --json        write the same as JSON
exit: 0 nothing that code here calls breaks, 1 error (nothing written), 2 a change breaks code that calls it
      (or a server change), 3 applied but the package or a consumer no longer compiles`

// INTEGRATIONS_ROOT is set by scripts/run.mjs, which runs a bundled copy of this file from node_modules/.cache.
const root = process.env.INTEGRATIONS_ROOT ?? fileURLToPath(new URL('..', import.meta.url))
const { values, positionals: vendors } = parseCommandLine({
  name: 'update-specs',
  usage,
  positionals: true,
  options: {
    from: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
    usage: { type: 'string', multiple: true },
    strict: { type: 'boolean', default: false },
    report: { type: 'string' },
    json: { type: 'string' },
  },
})

try {
  if (values.all && vendors.length) throw new SpecError('--all updates every vendor: name none, or leave out --all')
  const { from, report, json } = values
  const { code } = await updateSpecs(root, {
    vendors,
    dryRun: values['dry-run'],
    strict: values.strict,
    ...(from ? { from } : {}),
    ...(values.usage?.length ? { usage: values.usage } : {}),
    ...(report ? { reportFile: report } : {}),
    ...(json ? { jsonFile: json } : {}),
  })
  process.exitCode = code
} catch (err) {
  const outcome = err instanceof PartialUpdateError ? '' : '\nNothing was written.'
  console.error(`${failureLine('update-specs', err, (e) => e instanceof SpecError)}${outcome}`)
  process.exitCode = EXIT.error
}
