import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { GENERATOR, generateSource, readGenerated } from './codegen.js'
import { writeFileAtomic } from './files.js'
import { summarizeLineDiff } from './line-diff.js'
import { parseSpec, sha256, SpecError, type SpecDocument } from './spec-document.js'
import { readSources, writeSources, type SpecSources } from './spec-sources.js'

export interface GenerateOptions {
  /** Compare instead of writing. */
  check?: boolean
  /** Limit to these spec names (keys of specs/sources.json). */
  only?: string[]
}

export interface SpecResult {
  name: string
  status: 'written' | 'fresh' | 'stale' | 'missing'
  /** Why it is stale, or what was noticed. */
  detail?: string
  /** The fast path (hashes) decided without regenerating. */
  fast?: boolean
}

export const generatedPath = (root: string, name: string) => join(root, 'generated', `${name}.ts`)

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch {
    return undefined
  }
}

async function loadSpecFile(root: string, file: string): Promise<SpecDocument> {
  const path = join(root, 'specs', file)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw new SpecError(`specs/${file}: the file listed in specs/sources.json does not exist`)
  }
  return parseSpec(text, `specs/${file}`)
}

/** Generates (or checks) `generated/<name>.ts` for every spec in `specs/sources.json`. */
export async function generateAll(root: string, options: GenerateOptions = {}): Promise<SpecResult[]> {
  const sources = await readSources(root)
  const names = options.only?.length ? options.only : Object.keys(sources)
  for (const name of names) if (!sources[name]) throw new SpecError(`no spec named "${name}" in specs/sources.json (known: ${Object.keys(sources).join(', ')})`)

  // Parse every spec first: a broken one stops the run before anything is written.
  const specs = await Promise.all(names.map(async (name) => [name, await loadSpecFile(root, sources[name]!.file)] as const))
  const results: SpecResult[] = []
  let recordsChanged = false
  for (const [name, spec] of specs) {
    const record = sources[name]!
    const target = generatedPath(root, name)
    const specPath = `specs/${record.file}`
    const recordNote = record.sha256 === spec.sha256 ? undefined : `${specPath} has sha256 ${spec.sha256.slice(0, 12)}…, specs/sources.json records ${record.sha256.slice(0, 12)}…`
    if (options.check) {
      results.push(await checkOne(name, spec, specPath, target, recordNote))
      continue
    }
    await writeFileAtomic(target, await generateSource(spec, specPath))
    if (recordNote) {
      record.sha256 = spec.sha256
      recordsChanged = true
    }
    results.push({ name, status: 'written', ...(recordNote ? { detail: `record updated: ${recordNote}` } : {}) })
  }
  if (recordsChanged) await writeSources(root, sources)
  if (options.check && !options.only?.length) results.push(...(await findOrphans(root, sources)))
  return results
}

async function checkOne(name: string, spec: SpecDocument, specPath: string, target: string, recordNote?: string): Promise<SpecResult> {
  const current = await readOptional(target)
  if (current === undefined) return { name, status: 'missing', detail: `generated/${name}.ts does not exist` }
  const { header, body } = readGenerated(current)
  const untouched = header !== undefined && header.outputSha256 === sha256(body)
  if (untouched && header.specSha256 === spec.sha256 && header.generator === GENERATOR && !recordNote) {
    return { name, status: 'fresh', fast: true }
  }
  const expected = await generateSource(spec, specPath)
  if (expected === current && !recordNote) return { name, status: 'fresh' }
  const reasons = [
    ...(recordNote ? [recordNote] : []),
    ...(header === undefined ? ['its header is missing or was edited'] : []),
    ...(header && !untouched ? ['it was edited by hand (its body no longer matches the hash in its header)'] : []),
    ...(header && header.specSha256 !== spec.sha256 ? [`it was generated from another version of ${specPath}`] : []),
    ...(header && header.generator !== GENERATOR ? [`it was made by ${header.generator}, this is ${GENERATOR}`] : []),
    ...(expected !== current ? [summarizeLineDiff(expected, current)] : []),
  ]
  return { name, status: 'stale', detail: reasons.join('; ') }
}

async function findOrphans(root: string, sources: SpecSources): Promise<SpecResult[]> {
  const files = await readdir(join(root, 'generated')).catch(() => [] as string[])
  return files
    .filter((f) => f.endsWith('.ts') && !sources[f.slice(0, -3)])
    .map((f) => ({ name: f.slice(0, -3), status: 'stale' as const, detail: `generated/${f} has no spec in specs/sources.json (remove it or add the spec)` }))
}
