import { type ChangeGroups, breaksCallers, type GroupedChange, hasAdditive } from './change-groups.js'
import type { ConsumerError } from './consumer-typecheck.js'

/** Everything one `update-specs` run found, as the pull-request body and `--json` show it. */
export interface UpdateSummary {
  vendors: ChangeGroups[]
  /** Consumer directories scanned for calls, relative to the monorepo root (empty: none found). */
  consumers: string[]
  /** New errors in the consumers after applying; undefined when they were not compiled (dry run, nothing applied). */
  consumerErrors?: ConsumerError[]
  /** `major` if code that calls it breaks, `minor` if only additive, `patch` otherwise. */
  bump: 'major' | 'minor' | 'patch'
}

export function suggestBump(vendors: ChangeGroups[], consumerErrors: ConsumerError[] = []): UpdateSummary['bump'] {
  if (consumerErrors.length > 0 || vendors.some(breaksCallers)) return 'major'
  return vendors.some(hasAdditive) ? 'minor' : 'patch'
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`
const sites = (g: ChangeGroups) => g.breaksCallers.reduce((n, c) => n + c.callSites.length, 0)
const version = (v: { version?: string; sha256: string }) => `${v.version ?? '?'} [${v.sha256.slice(0, 12)}]`

/** The line a reviewer reads first. */
export function summaryLine(summary: UpdateSummary): string {
  const count = (pick: (g: ChangeGroups) => number) => summary.vendors.reduce((n, g) => n + pick(g), 0)
  const breaking = count((g) => g.always.length + g.breaksCallers.length)
  const parts = [
    `${plural(breaking, 'change')} ${breaking === 1 ? 'breaks' : 'break'} code that calls it (${plural(count(sites), 'call site')})`,
    `${plural(
      count((g) => g.breakingUnused.length),
      'breaking change',
    )} nothing here calls`,
    `${count((g) => g.additive.length)} additive`,
  ]
  if (summary.consumerErrors) parts.push(`${plural(summary.consumerErrors.length, 'new compile error')} in the consumers`)
  return `${parts.join(', ')}. Suggested version bump: ${summary.bump}.`
}

function item(change: GroupedChange, withSites: boolean): string[] {
  const lines = [`- \`${change.subject}\`: ${change.changes.join('; ')}`]
  if (withSites) for (const s of change.callSites) lines.push(`  - \`${s.file}:${s.line}\` ${s.via}`)
  return lines
}

function section(title: string, changes: GroupedChange[], withSites: boolean): string[] {
  return [`### ${title}`, '', ...(changes.length ? changes.flatMap((c) => item(c, withSites)) : ['None.']), '']
}

function vendorMarkdown(g: ChangeGroups): string[] {
  const lines = [`## ${g.vendor}: ${version(g.from)} → ${version(g.to)}`, '']
  if (g.versionWentDown) {
    const down = `${g.from.version} → ${g.to.version}`
    lines.push(
      `**The version went DOWN (${down})**: an older copy of the spec (a stale mirror, the wrong source)? Check before merging.`,
      '',
    )
  }
  if (g.always.length) lines.push('### Server changes (always count)', '', ...g.always.map((s) => `- ${s}`), '')
  if (!g.usageKnown) lines.push('No consumer code was scanned, so every breaking change counts as breaking code that calls it.', '')
  lines.push(
    ...section('Breaks code that calls it', g.breaksCallers, true),
    ...section('Breaking, but nothing here calls it', g.breakingUnused, false),
    ...section('Additive', g.additive, false),
  )
  return lines
}

function consumersMarkdown(summary: UpdateSummary): string[] {
  const errors = summary.consumerErrors
  if (!errors) return ['## Consumers compile', '', 'Not compiled (dry run, or nothing was applied).', '']
  if (!errors.length) return ['## Consumers compile', '', 'Every consumer compiles against the regenerated client.', '']
  return ['## Consumers compile', '', ...errors.map((e) => `- \`${e.file}:${e.line}\` ${e.code}: ${e.message}`), '']
}

/** The pull-request body: summary line, per vendor the three groups, the consumers' compile, the bump. */
export function formatMarkdown(summary: UpdateSummary): string {
  const scanned = summary.consumers.length ? summary.consumers.map((c) => `\`${c}\``).join(', ') : 'none found'
  return [
    '# Spec update',
    '',
    `**${summaryLine(summary)}**`,
    '',
    `Code scanned for calls: ${scanned}.`,
    '',
    ...summary.vendors.flatMap(vendorMarkdown),
    ...consumersMarkdown(summary),
  ].join('\n')
}

/** The console's version: each vendor's groups, call sites included, before the full change list. */
export function formatGroupsText(g: ChangeGroups): string {
  const lines = [`${g.vendor}: what the update means for code that calls it`]
  for (const s of g.always) lines.push(`  !! BREAKING ${s}`)
  const list = (title: string, changes: GroupedChange[], withSites: boolean) => {
    lines.push(`  ${title}: ${changes.length}`)
    for (const c of changes) {
      lines.push(`    ${c.subject}: ${c.changes.join('; ')}`)
      if (withSites) for (const s of c.callSites) lines.push(`      ${s.file}:${s.line} ${s.via}`)
    }
  }
  list('breaks code that calls it', g.breaksCallers, true)
  list('breaking, but nothing here calls it', g.breakingUnused, false)
  lines.push(`  additive: ${g.additive.length}`)
  return lines.join('\n')
}
