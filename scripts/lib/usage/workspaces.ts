import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import ts from 'typescript'

interface PackageJson {
  name?: string
  workspaces?: string[] | { packages?: string[] }
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

function readPackageJson(dir: string): PackageJson | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson
  } catch {
    return undefined
  }
}

/** A workspaces monorepo holding the package: its root and every workspace directory (the package's included). */
export interface Monorepo {
  root: string
  workspaces: string[]
}

/** `["apps/*", "packages/*"]` → the directories that have a package.json (TypeScript's own glob matcher). */
function expandWorkspaces(root: string, patterns: string[]): string[] {
  const includes = patterns.map((p) => `${p.replace(/\/+$/, '')}/package.json`)
  return ts.sys
    .readDirectory(root, ['.json'], ['**/node_modules'], includes)
    .map((file) => dirname(resolve(file)))
    .sort()
}

/** The nearest directory above the package whose package.json lists it among its workspaces (npm, yarn, pnpm-less). */
export function findMonorepo(packageRoot: string): Monorepo | undefined {
  const pkg = resolve(packageRoot)
  for (let dir = dirname(pkg); ; dir = dirname(dir)) {
    const json = readPackageJson(dir)
    const patterns = Array.isArray(json?.workspaces) ? json.workspaces : json?.workspaces?.packages
    if (patterns?.length) {
      const workspaces = expandWorkspaces(dir, patterns)
      if (workspaces.includes(pkg)) return { root: dir, workspaces }
    }
    if (dirname(dir) === dir) return undefined
  }
}

/** The workspaces whose package.json depends on the package (dependencies, devDependencies or peerDependencies). */
export function consumerWorkspaces(monorepo: Monorepo, packageRoot: string): string[] {
  const name = readPackageJson(packageRoot)?.name
  if (!name) return []
  return monorepo.workspaces.filter((dir) => {
    if (dir === resolve(packageRoot)) return false
    const json = readPackageJson(dir)
    return [json?.dependencies, json?.devDependencies, json?.peerDependencies].some((deps) => deps?.[name] !== undefined)
  })
}
