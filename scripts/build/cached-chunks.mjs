// Chunks loaded from V8's code cache: Node 22's module.enableCompileCache(), done by hand for Node 20.
//
// Most of a cold import of /loops was V8 parsing the ~140 KB chunk every entry shares (measured: 6.8 ms of
// parse for the chunk wrapped in a never-called function, against 7.8 ms for loading it whole). V8 can skip
// the parse when given the bytecode it made last time, but Node 20 offers that only to vm.Script. So a chunk
// that imports nothing (the shared Loops chunk: its only outside references are import.meta.url and the chunks it
// loads on first use with import(), which the script calls $chunk(), see scriptOf) is written as
//   <chunk>.js          the chunk's ES module, now a stub: its exports come from loadCachedChunk(import.meta.url);
//                       every entry and chunk that imports it still does, so one process holds one instance
//   <chunk>.script.js   the same code as a function expression (export {} -> return {}), compiled by vm.Script;
//                       whitespace minified into lines of ~120 columns (see minifyScript), its map leading to src/
//   <chunk>.script.<flags>.cache  V8's code cache for it: `default` (Node without flags) made here, after one run
//                       of its top level; any other set of flags gets its own from the first process run with it
//   <chunk>.module.js   the chunk's ES module as esbuild wrote it: loaded (require(esm)) when Node's own source
//                       maps are on (--enable-source-maps, the outbox bin), which Node 20 does not apply to vm code
// A cache V8 refuses (another Node version or V8 flags) costs nothing but the parse it would have saved, and the
// process that paid it writes one for the next (storeCodeCache).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { Script } from 'node:vm'
import { buildSync } from 'esbuild'

/**
 * The name of the code cache for this process's flags. V8 refuses a cache made under other V8 flags (a backend's
 * `--max-old-space-size`, measured), so each set of flags gets its own file, written by the first process that runs
 * with it; `default` (no flags) is made by the build. Node's own options that leave V8 alone (`-e`, `--import`,
 * `--conditions`…) do not count; one missing here only costs a cache file more. Not v8.cachedDataVersionTag(), which
 * says exactly that but loads node:v8 and the streams with it (~3 ms, measured). Inlined into the loader by its text.
 */
function cachedChunkFlags() {
  // The common case without a regex: a process's first regex use compiles it (~0.1 ms each, measured).
  if (process.execArgv.length === 0 && !process.env.NODE_OPTIONS?.trim()) return 'default'
  const nodeOnly = new RegExp(
    '^-(?:[eprC]|-(?:eval|print|input-type|import|require|loader|experimental-loader|conditions|env-file|no-warnings|' +
      'title|trace-warnings|no-deprecation|enable-source-maps|(?:no-)?experimental-[\\w-]*|inspect[\\w-]*|watch[\\w-]*))(?:=|$)',
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
// \`url\`: the stub's URL (the key, and the name V8 gives the script's frames); \`dir\`: its directory, as a path.
function loadCachedChunk(url, dir) {
  const loaded = (globalThis[Symbol.for('@codebuff/integrations: cached chunks')] ??= new Map())
  if (!loaded.has(url)) loaded.set(url, compileCachedChunk(url, dir))
  return loaded.get(url).exports
}
// import.meta.dirname, not a URL turned into a path: the first \`new URL()\` of a process costs ~0.3 ms (measured).
// The fallback is for a loader that gives import.meta only a url (jest's ESM).
function directoryOf(meta) {
  return meta.dirname ?? process.getBuiltinModule('node:url').fileURLToPath(meta.url.slice(0, meta.url.lastIndexOf('/')))
}
function compileCachedChunk(url, dir) {
  const base = url.slice(0, -'.js'.length)
  const path = dir + '/' + base.slice(base.lastIndexOf('/') + 1)
  const { readFileSync, statSync } = process.getBuiltinModule('node:fs')
  const { Script } = process.getBuiltinModule('node:vm')
  const file = path + '.script.js'
  // vm.Script and require() run code in Node's main realm. A stub evaluated in a vm context (jest's ESM, vitest's vm
  // pools) gets the chunk in its own realm, as the ES module would (its Error, its fetch): indirect eval, no cache.
  if (!(Script instanceof Function)) {
    const source = readFileSync(file, 'latin1') + '//# sourceURL=' + base + '.script.js\\n'
    return { exports: (0, eval)(source)({ url }, chunkLoader(url)), cache: 'off (another realm)' }
  }
  // Node maps stack frames itself (--enable-source-maps) only in code it loads: the chunk as an ES module then,
  // when require(esm) is on (not under --no-experimental-require-module: the script then, frames unmapped).
  if (process.sourceMapsEnabled && process.features.require_module) {
    const { createRequire } = process.getBuiltinModule('node:module')
    return { exports: createRequire(url)(path + '.module.js'), cache: 'off (source maps on)' }
  }
  const cacheFile = file.slice(0, -'.js'.length) + '.' + cachedChunkFlags() + '.cache'
  let made
  let cachedData
  let ignored
  try {
    // A cache's first line names the script it was made for: its URL and mtime. V8 checks a cache against its script's
    // length only (after an edit that keeps the length it would run the old bytecode beside the new code's lazily
    // compiled functions), and keeps the file name the cache was made under (a package moved since, a published
    // tarball or a Docker stage, would name the old path in every stack frame, unmapped).
    made = base + '.script.js ' + statSync(file).mtimeMs
    const data = readFileSync(cacheFile)
    const newline = data.indexOf(10)
    const header = newline < 0 ? '' : data.toString('latin1', 0, newline)
    if (header === made) cachedData = data.subarray(newline + 1)
    else ignored = header.startsWith(base + '.script.js ') ? 'ignored (script edited)' : 'ignored (built at another path)'
  } catch {}
  // latin1: the build writes these files in ASCII, which V8 then holds as a one-byte string.
  const script = new Script(readFileSync(file, 'latin1'), { filename: base + '.script.js', cachedData })
  const exports = script.runInThisContext()({ url }, chunkLoader(url))
  const cache = ignored ?? (cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted')
  if (cache !== 'accepted') storeCodeCache(cacheFile, made, script)
  return { exports, cache }
}
// The script's import("./<chunk>.js"): a chunk beside the stub, loaded on first use as the ES module esbuild wrote.
function chunkLoader(url) {
  const dir = url.slice(0, url.lastIndexOf('/') + 1)
  return (specifier) => import(dir + specifier.slice(2))
}
// The next process with these flags, at this path, starts from it. Never fails the import: a dist/ it cannot write
// just stays uncached, and finds out before V8 serializes anything (a read-only image pays one failed open per start,
// not the ~2 ms of making a cache). A temporary file renamed into place: a concurrent start never reads half of one.
function storeCodeCache(cacheFile, header, script) {
  const fs = process.getBuiltinModule('node:fs')
  const temporary = cacheFile + '.' + process.pid + '.tmp'
  let fd
  try {
    fd = fs.openSync(temporary, 'wx')
  } catch {
    return
  }
  try {
    fs.writeSync(fd, Buffer.concat([Buffer.from(header + '\\n', 'latin1'), script.createCachedData()]))
    fs.closeSync(fd)
    fd = undefined
    fs.renameSync(temporary, cacheFile)
  } catch {
    try {
      if (fd !== undefined) fs.closeSync(fd)
      fs.rmSync(temporary, { force: true })
    } catch {}
  }
}
${cachedChunkFlags.toString()}`

/**
 * Whether an esbuild output can be a cached chunk, and if not why: it must be a chunk (not an entry) that imports
 * nothing, statically or lazily (a vm.Script has no module graph), that compiles as a function body (no top-level
 * await), and whose exports are never written after its top level ran (a stub's exports are a snapshot, not live
 * bindings). Text, not a parse: a doubtful write refuses (a refused chunk is only parsed at every start).
 */
export function refusal(output, code) {
  if (output.entryPoint) return 'an entry'
  if (output.imports.some(({ kind }) => kind !== 'dynamic-import')) return 'it imports other files'
  // import() of a sibling chunk, as esbuild writes it, becomes $chunk() in the script (the same length: columns stay).
  const lazy = code.match(/\bimport\s*\(/g)?.length ?? 0
  const siblings = code.match(SIBLING_IMPORT) ?? []
  if (lazy !== siblings.length) return 'it has an import() of something other than a sibling chunk'
  const listed = output.imports.map(({ path }) => `import("./${path.slice(path.lastIndexOf('/') + 1)}")`)
  if (siblings.some((call) => !listed.includes(call))) return 'it has an import() of a file the build did not write'
  if (/\$chunk\b/.test(code)) return 'it uses the name $chunk, which its script gives import()'
  if (code.split('import.meta').length !== code.split('import.meta.url').length) return 'it reads import.meta beyond .url'
  const exported = exportBlock(code)
  if (!exported) return 'no export block at its end'
  for (const { local } of exported.names) if (writtenLater(code, local)) return `its export ${local} is reassigned`
  try {
    new Script(scriptOf(code, exported, 'shared'))
  } catch (error) {
    return `it does not compile as a script: ${error}`
  }
  return undefined
}

/** esbuild's import() of another chunk of the build: `import("./shared-X.js")`. */
const SIBLING_IMPORT = /\bimport\("\.\/[\w.-]+\.js"\)/g

// Assignment operators (longest first), then ++/--.
const WRITE = String.raw`(?:>>>=|<<=|>>=|\*\*=|&&=|\|\|=|\?\?=|[-+*/%|&^]=|=(?![=>])|\+\+|--)`

/**
 * Whether the binding `name` may be written once the chunk's top level has run. Allowed: a function or class
 * declaration never written, or one write that is a declaration's initializer at the top level (esbuild writes
 * top-level code from column 0 and indents everything nested; `var a = 1, name = 2` and a list continued on
 * lines that start with `}, ` are top level too). Anything else that may write it counts: every assignment
 * operator, ++/-- either side, a for-in/of head and a destructuring assignment that names it.
 */
function writtenLater(code, name) {
  const id = name.replace(/\$/g, '\\$')
  const writes = [...code.matchAll(new RegExp(String.raw`(\+\+|--)?\s*(?<![.\w$#])${id}(?![\w$])(?=\s*(${WRITE})?)`, 'g'))]
    .filter((match) => match[1] || match[2])
    .map((match) => match.index + match[0].length - name.length)
  if (new RegExp(String.raw`\bfor\s*\(\s*${id}\s+(?:of|in)\b`).test(code)) return true
  if (destructuringWrites(code).some((pattern) => new RegExp(String.raw`(?<![.\w$#])${id}(?![\w$]|\s*:)`).test(pattern))) return true
  const declared = new RegExp(String.raw`\b(?:function\*?|class)\s+${id}\b`).test(code)
  if (declared) return writes.length > 0
  return writes.length > 1 || (writes.length === 1 && !topLevelInitializer(code, writes[0]))
}

/** Whether the write at `at` is a top-level declaration's initializer: `var x =` or `, x =` at bracket depth 0. */
function topLevelInitializer(code, at) {
  const lineStart = code.lastIndexOf('\n', at - 1) + 1
  const before = code.slice(lineStart, at)
  if (/^\s/.test(before)) return false
  if (/^(?:var|let|const)\s+$/.test(before)) return true
  if (!/,\s*$/.test(before)) return false
  // Brackets opened before the write on its line, leading closers of the statement's earlier lines aside.
  let depth = 0
  for (const char of before.replace(/^[)\]}]+/, '')) {
    if ('([{'.includes(char)) depth++
    else if (')]}'.includes(char)) depth--
  }
  return depth <= 0 && /^(?:var |let |const |[)\]}])/.test(before)
}

/** The text of every `[...] =` and `{...} =` that is an assignment, not a declaration nor a member's `a[i] =`. */
function destructuringWrites(code) {
  const patterns = []
  for (const match of code.matchAll(/[\]}]\s*=(?![=>])/g)) {
    const close = code[match.index]
    const open = close === ']' ? '[' : '{'
    let depth = 0
    let start = match.index
    for (; start >= 0; start--) {
      if (code[start] === close) depth++
      else if (code[start] === open && --depth === 0) break
    }
    if (start < 0) continue
    const lead = code.slice(Math.max(0, start - 16), start)
    if (/\b(?:var|let|const)\s*$/.test(lead)) continue
    if (open === '[' && /[\w$)\]]\s*$/.test(lead) && !/\b(?:return|typeof|void|in|of)\s*$/.test(lead)) continue
    patterns.push(code.slice(start, match.index + 1))
  }
  return patterns
}

/**
 * Writes <chunk>.module.js, <chunk>.script.js (+ .map), <chunk>.script.default.cache and the stub <chunk>.js for the
 * chunk at `file` (absolute path, ASCII code as the build leaves it). Returns the chunk's export names.
 */
export function writeCachedChunk(file, code, header) {
  const base = file.slice(0, -'.js'.length)
  const name = base.slice(base.lastIndexOf('/') + 1)
  const exported = exportBlock(code)
  const { names } = exported
  const script = scriptOf(code, exported, name)
  if (script.trimEnd().split('\n').length !== code.trimEnd().split('\n').length)
    throw new Error(`cached chunk ${name}: the script does not line up with the chunk`)

  writeFileSync(`${base}.module.js`, code.replace(`//# sourceMappingURL=${name}.js.map`, `//# sourceMappingURL=${name}.module.js.map`))
  renameSync(`${file}.map`, `${base}.module.js.map`)
  writeFileSync(`${base}.script.js.map`, readFileSync(`${base}.module.js.map`))
  writeFileSync(`${base}.script.js`, script)
  minifyScript(`${base}.script.js`)
  writeFileSync(
    file,
    `${header}// This chunk's code is ${name}.script.js, compiled from V8's code cache (${name}.script.*.cache) once per process;
// see scripts/build/cached-chunks.mjs.
${LOADER}
export const { ${names.map(({ exported }) => exported).join(', ')} } = loadCachedChunk(import.meta.url, directoryOf(import.meta))
`,
  )
  writeDefaultCodeCache(file)
  return names.map(({ exported }) => exported)
}

/**
 * Whitespace out of the script, in place: ~30 % fewer bytes for every start to read and hold. Measured: the chunk's
 * 143 KB script took 1.6 ms to read, the same script at 116 KB 0.9 ms (a file or string of over 128 KB is allocated
 * from fresh pages, each first touched at ~10 us on this VM). Lines are cut at ~120 columns, so an uncaught error still
 * prints one short line, not the bundle; names are kept (stack frames). esbuild reads the script's map (the chunk's,
 * which it lines up with) and writes one that leads from the minified script straight to src/.
 */
function minifyScript(file) {
  buildSync({
    entryPoints: [file],
    outfile: file,
    allowOverwrite: true,
    minifyWhitespace: true,
    lineLimit: 120,
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
  })
}

/** The chunk as a function expression, line for line: the chunk's map serves it (export -> return, . -> _). */
function scriptOf(code, { start, names }, name) {
  const body = code
    .slice(0, start)
    .replaceAll('import.meta', 'import_meta')
    .replace(SIBLING_IMPORT, (call) => `$chunk${call.slice('import'.length)}`)
    .replace(/^.*\n/, (first) => `(function (import_meta, $chunk) { 'use strict'; ${first}`)
  const entries = names.map(({ local, exported }) => `  ${exported === local ? local : `${exported}: ${local}`}`)
  return `${body}return {\n${entries.join(',\n')}\n};})\n//# sourceMappingURL=${name}.script.js.map\n`
}

/**
 * V8's code cache for a process without flags (the common case; any other set of flags gets its own from the first
 * process that runs with it): a clean child Node imports the stub once, and the loader writes the cache it found
 * missing, after the chunk's top level ran (so the functions that run then are in it) -- the same file, header and
 * all, that any later start would write.
 */
function writeDefaultCodeCache(stub) {
  const env = { ...process.env }
  delete env.NODE_OPTIONS
  const load = `await import(${JSON.stringify(pathToFileURL(stub).href)})`
  execFileSync(process.execPath, ['--input-type=module', '-e', load], { env, stdio: 'inherit' })
  const made = `${stub.slice(0, -'.js'.length)}.script.default.cache`
  if (!existsSync(made)) throw new Error(`cached chunk ${stub}: loading it wrote no ${made}`)
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
