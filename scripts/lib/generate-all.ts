import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { GENERATOR, generateSource, readGenerated } from './codegen.js'
import { snapshotFiles, writeFileAtomic } from './files.js'
import { checkTemplatesFile, TEMPLATES_FILE } from './loops-templates-check-file.js'
import { summarizeLineDiff } from './line-diff.js'
import { parseSpec, type SpecDocument, sha256, SpecError } from './spec-document.js'
import { readSources, type SpecSources, sourcesPath, writeSources } from './spec-sources.js'

export interface GenerateOptions {
  /** Compare instead of writing. */
  check?: boolean
  /**
   * With `check`: always regenerate in memory and compare bytes. The fast path trusts the hashes a
   * generated file states about itself, which a hand edit can recompute; CI must not trust them.
   */
  strict?: boolean
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

/** CI services set `CI` (GitHub, GitLab, CircleCI… use `true`, some `1`); `false`/`0` mean not CI. */
export const isCi = (env: Record<string, string | undefined>): boolean => !!env.CI && !/^(false|0)$/i.test(env.CI)

export const generatedPath = (root: string, name: string) => join(root, 'generated', `${name}.ts`)

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch {
    return undefined
  }
}

async function readSpecFile(root: string, file: string): Promise<{ text: string; sha256: string; path: string }> {
  const path = `specs/${file}`
  let text: string
  try {
    text = await readFile(join(root, 'specs', file), 'utf8')
  } catch {
    throw new SpecError(`${path}: the file listed in specs/sources.json does not exist`)
  }
  // update-specs and new-integration store JSON only; the testing kit reads these files with JSON.parse.
  if (!text.trimStart().startsWith('{')) {
    throw new SpecError(`${path}: not JSON (YAML copied in by hand?); specs/ holds JSON only: convert it, then run generate`)
  }
  return { text, sha256: sha256(text), path }
}

/** Generates (or checks) `generated/<name>.ts` for every spec in `specs/sources.json`. */
export async function generateAll(root: string, options: GenerateOptions = {}): Promise<SpecResult[]> {
  const sources = await readSources(root)
  const names = options.only?.length ? options.only : Object.keys(sources)
  for (const name of names)
    if (!sources[name]) throw new SpecError(`no spec named "${name}" in specs/sources.json (known: ${Object.keys(sources).join(', ')})`)
  const files = await Promise.all(names.map((name) => readSpecFile(root, sources[name]!.file)))
  const results: SpecResult[] = []

  if (options.check) {
    for (const [i, name] of names.entries()) {
      results.push(await checkOne(name, files[i]!, sources[name]!.sha256, generatedPath(root, name), options.strict ?? false))
    }
    if (!options.only?.length) results.push(...(await findOrphans(root, sources)), await checkTemplatesFile(root))
    return results
  }

  // Parse and generate every spec first: a broken one stops the run before anything is written.
  const specs = files.map((f) => parseSpec(f.text, f.path))
  // One at a time: the work is synchronous anyway, and codegen attributes openapi-typescript's lines to one spec.
  const outputs: string[] = []
  for (const [i, spec] of specs.entries()) outputs.push(await generateSource(spec, files[i]!.path))
  const snapshot = await snapshotFiles([...names.map((name) => generatedPath(root, name)), sourcesPath(root)])
  try {
    return await writeAll(root, names, sources, specs, outputs, files)
  } catch (err) {
    await snapshot.restore()
    throw err
  }
}

async function writeAll(
  root: string,
  names: string[],
  sources: SpecSources,
  specs: SpecDocument[],
  outputs: string[],
  files: { path: string }[],
): Promise<SpecResult[]> {
  const results: SpecResult[] = []
  let recordsChanged = false
  for (const [i, name] of names.entries()) {
    const record = sources[name]!
    const spec = specs[i]!
    // Same bytes → the file is left alone: a new mtime would make dist/ look stale to every consumer's build guard.
    const unchanged = await readFile(generatedPath(root, name), 'utf8').then(
      (text) => text === outputs[i],
      () => false,
    )
    if (!unchanged) await writeFileAtomic(generatedPath(root, name), outputs[i]!)
    const note =
      record.sha256 === spec.sha256
        ? undefined
        : `record updated: ${files[i]!.path} has sha256 ${spec.sha256.slice(0, 12)}…, ` +
          `specs/sources.json recorded ${record.sha256.slice(0, 12)}…`
    if (note) {
      record.sha256 = spec.sha256
      recordsChanged = true
    }
    results.push({ name, status: unchanged ? 'fresh' : 'written', ...(note ? { detail: note } : {}) })
  }
  if (recordsChanged) await writeSources(root, sources)
  return results
}

/**
 * Fast path (not strict): when the header's hashes say this file was generated, untouched, from these
 * exact spec bytes by this generator, it is fresh without parsing or generating anything. Strict: the
 * bytes must equal a fresh generation, whatever the header claims.
 */
async function checkOne(
  name: string,
  file: { text: string; sha256: string; path: string },
  recorded: string,
  target: string,
  strict: boolean,
): Promise<SpecResult> {
  const current = await readOptional(target)
  if (current === undefined) return { name, status: 'missing', detail: `generated/${name}.ts does not exist` }
  const recordNote =
    recorded === file.sha256
      ? undefined
      : `${file.path} has sha256 ${file.sha256.slice(0, 12)}…, specs/sources.json records ${recorded.slice(0, 12)}…`
  const { header, body } = readGenerated(current)
  const untouched = header !== undefined && header.outputSha256 === sha256(body)
  if (!strict && untouched && header.specSha256 === file.sha256 && header.generator === GENERATOR && !recordNote) {
    return { name, status: 'fresh', fast: true }
  }
  const expected = await generateSource(parseSpec(file.text, file.path), file.path)
  if (expected === current && !recordNote) return { name, status: 'fresh' }
  const reasons = [
    ...(recordNote ? [recordNote] : []),
    ...(header === undefined ? ['its header is missing or was edited'] : []),
    ...(header && !untouched ? ['it was edited by hand (its body no longer matches the hash in its header)'] : []),
    ...(header && header.specSha256 !== file.sha256 ? [`it was generated from another version of ${file.path}`] : []),
    ...(header && header.generator !== GENERATOR ? [`it was made by ${header.generator}, this is ${GENERATOR}`] : []),
    ...(untouched && expected !== current && header.specSha256 === file.sha256 && header.generator === GENERATOR
      ? ['its header hashes match its body, but the body is not what the generator writes (an edit with a recomputed header?)']
      : []),
    ...(current.includes('\r\n') && !expected.includes('\r\n')
      ? ['its line endings are CRLF (a checkout converted them; .gitattributes marks generated/ -text: check it out again)']
      : []),
    ...(expected !== current ? [summarizeLineDiff(expected, current)] : []),
  ]
  return { name, status: 'stale', detail: reasons.join('; ') }
}

async function findOrphans(root: string, sources: SpecSources): Promise<SpecResult[]> {
  const files = await readdir(join(root, 'generated')).catch(() => [] as string[])
  return files
    .filter((f) => f.endsWith('.ts') && !sources[f.slice(0, -3)] && `generated/${f}` !== TEMPLATES_FILE)
    .map((f) => ({
      name: f.slice(0, -3),
      status: 'stale' as const,
      detail: `generated/${f} has no spec in specs/sources.json (remove it or add the spec)`,
    }))
}
