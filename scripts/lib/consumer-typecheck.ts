import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve } from 'node:path'

/** One compiler error in a consumer workspace, located relative to the monorepo root. */
export interface ConsumerError {
  workspace: string
  file: string
  line: number
  code: string
  message: string
}

/**
 * `typescript/bin/tsc` as Node would find it from `dir`: the workspace's own node_modules, then every
 * parent's (npm hoists devDependencies to the monorepo root), then the package's own as a last resort.
 */
export function resolveTsc(dir: string, fallbackDir?: string): string {
  for (const from of [dir, fallbackDir].filter((d): d is string => !!d)) {
    try {
      return createRequire(join(resolve(from), 'package.json')).resolve('typescript/bin/tsc')
    } catch {}
  }
  throw new Error(`cannot find typescript from ${dir}: install it in the workspace or at the monorepo root`)
}

export function runTsc(tsc: string, args: string[], cwd: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [tsc, ...args], { cwd })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', fail)
    child.on('close', (code) => done({ ok: code === 0, output }))
  })
}

/** `src/a.ts(12,5): error TS2345: Argument …` lines (tsc --pretty false) → errors with root-relative paths. */
export function parseTscOutput(output: string, workspaceDir: string, base: string): ConsumerError[] {
  const workspace = relative(base, workspaceDir).split('\\').join('/')
  const errors: ConsumerError[] = []
  for (const line of output.split('\n')) {
    const at = line.indexOf('): error TS')
    const open = line.lastIndexOf('(', at)
    if (at < 0 || open < 0) continue
    const [row] = line.slice(open + 1, at).split(',')
    const rest = line.slice(at + '): error '.length)
    const colon = rest.indexOf(':')
    errors.push({
      workspace,
      file: relative(base, resolve(workspaceDir, line.slice(0, open)))
        .split('\\')
        .join('/'),
      line: Number(row),
      code: rest.slice(0, colon),
      message: rest.slice(colon + 1).trim(),
    })
  }
  return errors
}

/** `tsc --noEmit -p <workspace>/tsconfig.json` with the TypeScript Node finds from the workspace. */
export async function typecheckWorkspace(dir: string, base: string, fallbackDir: string): Promise<ConsumerError[]> {
  const { output } = await runTsc(resolveTsc(dir, fallbackDir), ['--noEmit', '--pretty', 'false', '-p', 'tsconfig.json'], dir)
  return parseTscOutput(output, dir, base)
}

const errorKey = (e: ConsumerError) => `${e.file}:${e.line} ${e.code} ${e.message}`

/** Errors present after the update that were not there before it. */
export const newErrors = (before: ConsumerError[], after: ConsumerError[]): ConsumerError[] => {
  const known = new Set(before.map(errorKey))
  return after.filter((e) => !known.has(errorKey(e)))
}

/**
 * The types consumers compile against are the package's built declarations (`dist/**\/*.d.ts`, the
 * `types` condition), so they are rebuilt from the regenerated sources before the consumers are checked.
 */
export async function rebuildDeclarations(packageRoot: string): Promise<void> {
  const config = join(packageRoot, 'tsconfig.build.json')
  if (!existsSync(config)) return
  // Errors in the package's own code are the package typecheck's to report; tsc still emits the declarations.
  await runTsc(resolveTsc(packageRoot), ['-p', config, '--emitDeclarationOnly', '--pretty', 'false'], packageRoot)
}
