import { existsSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { breaksCallers, groupChanges } from './change-groups.js'
import { type ConsumerError, newErrors, rebuildDeclarations, resolveTsc, runTsc, typecheckWorkspace } from './consumer-typecheck.js'
import { type FileSnapshot, snapshotFiles, writeFileAtomic } from './files.js'
import { generateAll, generatedPath } from './generate-all.js'
import { listOperations, type OperationEntry, renamedMethodNotes } from './operations.js'
import { type ChangeReport, diffSpecs, formatReport } from './spec-diff.js'
import { loadSpec, parseSpec, readSpecText, type SpecDocument, SpecError } from './spec-document.js'
import { readSources, sourcesPath, writeSources } from './spec-sources.js'
import { formatGroupsText, formatMarkdown, suggestBump, type UpdateSummary } from './update-report.js'
import { type Consumers, findConsumers } from './usage/consumers.js'
import { findOperationUses, type OperationUse } from './usage/index.js'

/** Exit codes of `npm run update-specs`, for CI and scheduled jobs. */
export const EXIT = {
  /** Nothing changed, or nothing that code here calls breaks (breaking-but-uncalled changes are reported, not fatal). */
  ok: 0,
  /** The command failed (download, parse, unknown vendor, a write or the typecheck could not run): nothing is changed. */
  error: 1,
  /** A breaking change to something code here calls, or a server change (applied unless --dry-run); with --strict, any breaking change. */
  breaking: 2,
  /** Applied, but `tsc --noEmit` fails for the package or a consumer workspace: code no longer fits the new spec. Wins over 2. */
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
  /** Consumer directories to scan for calls instead of the monorepo's workspaces that depend on the package. */
  usage?: string[]
  /** Any breaking change exits 2, called or not (the behaviour before usage-aware reports). */
  strict?: boolean
  /** Write the pull-request body (markdown) here. */
  reportFile?: string
  /** Write the summary as JSON here. */
  jsonFile?: string
}

export interface UpdateResult {
  code: number
  reports: Record<string, ChangeReport>
  summary: UpdateSummary
}

export async function updateSpecs(root: string, options: UpdateOptions = {}): Promise<UpdateResult> {
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
  const pending: { name: string; next: SpecDocument; current: OperationEntry[]; notes: string[] }[] = []
  for (const name of vendors) {
    const record = sources[name]!
    const current = parseSpec(await readSpecText(join(root, 'specs', record.file)), `specs/${record.file}`)
    const next = await loadSpec(options.from ?? recordedSource(root, record.url))
    if (next.sha256 === current.sha256) {
      log(`${name}: unchanged (sha256 ${current.sha256.slice(0, 12)}…)`)
      continue
    }
    reports[name] = diffSpecs(current, next)
    pending.push({ name, next, current: listOperations(current.doc), notes: renamedMethodNotes(current.doc, next.doc) })
  }
  const consumers = findConsumers(root, options.usage)
  const uses = pending.length && consumers.known ? scanUses(root, consumers, pending) : undefined
  const groups = pending.map(({ name }) => groupChanges(name, reports[name]!, uses))
  groups.forEach((g, i) => {
    log(`${formatGroupsText(g)}\n${formatReport(g.vendor, reports[g.vendor]!)}`)
    for (const note of pending[i]!.notes) log(note)
  })
  const breaking = options.strict ? Object.values(reports).some((r) => r.breakingCount > 0) : groups.some(breaksCallers)
  let code: number = breaking ? EXIT.breaking : EXIT.ok
  let consumerErrors: ConsumerError[] | undefined
  if (options.dryRun) {
    if (pending.length) log('\n--dry-run: nothing was written.')
  } else if (pending.length) {
    const applied = await apply(root, sources, pending, consumers, options, log)
    consumerErrors = applied.consumerErrors
    if (!applied.ok) code = EXIT.typecheckFailed
  }
  const summary: UpdateSummary = {
    vendors: groups,
    consumers: consumers.labels,
    ...(consumerErrors ? { consumerErrors } : {}),
    bump: suggestBump(groups, consumerErrors),
  }
  await writeOutputs(summary, options)
  return { code, reports, summary }
}

/** A record's source: a URL, or a file path (relative to the package, so a scheduled job can point at a checked-in copy). */
const recordedSource = (root: string, url: string) => (url.includes('://') || isAbsolute(url) ? url : join(root, url))

function scanUses(root: string, consumers: Consumers, pending: { name: string; current: OperationEntry[] }[]): OperationUse[] {
  const operations = Object.fromEntries(pending.map((p) => [p.name, p.current]))
  return findOperationUses({ packageRoot: root, dirs: consumers.dirs, base: consumers.base, operations })
}

async function writeOutputs(summary: UpdateSummary, options: UpdateOptions): Promise<void> {
  if (options.reportFile) await writeFileAtomic(options.reportFile, formatMarkdown(summary))
  if (options.jsonFile) await writeFileAtomic(options.jsonFile, `${JSON.stringify(summary, null, 2)}\n`)
}

async function typecheckConsumers(root: string, dirs: string[], base: string): Promise<ConsumerError[]> {
  const errors: ConsumerError[] = []
  for (const dir of dirs) errors.push(...(await typecheckWorkspace(dir, base, root)))
  return errors
}

/**
 * Writes the specs, their records and generated/ (all or nothing), typechecks the package, then rebuilds
 * the declarations consumers read and compiles every consumer: errors they did not have before are new.
 */
async function apply(
  root: string,
  sources: Awaited<ReturnType<typeof readSources>>,
  pending: { name: string; next: SpecDocument }[],
  consumers: Consumers,
  options: UpdateOptions,
  log: (line: string) => void,
): Promise<{ ok: boolean; consumerErrors?: ConsumerError[] }> {
  const names = pending.map((p) => p.name)
  const written = [
    ...names.map((name) => join(root, 'specs', sources[name]!.file)),
    sourcesPath(root),
    ...names.map((name) => generatedPath(root, name)),
  ]
  // Only workspaces with a tsconfig.json are compiled (a --usage folder such as examples/ is scanned, not built).
  const compiled = consumers.dirs.filter((dir) => existsSync(join(dir, 'tsconfig.json')))
  const before = await typecheckConsumers(root, compiled, consumers.base)
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
  if (typecheck.ok) log('tsc --noEmit passes with the new spec.')
  else log(`\ntsc --noEmit fails after the update: wrapper code no longer matches the new spec.\n${typecheck.output.trim()}`)
  if (!compiled.length) return { ok: typecheck.ok }
  await rebuildDeclarations(root)
  const consumerErrors = newErrors(before, await typecheckConsumers(root, compiled, consumers.base))
  if (consumerErrors.length) {
    log(`\nconsumers no longer compile against the regenerated client (${consumerErrors.length} new error(s)):`)
    for (const e of consumerErrors) log(`  ${e.file}:${e.line} ${e.code}: ${e.message}`)
  } else log(`consumers compile against the regenerated client: ${consumers.labels.join(', ')}`)
  return { ok: typecheck.ok && consumerErrors.length === 0, consumerErrors }
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

/** The package's own `tsc --noEmit`, with TypeScript found the way Node finds it (hoisted to a monorepo's root). */
function runTypecheck(root: string): Promise<{ ok: boolean; output: string }> {
  return runTsc(resolveTsc(root), ['--noEmit', '-p', join(root, 'tsconfig.json')], root)
}
