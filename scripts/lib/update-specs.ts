import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { type FileSnapshot, snapshotFiles, writeFileAtomic } from './files.js'
import { generateAll, generatedPath } from './generate-all.js'
import { renamedMethodNotes } from './operations.js'
import { type ChangeReport, diffSpecs, formatReport } from './spec-diff.js'
import { loadSpec, parseSpec, readSpecText, type SpecDocument, SpecError } from './spec-document.js'
import { readSources, sourcesPath, writeSources } from './spec-sources.js'

/** Exit codes of `npm run update-specs`, for CI and scheduled jobs. */
export const EXIT = {
  /** Nothing changed, or only changes that break no caller. */
  ok: 0,
  /** The command failed (download, parse, unknown vendor, a write or the typecheck could not run): nothing is changed. */
  error: 1,
  /** At least one BREAKING change (applied unless --dry-run). */
  breaking: 2,
  /** Applied, but `tsc --noEmit` fails: wrapper code no longer fits the new spec. */
  typecheckFailed: 3,
} as const

export interface UpdateOptions {
  vendors?: string[]
  /** A file or URL to take the new spec from instead of the recorded URL. */
  from?: string
  dryRun?: boolean
  /** Runs the typecheck after applying; injectable so tests can observe it. */
  typecheck?: (root: string) => Promise<{ ok: boolean; output: string }>
  log?: (line: string) => void
  today?: string
}

export async function updateSpecs(
  root: string,
  options: UpdateOptions = {},
): Promise<{ code: number; reports: Record<string, ChangeReport> }> {
  const log = options.log ?? console.log
  const sources = await readSources(root)
  const vendors = options.vendors?.length ? options.vendors : Object.keys(sources)
  for (const v of vendors)
    if (!sources[v]) throw new SpecError(`no spec named "${v}" in specs/sources.json (known: ${Object.keys(sources).join(', ')})`)
  if (options.from && vendors.length !== 1)
    throw new SpecError('--from needs exactly one vendor name, e.g. `npm run update-specs -- loops --from ./new.json`')

  // Every spec is downloaded, parsed and compared before the first write: one bad source stops the run
  // with the repository untouched.
  const reports: Record<string, ChangeReport> = {}
  const pending: { name: string; next: SpecDocument }[] = []
  for (const name of vendors) {
    const record = sources[name]!
    const current = parseSpec(await readSpecText(join(root, 'specs', record.file)), `specs/${record.file}`)
    const next = await loadSpec(options.from ?? record.url)
    if (next.sha256 === current.sha256) {
      log(`${name}: unchanged (sha256 ${current.sha256.slice(0, 12)}…)`)
      continue
    }
    const report = diffSpecs(current, next)
    reports[name] = report
    log(formatReport(name, report))
    for (const note of renamedMethodNotes(current.doc, next.doc)) log(note)
    pending.push({ name, next })
  }
  const breaking = Object.values(reports).some((r) => r.breakingCount > 0)
  if (options.dryRun) {
    if (pending.length) log('\n--dry-run: nothing was written.')
    return { code: breaking ? EXIT.breaking : EXIT.ok, reports }
  }
  if (pending.length === 0) return { code: EXIT.ok, reports }

  const names = pending.map((p) => p.name)
  const written = [
    ...names.map((name) => join(root, 'specs', sources[name]!.file)),
    sourcesPath(root),
    ...names.map((name) => generatedPath(root, name)),
  ]
  const snapshot = await snapshotFiles(written)
  const typecheck = await allOrNothing(snapshot, async () => {
    for (const { name, next } of pending) {
      await writeFileAtomic(join(root, 'specs', sources[name]!.file), next.text)
      Object.assign(sources[name]!, {
        sha256: next.sha256,
        ...(next.doc.info?.version ? { version: next.doc.info.version } : {}),
        fetchedAt: options.today ?? new Date().toISOString().slice(0, 10),
      })
    }
    await writeSources(root, sources)
    await generateAll(root, { only: names })
    // A typecheck that cannot run is a failure of the update; one that runs and finds errors is exit 3.
    return (options.typecheck ?? runTypecheck)(root)
  })
  for (const name of names) {
    log(`${name}: wrote specs/${sources[name]!.file}, updated specs/sources.json, regenerated generated/${name}.ts`)
  }
  if (!typecheck.ok) {
    log(`\ntsc --noEmit fails after the update: wrapper code no longer matches the new spec.\n${typecheck.output.trim()}`)
    return { code: EXIT.typecheckFailed, reports }
  }
  log('tsc --noEmit passes with the new spec.')
  return { code: breaking ? EXIT.breaking : EXIT.ok, reports }
}

/** The update failed and some files could not be put back: the one case where the repository is left changed. */
export class PartialUpdateError extends SpecError {
  override name = 'PartialUpdateError'
}

/** Runs `apply`; if it fails, every snapshotted file is put back and the error says so in one line. */
async function allOrNothing<T>(snapshot: FileSnapshot, apply: () => Promise<T>): Promise<T> {
  try {
    return await apply()
  } catch (err) {
    const reason = (err as Error).message?.split('\n')[0] ?? String(err)
    try {
      await snapshot.restore()
    } catch (restoreErr) {
      throw new PartialUpdateError(`applying the update failed (${reason}) and ${(restoreErr as Error).message}: \`git checkout\` them`)
    }
    throw new SpecError(`applying the update failed (${reason}); the spec, specs/sources.json and generated/ were restored`)
  }
}

function runTypecheck(root: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', join(root, 'tsconfig.json')],
      { cwd: root },
    )
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ ok: code === 0, output }))
  })
}
