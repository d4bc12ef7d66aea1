import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from './files.js'
import { generateAll } from './generate-all.js'
import { diffSpecs, formatReport, type ChangeReport } from './spec-diff.js'
import { loadSpec, parseSpec, SpecError } from './spec-document.js'
import { readSources, writeSources } from './spec-sources.js'

/** Exit codes of `npm run update-specs`, for CI and scheduled jobs. */
export const EXIT = {
  /** Nothing changed, or only changes that break no caller. */
  ok: 0,
  /** The command failed (download, parse, unknown vendor): nothing was written. */
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

  const reports: Record<string, ChangeReport> = {}
  const applied: string[] = []
  for (const name of vendors) {
    const record = sources[name]!
    const specFile = join(root, 'specs', record.file)
    const current = parseSpec(await readFile(specFile, 'utf8'), `specs/${record.file}`)
    const next = await loadSpec(options.from ?? record.url)
    if (next.sha256 === current.sha256) {
      log(`${name}: unchanged (sha256 ${current.sha256.slice(0, 12)}…)`)
      continue
    }
    const report = diffSpecs(current, next)
    reports[name] = report
    log(formatReport(name, report))
    if (options.dryRun) continue
    await writeFileAtomic(specFile, next.text)
    Object.assign(record, {
      sha256: next.sha256,
      ...(next.doc.info?.version ? { version: next.doc.info.version } : {}),
      fetchedAt: options.today ?? new Date().toISOString().slice(0, 10),
    })
    await writeSources(root, sources)
    await generateAll(root, { only: [name] })
    applied.push(name)
    log(`${name}: wrote specs/${record.file}, updated specs/sources.json, regenerated generated/${name}.ts`)
  }

  const breaking = Object.values(reports).some((r) => r.breakingCount > 0)
  if (applied.length > 0) {
    const result = await (options.typecheck ?? runTypecheck)(root)
    if (!result.ok) {
      log(`\ntsc --noEmit fails after the update: wrapper code no longer matches the new spec.\n${result.output.trim()}`)
      return { code: EXIT.typecheckFailed, reports }
    }
    log('tsc --noEmit passes with the new spec.')
  }
  if (options.dryRun && Object.keys(reports).length) log('\n--dry-run: nothing was written.')
  return { code: breaking ? EXIT.breaking : EXIT.ok, reports }
}

function runTypecheck(root: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', join(root, 'tsconfig.json')],
      { cwd: root },
    )
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('close', (code) => resolve({ ok: code === 0, output }))
  })
}
