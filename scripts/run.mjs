#!/usr/bin/env node
// Runs scripts/<name>.ts as plain Node: bundles it once with esbuild (dependencies stay external)
// into node_modules/.cache and reuses that until one of its source files changes. tsx's loader added
// ~0.5 s to every run; codegen is benchmarked against the bare openapi-typescript CLI.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const [name, ...args] = process.argv.slice(2)
if (!name || !/^[a-z-]+$/.test(name)) {
  console.error('usage: node scripts/run.mjs <script> [args…]   (runs scripts/<script>.ts)')
  process.exit(2)
}
const entry = join(root, 'scripts', `${name}.ts`)
const cacheDir = join(root, 'node_modules', '.cache', 'codebuff-integrations')
// Keyed by checkout path too: temp copies of the repo (tests) share node_modules through a symlink.
const out = join(cacheDir, `${name}-${createHash('sha256').update(root).digest('hex').slice(0, 8)}.mjs`)
const inputsFile = `${out}.inputs.json`

function fresh() {
  try {
    const built = statSync(out).mtimeMs
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'))
    return inputs.every((file) => statSync(join(root, file)).mtimeMs <= built)
  } catch {
    return false
  }
}

if (!fresh()) {
  const { build } = await import('esbuild')
  mkdirSync(cacheDir, { recursive: true })
  const result = await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    conditions: ['source'],
    metafile: true,
    logLevel: 'error',
    // Bundled code still resolves packages from the repository, not from the cache folder.
    banner: {
      js: `import { createRequire as __cr } from 'node:module'; const require = __cr(${JSON.stringify(pathToFileURL(entry).href)});`,
    },
  })
  writeFileSync(
    inputsFile,
    JSON.stringify(
      Object.keys(result.metafile.inputs)
        .map((f) => relative(root, join(root, f)))
        .filter((f) => !f.startsWith('node_modules')),
    ),
  )
}
process.env.INTEGRATIONS_ROOT = root
process.argv = [process.argv[0], entry, ...args]
await import(pathToFileURL(out).href)
