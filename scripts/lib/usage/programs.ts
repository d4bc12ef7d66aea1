import { dirname, relative, sep } from 'node:path'
import ts from 'typescript'

/** One TypeScript program and the consumer directories whose files are scanned in it. */
export interface ScanProgram {
  program: ts.Program
  /** Absolute directories: only source files under one of them are scanned. */
  dirs: string[]
}

export const inside = (dir: string, file: string): boolean => {
  const rel = relative(dir, file)
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !rel.startsWith('/'))
}

/** The tsconfig.json a directory's code is compiled with: its own, or the nearest one above it within `base`. */
function configFor(dir: string, base: string): string | undefined {
  const found = ts.findConfigFile(dir, ts.sys.fileExists, 'tsconfig.json')
  return found && inside(base, dirname(found)) ? found : undefined
}

type SourceCache = Map<string, ts.SourceFile | undefined>

/**
 * A compiler host whose parsed (and bound) files are shared by every program of one scan, as an editor's
 * language service shares them: lib files, @types/node and the package's declarations are parsed once,
 * not once per workspace. Keyed by what changes a parse (language version, ESM/CJS format, strictness).
 */
function sharedHost(options: ts.CompilerOptions, cache: SourceCache): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true)
  const read = host.getSourceFile.bind(host)
  host.getSourceFile = (fileName, version, onError, shouldCreate) => {
    const format = typeof version === 'object' ? `${version.languageVersion}/${version.impliedNodeFormat}` : String(version)
    const key = `${fileName}|${format}|${options.strict}|${options.alwaysStrict}`
    if (!cache.has(key)) cache.set(key, read(fileName, version, onError, shouldCreate))
    return cache.get(key)
  }
  return host
}

/** A directory without a tsconfig: its TypeScript files with Node's module resolution, as an editor would read them. */
function looseProgram(dir: string, cache: SourceCache): ts.Program {
  const files = ts.sys.readDirectory(dir, ['.ts', '.tsx', '.mts', '.cts'], ['**/node_modules', '**/dist'], ['**/*'])
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
  }
  return ts.createProgram({ rootNames: files, options, host: sharedHost(options, cache) })
}

/** The tsconfig's options, with only the scanned directories' files as roots (what they import comes along). */
function configProgram(config: string, dirs: string[], cache: SourceCache): ts.Program {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    config,
    { noEmit: true },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  )
  if (!parsed) return ts.createProgram({ rootNames: [], options: {} })
  const rootNames = parsed.fileNames.filter((f) => dirs.some((d) => inside(d, f)))
  const { options, projectReferences = [] } = parsed
  return ts.createProgram({ rootNames, options, projectReferences, host: sharedHost(options, cache) })
}

/**
 * One program per tsconfig that compiles the given directories (several directories under one tsconfig
 * share it), so every call is typed exactly as that workspace's compiler types it.
 */
export function programsFor(dirs: string[], base: string): ScanProgram[] {
  const byConfig = new Map<string, string[]>()
  for (const dir of dirs) {
    const key = configFor(dir, base) ?? `loose:${dir}`
    byConfig.set(key, [...(byConfig.get(key) ?? []), dir])
  }
  const cache: SourceCache = new Map()
  return [...byConfig].map(([key, group]) => ({
    program: key.startsWith('loose:') ? looseProgram(group[0]!, cache) : configProgram(key, group, cache),
    dirs: group,
  }))
}

/** The consumer's own source files of a program: under one of its directories, not declarations, not dependencies. */
export function consumerFiles(scan: ScanProgram): ts.SourceFile[] {
  return scan.program
    .getSourceFiles()
    .filter((f) => !f.isDeclarationFile && !f.fileName.split('/').includes('node_modules') && scan.dirs.some((d) => inside(d, f.fileName)))
}
