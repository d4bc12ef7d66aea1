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

/** A directory without a tsconfig: its TypeScript files with Node's module resolution, as an editor would read them. */
function looseProgram(dir: string): ts.Program {
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
  return ts.createProgram({ rootNames: files, options })
}

/** The tsconfig's options, with only the scanned directories' files as roots (what they import comes along). */
function configProgram(config: string, dirs: string[]): ts.Program {
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
  return ts.createProgram({ rootNames, options: parsed.options, projectReferences: parsed.projectReferences ?? [] })
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
  return [...byConfig].map(([key, group]) => ({
    program: key.startsWith('loose:') ? looseProgram(group[0]!) : configProgram(key, group),
    dirs: group,
  }))
}

/** The consumer's own source files of a program: under one of its directories, not declarations, not dependencies. */
export function consumerFiles(scan: ScanProgram): ts.SourceFile[] {
  return scan.program
    .getSourceFiles()
    .filter((f) => !f.isDeclarationFile && !f.fileName.split('/').includes('node_modules') && scan.dirs.some((d) => inside(d, f.fileName)))
}
