// The build guard's code, as scripts/build.mjs writes it into dist/: a build older than the sources it was
// built from must fail loudly, never run. Plain JS (the build runs at install time, before any loader).
//
// guardStatements() is top-level code for an ES module: dist/build-guard/<entry>.js is exactly that, and the
// plain-Node branch of a dist/<entry>.js that loads its code without an ESM import runs the same statements
// inside a function. Paths come from import.meta.dirname and URLs from slicing import.meta.url: the first
// `new URL()` of a process costs ~0.3 ms (measured), which a cold import need not pay.

/**
 * @param {{ builtAt: number, sources: string[], within: string }} options
 *   within: the directory of the module the statements end up in, relative to the package ('dist', 'dist/build-guard').
 */
export function guardStatements({ builtAt, sources, within }) {
  return `// A build older than its sources must fail loudly, never run: a file this entry's bundles were built from that
// changed after ${new Date(builtAt).toISOString()} (or is gone) means dist/ is stale, and importing it throws
// StaleBuildError. Decided at import, before any of the package's code runs (a one-shot script must not send,
// then fail): one stat per source file, no directory walk. Builtins through process.getBuiltinModule, not
// \`import\`: an ESM import of node:fs builds its whole export facade (fs/promises, streams), a cost at every start.
const { readFileSync, statSync } = process.getBuiltinModule('node:fs')
const { fileURLToPath } = process.getBuiltinModule('node:url')

const BUILT_AT = ${builtAt}
const SOURCES = ${JSON.stringify(sources)}
// The package directory, with its separator: import.meta.dirname less '${within}' (the same length with \\ on Windows);
// from the URL for a loader that gives import.meta no dirname.
const here = import.meta.dirname ?? fileURLToPath(import.meta.url.slice(0, import.meta.url.lastIndexOf('/')))
const root = here.slice(0, -'${within}'.length)

// An installed copy (registry or tarball) is never edited, and npm stamps its files with the install time,
// so the comparison only means something in a checkout or a workspace link (resolved to its real path).
// No src/ at all: sources not shipped, nothing to compare with (asked only once a source is missing).
// (Measured: stat-ing them on libuv's threads while the chunk compiles made a cold import slower, not faster.)
const newer = (file) => !(statSync(root + file, { throwIfNoEntry: false })?.mtimeMs <= BUILT_AT)
const stale = !root.includes('/node_modules/') && SOURCES.find(newer)
const shipped = stale && statSync(root + 'src', { throwIfNoEntry: false })
${stackFrames()}
if (stale && shipped) {
  const error = new Error(
    \`@codebuff/integrations: dist/ is older than \${stale}, so it would run code you already changed. \` +
      'Rebuild it with \`npm run build -w @codebuff/integrations\` (npm install does it too), ' +
      'or run under tsx or a bundler, which read src/ directly.',
  )
  error.name = 'StaleBuildError'
  throw error
}`
}

// Installed by each guard: stack frames in dist/node/ shown at the src/*.ts line they were built from.
function stackFrames() {
  return `// Stack frames in dist/node/ shown at the src/*.ts line they were built from, with no flag to remember.
// Not process.setSourceMapsEnabled(true): that makes Node read every map at load (~20 ms CPU per cold start,
// measured); here a bundle's map is read the first time one of its frames is formatted, and frames of other
// files are formatted as V8 would. Left alone when the app has its own (source-map-support, Sentry...) or
// runs with --enable-source-maps, or when Error is frozen (--frozen-intrinsics: assigning to it would throw).
const BUNDLES = import.meta.url.slice(0, import.meta.url.lastIndexOf('/dist/') + 1) + 'dist/node/'
const maps = new Map()
function mapFor(file) {
  if (!maps.has(file)) {
    let map
    try {
      // node:module only now: nothing of it is loaded at import.
      const { SourceMap } = process.getBuiltinModule('node:module')
      map = new SourceMap(JSON.parse(readFileSync(fileURLToPath(file + '.map'), 'utf8')))
    } catch {}
    maps.set(file, map)
  }
  return maps.get(file)
}
function frame(site) {
  const text = String(site)
  const file = site.getFileName()
  if (!file?.startsWith(BUNDLES)) return text
  const line = site.getLineNumber()
  const column = site.getColumnNumber()
  const entry = mapFor(file)?.findEntry(line - 1, column - 1)
  if (!entry?.originalSource) return text
  const source = fileURLToPath(new URL(entry.originalSource, file))
  return text.replace(\`\${file}:\${line}:\${column}\`, \`\${source}:\${entry.originalLine + 1}:\${entry.originalColumn + 1}\`)
}
// Node's own default is the function named ErrorPrepareStackTrace (it formats as below); anything else is the app's.
const current = Error.prepareStackTrace
if ((current === undefined || current.name === 'ErrorPrepareStackTrace') && !process.sourceMapsEnabled && !Object.isFrozen(Error))
  Error.prepareStackTrace = (error, sites) => {
    let header
    try {
      header = Error.prototype.toString.call(error)
    } catch {
      header = '<error>'
    }
    return header + sites.map((site) => '\\n    at ' + frame(site)).join('')
  }`
}
