/**
 * npm run generate [-- <name>…] [-- --check]
 * Turns every spec listed in specs/sources.json into generated/<name>.ts.
 * --check writes nothing and exits 1 when generated/ is not what the specs produce.
 */
import { fileURLToPath } from 'node:url'
import { generateAll } from './lib/generate-all.js'
import { SpecError } from './lib/spec-document.js'

// INTEGRATIONS_ROOT is set by scripts/run.mjs, which runs a bundled copy of this file from node_modules/.cache.
const root = process.env.INTEGRATIONS_ROOT ?? fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const check = args.includes('--check')
const only = args.filter((a) => !a.startsWith('--'))

try {
  const started = performance.now()
  const results = await generateAll(root, { check, only })
  const ms = Math.round(performance.now() - started)
  for (const r of results) {
    const mark = r.status === 'fresh' || r.status === 'written' ? 'ok ' : 'ERR'
    console.log(`${mark} generated/${r.name}.ts: ${r.status}${r.fast ? ' (hashes match)' : ''}${r.detail ? ` — ${r.detail}` : ''}`)
  }
  const bad = results.filter((r) => r.status === 'stale' || r.status === 'missing')
  if (bad.length > 0) {
    console.error(`\ngenerate --check: ${bad.length} file(s) out of date with specs/. Run \`npm run generate\` and commit the result.`)
    process.exitCode = 1
  } else {
    console.log(`${check ? 'checked' : 'generated'} ${results.length} spec(s) in ${ms} ms`)
  }
} catch (err) {
  if (!(err instanceof SpecError)) throw err
  console.error(`generate: ${err.message}\nNothing in generated/ was changed.`)
  process.exitCode = 1
}
