import { relative, resolve } from 'node:path'
import { consumerWorkspaces, findMonorepo } from './workspaces.js'

/** The code whose calls judge a spec change. */
export interface Consumers {
  /** False when there is nothing to scan (no monorepo, no --usage): then no change can be called unused. */
  known: boolean
  /** Absolute directories to scan and, for workspaces, to compile. */
  dirs: string[]
  /** Paths in reports are relative to it: the monorepo root, else the package. */
  base: string
  /** `dirs` relative to `base`, for the report. */
  labels: string[]
}

/**
 * `--usage <dir>…` when given (relative to the working directory), else the workspaces of the enclosing
 * monorepo whose package.json depends on the package.
 */
export function findConsumers(packageRoot: string, usage?: string[]): Consumers {
  const monorepo = findMonorepo(packageRoot)
  const base = monorepo?.root ?? resolve(packageRoot)
  const dirs = usage?.length ? usage.map((d) => resolve(d)) : monorepo ? consumerWorkspaces(monorepo, packageRoot) : []
  const known = !!usage?.length || !!monorepo
  return { known, dirs, base, labels: dirs.map((d) => relative(base, d).split('\\').join('/') || '.') }
}
