import { apiDiff } from 'api-smart-diff'
import { deriveOperationName, HTTP_METHODS, listOperations, type OperationEntry } from './operations.js'
import { compareServers, describeMove, rebasePaths, type ServerChange } from './server-diff.js'
import type { OpenApiDocument, SpecDocument } from './spec-document.js'
import { versionDownLine } from './spec-version.js'
import { compareWebhooks, formatWebhooks, type WebhookChanges } from './webhook-diff.js'

/**
 * What changed between two versions of a vendor spec, by operation.
 * Schema-level classification (field removed, made required, type narrowed, enum value removed…)
 * comes from api-smart-diff; on top of it this adds what only breaks *typed* callers of this
 * package: a renamed client method and a renamed path parameter (same URL, other property name).
 */
export interface ChangeReport {
  from: { version?: string; sha256: string }
  to: { version?: string; sha256: string }
  added: OperationEntry[]
  removed: OperationEntry[]
  changed: OperationChange[]
  /**
   * Server URL changes, each BREAKING: the first server is the default base URL, so a new host there
   * is where the API key goes next. A moved base path pairs operations by full URL (see `basePathMove`).
   */
  servers: ServerChange
  /** Webhook events (the spec's top-level `webhooks`) added, removed or with another payload. */
  webhooks: WebhookChanges
  /** Other changes outside any operation (security schemes), and notes from the diff tool. */
  document: string[]
  breakingCount: number
}

export interface OperationChange {
  operation: OperationEntry
  breaking: string[]
  /** Non-breaking changes (additions, new optional fields); annotations are not counted. */
  nonBreaking: string[]
}

const shape = (path: string) => path.replace(/\{[^}]+\}/g, '{}')
const key = (method: string, path: string) => `${method.toUpperCase()} ${shape(path)}`
const isMethod = (s: unknown): s is string => typeof s === 'string' && (HTTP_METHODS as readonly string[]).includes(s)

export function diffSpecs(before: SpecDocument, after: SpecDocument): ChangeReport {
  const servers = compareServers(before.doc, after.doc)
  const move = servers.basePathMove
  // With a moved base path, an old operation is keyed by where it now lives (same full URL), so the move
  // reads as "same operations" and their schemas are still compared; names stay the old spec's own.
  const rebase = (path: string) => (move ? rebasePaths.path(path, move) : path)
  const oldOps = new Map(listOperations(before.doc).map((op) => [key(op.method, rebase(op.path)), op]))
  const newOps = new Map(listOperations(after.doc).map((op) => [key(op.method, op.path), op]))
  if (move) servers.lines.unshift(describeMove(move, [...oldOps.keys()].filter((k) => newOps.has(k)).length))
  const comparable: OpenApiDocument = move ? rebasePaths.document(before.doc, move, after.doc.servers) : before.doc
  const report: ChangeReport = {
    from: { version: before.doc.info?.version, sha256: before.sha256 },
    to: { version: after.doc.info?.version, sha256: after.sha256 },
    added: [...newOps].filter(([k]) => !oldOps.has(k)).map(([, op]) => op),
    removed: [...oldOps].filter(([k]) => !newOps.has(k)).map(([, op]) => op),
    changed: [],
    servers,
    webhooks: compareWebhooks(before.doc, after.doc),
    document: [],
    breakingCount: 0,
  }
  const changes = new Map<string, OperationChange>()
  const changeFor = (k: string) => {
    let c = changes.get(k)
    if (!c) changes.set(k, (c = { operation: newOps.get(k) ?? oldOps.get(k)!, breaking: [], nonBreaking: [] }))
    return c
  }

  for (const [k, oldOp] of oldOps) {
    const newOp = newOps.get(k)
    if (!newOp) continue
    if (oldOp.name !== newOp.name) {
      // Names derived from the path follow a moved prefix: one summary line for all of them, not one per operation.
      const followsMove =
        move && !oldOp.operationId && !newOp.operationId && newOp.name === deriveOperationName(newOp.method, rebase(oldOp.path))
      if (followsMove) servers.renamedByMove.push(`${oldOp.name}() → ${newOp.name}()`)
      else changeFor(k).breaking.push(`client method renamed: ${oldOp.name}() → ${newOp.name}()`)
    }
    oldOp.pathParams.forEach((name, i) => {
      const renamed = newOp.pathParams[i]
      if (renamed !== undefined && renamed !== name) {
        changeFor(k).breaking.push(
          `path parameter renamed: {${name}} → {${renamed}} (same URL, but typed callers pass params.path.${name})`,
        )
      }
    })
  }

  for (const d of quietly(() => apiDiff(structuredClone(comparable), structuredClone(after.doc)), report.document)) {
    // Servers are compared by compareServers: api-smart-diff calls a new host an "annotation".
    if (d.type === 'annotation' || d.type === 'deprecated' || d.path[0] === 'servers') continue
    const [root, path, method] = d.path as (string | number)[]
    if (root !== 'paths') {
      if ((root === 'components' && d.path[1] === 'securitySchemes') || root === 'security') {
        report.document.push(`${d.type === 'breaking' ? 'BREAKING ' : ''}${d.description ?? `${d.action} ${d.path.join('.')}`}`)
      }
      continue
    }
    if (typeof path !== 'string' || d.path.length < 3) continue // whole paths added/removed: covered by the operation sets
    const methods = isMethod(method) ? [method] : d.path.length > 3 && d.path[2] === 'parameters' ? HTTP_METHODS : []
    for (const m of methods) {
      const k = key(m, path)
      if (d.path.length === 3 || !oldOps.has(k) || !newOps.has(k)) continue // operation added/removed: already listed
      const text = describe(d.action, d.path.slice(3), d.description)
      const list = d.type === 'breaking' ? changeFor(k).breaking : changeFor(k).nonBreaking
      if (!list.includes(text)) list.push(text)
    }
  }
  report.changed = [...changes.values()]
  report.breakingCount =
    report.servers.lines.length +
    report.servers.renamedByMove.length +
    report.removed.length +
    report.changed.reduce((n, c) => n + c.breaking.length, 0) +
    report.webhooks.breakingCount +
    report.document.filter((d) => d.startsWith('BREAKING')).length
  return report
}

/**
 * api-smart-diff's own wording, unless it fell back to "annotation (…)" (it does for some schema
 * nodes): then a description built from the path, e.g. `[Removed] enum value of status in Response 200`.
 */
function describe(action: string, rest: readonly (string | number)[], given?: string): string {
  if (given && !given.includes('annotation (')) return given
  const verb = `[${{ add: 'Added', remove: 'Removed', replace: 'Replaced', rename: 'Renamed' }[action] ?? action}]`
  let where = ''
  let i = 0
  if (rest[0] === 'responses') {
    where = `Response ${rest[1]}`
    i = 2
  } else if (rest[0] === 'requestBody') {
    where = 'Request Body'
    i = 1
  }
  if (rest[i] === 'content') i += 2
  if (rest[i] === 'schema') i++
  const field: string[] = []
  let what = 'schema'
  for (; i < rest.length; i++) {
    const seg = rest[i]
    if (seg === 'properties' && i + 1 < rest.length) {
      field.push(String(rest[++i]))
      what = i === rest.length - 1 ? 'property' : what
    } else if (seg === 'items') field.push('[]')
    else if (seg === 'enum') {
      what = 'possible value'
      i++
    } else if (seg === 'required') {
      what = 'required status'
      i++
    } else if (seg === 'additionalProperties') what = 'additional properties'
    else if (typeof seg === 'string' && i === rest.length - 1) what = seg
  }
  const name = field.join('.').replace(/\.\[\]/g, '[]')
  const subject = what === 'property' ? `property \`${name}\`` : `${what}${name ? ` of \`${name}\`` : ''}`
  return `${verb} ${subject}${where ? ` in ${where}` : ''}`
}

/** api-smart-diff reports its own rule failures on console.error; keep them as notes in the report instead. */
function quietly<T>(run: () => T, notes: string[]): T {
  const original = console.error
  console.error = (...args: unknown[]) => void notes.push(`diff tool note: ${args.map(String).join(' ').slice(0, 200)}`)
  try {
    return run()
  } finally {
    console.error = original
  }
}

const opLabel = (op: OperationEntry) => `${op.method.toUpperCase()} ${op.path} (${op.name})`

export function formatReport(name: string, report: ChangeReport): string {
  const v = (x: { version?: string; sha256: string }) => `${x.version ?? '?'} [${x.sha256.slice(0, 12)}]`
  const lines = [`${name}: ${v(report.from)} → ${v(report.to)}`]
  const down = versionDownLine(report.from.version, report.to.version)
  if (down) lines.push(down)
  // First, before any operation: where requests (and the API key) go.
  for (const s of report.servers.lines) lines.push(`  !! BREAKING ${s}`)
  const renamed = report.servers.renamedByMove
  if (renamed.length > 0) {
    lines.push(
      `  !! BREAKING ${renamed.length} client method(s) named from their path take the new prefix: ` +
        `${renamed.slice(0, 3).join(', ')}${renamed.length > 3 ? ', …' : ''}`,
    )
  }
  lines.push(
    `  operations: +${report.added.length} added, -${report.removed.length} removed, ~${report.changed.length} changed; ` +
      `${report.breakingCount} breaking change(s)`,
  )
  for (const op of report.added) lines.push(`  + added    ${opLabel(op)}`)
  for (const op of report.removed) lines.push(`  - BREAKING removed ${opLabel(op)}`)
  for (const c of report.changed) {
    lines.push(`  ~ changed  ${opLabel(c.operation)}${c.nonBreaking.length ? ` (${c.nonBreaking.length} non-breaking)` : ''}`)
    for (const b of c.breaking) lines.push(`      BREAKING ${b}`)
  }
  lines.push(...formatWebhooks(report.webhooks))
  for (const d of report.document) lines.push(`  document: ${d}`)
  return lines.join('\n')
}
