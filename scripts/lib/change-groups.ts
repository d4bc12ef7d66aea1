import type { OperationEntry } from './operations.js'
import { rebasePaths } from './server-diff.js'
import type { ChangeReport } from './spec-diff.js'
import type { OperationUse } from './usage/index.js'
import { compareVersions } from './spec-version.js'

/** Where code calls an operation: `apps/web/src/lists.ts:14` and how (`raw.GET('/v1/lists')`). */
export interface CallSite {
  file: string
  line: number
  via: string
}

/** One operation (or webhook event) and what changed about it. */
export interface GroupedChange {
  /** `POST /v1/transactional (sendTransactionalEmail)`, or `webhook event email.hardBounced`. */
  subject: string
  changes: string[]
  /** Only in "breaks code that calls it": every call that reaches it. */
  callSites: CallSite[]
}

/**
 * A vendor's change report read against the code that calls the package: what breaks that code, what
 * is breaking but called by nothing here, what is additive. Server (and auth) changes always count.
 */
export interface ChangeGroups {
  vendor: string
  from: ChangeReport['from']
  to: ChangeReport['to']
  /** Server URL moves and auth scheme changes: every call goes through them, so they always count. */
  always: string[]
  breaksCallers: GroupedChange[]
  breakingUnused: GroupedChange[]
  additive: GroupedChange[]
  /** False when no consumer code was scanned: then every breaking change is treated as breaking callers. */
  usageKnown: boolean
  /** `info.version` is older than the stored spec's: usually a stale mirror or the wrong `--from` file. */
  versionWentDown: boolean
}

const opLabel = (op: Pick<OperationEntry, 'method' | 'path' | 'name'>) => `${op.method.toUpperCase()} ${op.path} (${op.name})`
const shape = (path: string) =>
  path
    .split('/')
    .map((seg) => (seg.startsWith('{') ? '{}' : seg))
    .join('/')
const opKey = (method: string, path: string) => `${method.toUpperCase()} ${shape(path)}`

/** Call sites by operation key (old spec's operations, keyed where they live in the new spec) and for webhooks. */
function indexUses(vendor: string, uses: OperationUse[], report: ChangeReport) {
  const move = report.servers.basePathMove
  const byOperation = new Map<string, CallSite[]>()
  const webhooks: CallSite[] = []
  for (const use of uses) {
    if (use.target.vendor !== vendor) continue
    const site = { file: use.file, line: use.line, via: use.via }
    if (use.target.kind === 'webhooks') webhooks.push(site)
    else {
      const { method, path } = use.target.operation
      const key = opKey(method, move ? rebasePaths.path(path, move) : path)
      byOperation.set(key, [...(byOperation.get(key) ?? []), site])
    }
  }
  return { byOperation, webhooks }
}

/**
 * Sorts a report's changes by whether the scanned code calls them. `uses` undefined means nothing was
 * scanned (no consumers): every breaking change then counts as breaking callers, as with `--strict`.
 */
export function groupChanges(vendor: string, report: ChangeReport, uses: OperationUse[] | undefined): ChangeGroups {
  const { byOperation, webhooks } = indexUses(vendor, uses ?? [], report)
  const move = report.servers.basePathMove
  const groups: ChangeGroups = {
    vendor,
    from: report.from,
    to: report.to,
    always: [...report.servers.lines, ...report.document.filter((d) => d.startsWith('BREAKING')).map((d) => d.slice('BREAKING '.length))],
    breaksCallers: [],
    breakingUnused: [],
    additive: [],
    usageKnown: uses !== undefined,
    versionWentDown: compareVersions(report.from.version, report.to.version) < 0,
  }
  if (report.servers.renamedByMove.length) {
    groups.always.push(`client methods named from their path take the new prefix: ${report.servers.renamedByMove.join(', ')}`)
  }
  const place = (subject: string, changes: string[], sites: CallSite[]) => {
    if (sites.length || !groups.usageKnown) groups.breaksCallers.push({ subject, changes, callSites: sites })
    else groups.breakingUnused.push({ subject, changes, callSites: [] })
  }
  for (const op of report.removed)
    place(opLabel(op), ['removed'], byOperation.get(opKey(op.method, move ? rebasePaths.path(op.path, move) : op.path)) ?? [])
  for (const c of report.changed) {
    if (c.breaking.length) place(opLabel(c.operation), c.breaking, byOperation.get(opKey(c.operation.method, c.operation.path)) ?? [])
    if (c.nonBreaking.length) groups.additive.push({ subject: opLabel(c.operation), changes: c.nonBreaking, callSites: [] })
  }
  for (const op of report.added) groups.additive.push({ subject: opLabel(op), changes: ['added'], callSites: [] })
  const hooks = report.webhooks
  for (const event of hooks.removed) place(`webhook event ${event}`, ['removed (its handlers are no longer called)'], webhooks)
  for (const c of hooks.changed) {
    if (c.breaking.length) place(`webhook event ${c.event}`, c.breaking, webhooks)
    if (c.nonBreaking.length) groups.additive.push({ subject: `webhook event ${c.event}`, changes: c.nonBreaking, callSites: [] })
  }
  for (const event of hooks.added) groups.additive.push({ subject: `webhook event ${event}`, changes: ['added'], callSites: [] })
  for (const d of report.document.filter((d) => !d.startsWith('BREAKING') && !d.startsWith('diff tool note')))
    groups.additive.push({ subject: 'document', changes: [d], callSites: [] })
  return groups
}

/** Whether code here breaks: a server/auth change, or a breaking change to something it calls. */
export const breaksCallers = (g: ChangeGroups) => g.always.length > 0 || g.breaksCallers.length > 0
export const hasAdditive = (g: ChangeGroups) => g.additive.length > 0
