// Chunks loaded from V8's code cache: Node 22's module.enableCompileCache(), done by hand for Node 20.
//
// Most of a cold import of /loops was V8 parsing the ~140 KB chunk every entry shares (measured: 6.8 ms of
// parse for the chunk wrapped in a never-called function, against 7.8 ms for loading it whole). V8 can skip
// the parse when given the bytecode it made last time, but Node 20 offers that only to vm.Script. So a chunk
// that imports nothing (the shared Loops chunk: its only outside reference is import.meta.url) is written as
//   <chunk>.js          the chunk's ES module, now a stub: its exports come from loadCachedChunk(import.meta.url);
//                       every entry and chunk that imports it still does, so one process holds one instance
//   <chunk>.script.js   the same code, line for line, as a function expression (export {} -> return {}),
//                       compiled by vm.Script; its map is the chunk's map (the columns line up too)
//   <chunk>.script.<flags>.cache  V8's code cache for it: `default` (Node without flags) made here, after one run
//                       of its top level; any other set of flags gets its own from the first process run with it
//   <chunk>.module.js   the chunk's ES module as esbuild wrote it: loaded (require(esm)) when Node's own source
//                       maps are on (--enable-source-maps, the outbox bin), which Node 20 does not apply to vm code
// A cache V8 refuses (another Node version or V8 flags) costs nothing but the parse it would have saved, and the
// process that paid it writes one for the next (storeCodeCache).
import { execFileSync } from 'node:child_process'
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/**
 * The name of the code cache for this process's flags. V8 refuses a cache made under other V8 flags (a backend's
 * `--max-old-space-size`, measured), so each set of flags gets its own file, written by the first process that runs
 * with it; `default` (no flags) is made by the build. Node's own options that leave V8 alone (`-e`, `--import`,
 * `--conditions`…) do not count; one missing here only costs a cache file more. Not v8.cachedDataVersionTag(), which
 * says exactly that but loads node:v8 and the streams with it (~3 ms, measured). Inlined into the loader by its text.
 */
function cachedChunkFlags() {
  const nodeOnly = new RegExp(
    '^-(?:[eprC]|-(?:eval|print|input-type|import|require|loader|experimental-loader|conditions|env-file|no-warnings|' +
      'title|trace-warnings|no-deprecation|enable-source-maps|inspect[\\w-]*|watch[\\w-]*))(?:=|$)',
  )
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)]
  const flags = given.filter((token) => token.startsWith('-') && !nodeOnly.test(token)).join(' ')
  let hash = 0x811c9dc5
  for (let i = 0; i < flags.length; i++) hash = Math.imul(hash ^ flags.charCodeAt(i), 0x01000193)
  return flags ? `flags-${(hash >>> 0).toString(36)}` : 'default'
}

/** Inlined into every stub and into each dist/<entry>.js that loads its chunk directly (no ESM hop). */
export const LOADER = `// One instance of a cached chunk per process however it is reached (an entry's stub, a dist/<entry>.js), keyed
// by the stub's URL: classes such as IntegrationError stay one class across entries. Function declarations only
// (hoisted): a dist/<entry>.js calls these above the place they are written.
function loadCachedChunk(url) {
  const loaded = (globalThis[Symbol.for('@codebuff/integrations: cached chunks')] ??= new Map())
  if (!loaded.has(url)) loaded.set(url, compileCachedChunk(url))
  return loaded.get(url).exports
}
function compileCachedChunk(url) {
  const base = url.slice(0, -'.js'.length)
  const { fileURLToPath } = process.getBuiltinModule('node:url')
  // Node maps stack frames itself (--enable-source-maps) only in code it loads: the chunk as an ES module then.
  if (process.sourceMapsEnabled) {
    const { createRequire } = process.getBuiltinModule('node:module')
    return { exports: createRequire(url)(fileURLToPath(base + '.module.js')), cache: 'off (source maps on)' }
  }
  const fs = process.getBuiltinModule('node:fs')
  const { Script } = process.getBuiltinModule('node:vm')
  const file = fileURLToPath(base + '.script.js')
  const cacheFile = file.slice(0, -'.js'.length) + '.' + cachedChunkFlags() + '.cache'
  let cachedData
  try {
    cachedData = fs.readFileSync(cacheFile)
  } catch {}
  // latin1: the build writes these files in ASCII, which V8 then holds as a one-byte string.
  const script = new Script(fs.readFileSync(file, 'latin1'), { filename: base + '.script.js', cachedData })
  const exports = script.runInThisContext()({ url })
  const cache = cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted'
  if (cache !== 'accepted') storeCodeCache(fs, cacheFile, script)
  return { exports, cache }
}
// The next process with these flags starts from it. Never fails the import: a read-only dist/ just stays uncached.
function storeCodeCache(fs, cacheFile, script) {
  const temporary = cacheFile + '.' + process.pid + '.tmp'
  try {
    fs.writeFileSync(temporary, script.createCachedData())
    fs.renameSync(temporary, cacheFile)
  } catch {
    try {
      fs.rmSync(temporary, { force: true })
    } catch {}
  }
}
${cachedChunkFlags.toString()}`

/**
 * Whether an esbuild output can be a cached chunk, and if not why: it must be a chunk (not an entry) that imports
 * nothing, statically or lazily (a vm.Script has no module graph), and whose exports are never reassigned after its
 * top level ran (a stub's exports are a snapshot, not live bindings).
 */
export function refusal(output, code) {
  if (output.entryPoint) return 'an entry'
  if (output.imports.length > 0) return 'it imports other files'
  if (/\bimport\s*\(/.test(code)) return 'it has a dynamic import()'
  if (code.split('import.meta').length !== code.split('import.meta.url').length) return 'it reads import.meta beyond .url'
  const exported = exportBlock(code)
  if (!exported) return 'no export block at its end'
  for (const { local } of exported.names) {
    const name = local.replace(/\$/g, '\\$')
    const writes = code.match(new RegExp(`(?<![.\\w$])${name}\\s*(?:[-+*/%|&^]?=(?![=>])|\\+\\+|--)`, 'g'))?.length ?? 0
    // A function or class declaration binds without `=`; a var binds with one.
    const declared = new RegExp(`\\b(?:function\\*?|class)\\s+${name}\\b`).test(code) ? 0 : 1
    if (writes > declared) return `its export ${local} is reassigned`
  }
  return undefined
}

/**
 * Writes <chunk>.module.js, <chunk>.script.js (+ .map), <chunk>.script.default.cache and the stub <chunk>.js for the
 * chunk at `file` (absolute path, ASCII code as the build leaves it). Returns the chunk's export names.
 */
export function writeCachedChunk(file, code, header) {
  const base = file.slice(0, -'.js'.length)
  const name = base.slice(base.lastIndexOf('/') + 1)
  const { start, names } = exportBlock(code)
  // Line for line and column for column: the chunk's map serves the script (export -> return, . -> _).
  const body = code
    .slice(0, start)
    .replaceAll('import.meta', 'import_meta')
    .replace(/^.*\n/, (first) => `(function (import_meta) { 'use strict'; ${first}`)
  const entries = names.map(({ local, exported }) => `  ${exported === local ? local : `${exported}: ${local}`}`)
  const returned = `return {\n${entries.join(',\n')}\n};})\n`
  const script = `${body}${returned}//# sourceMappingURL=${name}.script.js.map\n`
  if (script.trimEnd().split('\n').length !== code.trimEnd().split('\n').length)
    throw new Error(`cached chunk ${name}: the script does not line up with the chunk`)

  writeFileSync(`${base}.module.js`, code.replace(`//# sourceMappingURL=${name}.js.map`, `//# sourceMappingURL=${name}.module.js.map`))
  renameSync(`${file}.map`, `${base}.module.js.map`)
  writeFileSync(`${base}.script.js.map`, readFileSync(`${base}.module.js.map`))
  writeFileSync(`${base}.script.js`, script)
  writeDefaultCodeCache(`${base}.script.js`, pathToFileURL(file).href)
  writeFileSync(
    file,
    `${header}// This chunk's code is ${name}.script.js, compiled from V8's code cache (${name}.script.*.cache) once per process;
// see scripts/build/cached-chunks.mjs.
${LOADER}
export const { ${names.map(({ exported }) => exported).join(', ')} } = loadCachedChunk(import.meta.url)
`,
  )
  return names.map(({ exported }) => exported)
}

/**
 * V8's code cache for the script, for a process without flags (the common case; any other set of flags gets its own
 * from the first process that runs with it), made by a clean child Node after one run of the chunk's top level, so
 * the functions that run then are in it.
 */
function writeDefaultCodeCache(path, stubUrl) {
  const child = `
    const { readFileSync, writeFileSync } = await import('node:fs')
    const { Script } = await import('node:vm')
    const { pathToFileURL } = await import('node:url')
    const [path, stubUrl, out] = process.argv.slice(1)
    const script = new Script(readFileSync(path, 'latin1'), { filename: pathToFileURL(path).href })
    script.runInThisContext()({ url: stubUrl })
    writeFileSync(out, script.createCachedData())`
  const env = { ...process.env }
  delete env.NODE_OPTIONS
  const out = `${path.slice(0, -'.js'.length)}.default.cache`
  execFileSync(process.execPath, ['--input-type=module', '-e', child, path, stubUrl, out], { env, stdio: 'inherit' })
}

/** esbuild's closing `export { a, b as c };` block: where it starts and what it names. */
function exportBlock(code) {
  const match = /\nexport \{([^}]*)\};\n(\/\/# sourceMappingURL=[^\n]*\n?)?$/.exec(code)
  if (!match) return undefined
  const names = match[1]
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [local, exported = local] = item.split(/\s+as\s+/)
      return { local, exported }
    })
  if (!names.every(({ local, exported }) => /^[A-Za-z_$][\w$]*$/.test(local) && /^[A-Za-z_$][\w$]*$/.test(exported))) return undefined
  return { start: match.index + 1, names }
}
