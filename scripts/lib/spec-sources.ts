import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from './files.js'
import { SpecError } from './spec-document.js'

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

/** Reads and checks `specs/sources.json`; anything unusable is a SpecError saying what and where. */
export async function readSources(root: string): Promise<SpecSources> {
  let text: string
  try {
    text = await readFile(sourcesPath(root), 'utf8')
  } catch (err) {
    throw new SpecError(`specs/sources.json: cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (err) {
    throw new SpecError(`specs/sources.json: not valid JSON (${(err as Error).message}); fix it or \`git checkout specs/sources.json\``)
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new SpecError('specs/sources.json: must be an object of records keyed by spec name, e.g. { "loops": { "file": … } }')
  }
  for (const [name, record] of Object.entries(parsed)) {
    const missing = (['file', 'url', 'sha256'] as const).filter((k) => typeof (record as Record<string, unknown> | null)?.[k] !== 'string')
    if (missing.length > 0) throw new SpecError(`specs/sources.json: the "${name}" record lacks ${missing.join(', ')} (strings)`)
    if (!/^[\w.-]+$/.test((record as SpecSource).file) || (record as SpecSource).file.startsWith('.')) {
      throw new SpecError(`specs/sources.json: the "${name}" record's file must be a plain file name inside specs/`)
    }
  }
  return parsed as SpecSources
}

export async function writeSources(root: string, sources: SpecSources): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(sources).sort(([a], [b]) => a.localeCompare(b)))
  await writeFileAtomic(sourcesPath(root), `${JSON.stringify(sorted, null, 2)}\n`)
}
