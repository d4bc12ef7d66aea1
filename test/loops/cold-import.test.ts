// What a cold import of /loops loads, as the build splits it: code that only some calls need (middleware,
// telemetry, webhook verification and routing, template sends) stays out, in chunks loaded on first use.
import { readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { build, type Metafile } from 'esbuild'
import { beforeAll, expect, it } from 'vitest'
import { repoRoot } from '../helpers/temp-repo.js'

const LOADED_ON_FIRST_USE = [
  'src/core/http/middleware.ts',
  'src/core/observability/telemetry.ts',
  'src/core/observability/otel-global.ts',
  'src/core/webhooks/standard-webhooks.ts',
  'src/core/webhooks/webhook-route.ts',
  'src/loops/template-delivery.ts',
]

let outputs: Metafile['outputs']

beforeAll(async () => {
  const pkg = JSON.parse(readFileSync(`${repoRoot}/package.json`, 'utf8'))
  // As scripts/build.mjs bundles the entry for Node.
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: { loops: 'src/loops/index.ts' },
    outdir: 'dist-cold-import',
    write: false,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    conditions: ['source'],
    external: [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {}), ...builtinModules],
    metafile: true,
    logLevel: 'silent',
  })
  outputs = result.metafile.outputs
}, 60_000)

/** The source files of an output and of every output it imports statically. */
function loadedBy(output: string, kind: 'import-statement' | 'dynamic-import' | 'any' = 'import-statement'): Set<string> {
  const files = new Set([output])
  for (const file of files)
    for (const imported of outputs[file]!.imports)
      if (outputs[imported.path] && (kind === 'any' || imported.kind === kind)) files.add(imported.path)
  return new Set([...files].flatMap((file) => Object.keys(outputs[file]!.inputs)))
}

it('importing /loops loads none of the code that only some calls need; each is still in the build, behind an import()', () => {
  const entry = Object.keys(outputs).find((output) => outputs[output]!.entryPoint === 'src/loops/index.ts')!
  const atImport = loadedBy(entry)
  expect(LOADED_ON_FIRST_USE.filter((file) => atImport.has(file))).toEqual([])
  // What a send needs is there; the lazy files are reachable from the entry, only lazily.
  expect(atImport).toContain('src/core/http/pipeline.ts')
  expect(LOADED_ON_FIRST_USE.filter((file) => !loadedBy(entry, 'any').has(file))).toEqual([])
})
