/**
 * npm run generate [-- <name>…] [-- --check [--strict]]
 * Turns every spec listed in specs/sources.json into generated/<name>.ts.
 * --check writes nothing and exits 1 when generated/ is not what the specs produce.
 */
import { fileURLToPath } from 'node:url'
import { failureLine, parseCommandLine } from './lib/cli.js'
import { generateAll, isCi } from './lib/generate-all.js'
import { SpecError } from './lib/spec-document.js'

const usage = `usage: npm run generate [-- <name>…] [--check [--strict]]
  <name>        specs/sources.json entries to generate (default: all)
  --check       write nothing; exit 1 naming every stale, missing or hand-edited file
  --strict      with --check: regenerate in memory and compare bytes instead of trusting the files' hash
                headers (the default when CI is set)`

// INTEGRATIONS_ROOT is set by scripts/run.mjs, which runs a bundled copy of this file from node_modules/.cache.
const root = process.env.INTEGRATIONS_ROOT ?? fileURLToPath(new URL('..', import.meta.url))
const { values, positionals: only } = parseCommandLine({
  name: 'generate',
  usage,
  positionals: true,
  options: { check: { type: 'boolean', default: false }, strict: { type: 'boolean', default: false } },
})
const check = values.check
const strict = values.strict || isCi(process.env)

try {
  const started = performance.now()
  const results = await generateAll(root, { check, strict, only })
  const ms = Math.round(performance.now() - started)
  for (const r of results) {
    const mark = r.status === 'fresh' || r.status === 'written' ? 'ok ' : 'ERR'
    const how = r.fast
      ? ' (hashes match)'
      : r.status === 'fresh'
        ? check
          ? ' (regenerated, bytes match)'
          : ' (same bytes: left as is)'
        : ''
    console.log(`${mark} generated/${r.name}.ts: ${r.status}${how}${r.detail ? ` — ${r.detail}` : ''}`)
  }
  const bad = results.filter((r) => r.status === 'stale' || r.status === 'missing')
  if (bad.length > 0) {
    console.error(`\ngenerate --check: ${bad.length} file(s) out of date with specs/. Run \`npm run generate\` and commit the result.`)
    process.exitCode = 1
  } else {
    console.log(`${check ? `checked${strict ? ' (strict)' : ''}` : 'generated'} ${results.length} spec(s) in ${ms} ms`)
  }
} catch (err) {
  console.error(`${failureLine('generate', err, (e) => e instanceof SpecError)}\nNothing in generated/ was changed.`)
  process.exitCode = 1
}
