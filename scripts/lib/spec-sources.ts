import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from './files.js'

/** One record per vendor spec in `specs/sources.json`: what the codegen and the update command read. */
export interface SpecSource {
  vendor: string
  /** File name inside `specs/`. */
  file: string
  /** Public URL the vendor publishes the spec at (what `update-specs` downloads). */
  url: string
  /** `info.version` of the stored spec: informative only, vendors change content without bumping it. */
  version?: string
  sha256: string
  /** Day the stored copy was fetched (YYYY-MM-DD). */
  fetchedAt: string
}

export type SpecSources = Record<string, SpecSource>

export const sourcesPath = (root: string) => join(root, 'specs', 'sources.json')

export async function readSources(root: string): Promise<SpecSources> {
  return JSON.parse(await readFile(sourcesPath(root), 'utf8')) as SpecSources
}

export async function writeSources(root: string, sources: SpecSources): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(sources).sort(([a], [b]) => a.localeCompare(b)))
  await writeFileAtomic(sourcesPath(root), `${JSON.stringify(sorted, null, 2)}\n`)
}
