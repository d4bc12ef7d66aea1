import { resolvePointer, type OpenApiDocument } from './spec-document.js'

/**
 * Webhook events a vendor sends us (OpenAPI 3.1 top-level `webhooks`). api-smart-diff does not look
 * there, and the direction is the reverse of an operation's: we receive the payload, so a field the
 * vendor stops sending breaks our handler, while a new field does not.
 */
export interface WebhookChanges {
  added: string[]
  removed: string[]
  changed: { event: string; breaking: string[]; nonBreaking: string[] }[]
  breakingCount: number
}

type Node = Record<string, unknown>
const MAX_DEPTH = 8

function deref(doc: OpenApiDocument, node: unknown): Node {
  let current = node
  for (let hops = 0; hops < 20 && current && typeof current === 'object' && '$ref' in current; hops++) {
    current = resolvePointer(doc, String((current as { $ref: unknown }).$ref))
  }
  return current && typeof current === 'object' ? (current as Node) : {}
}

function payloadSchema(doc: OpenApiDocument, item: unknown): Node {
  const op = deref(doc, deref(doc, item).post)
  const content = deref(doc, deref(doc, op.requestBody).content)
  const json = Object.entries(content).find(([type]) => type.includes('json'))?.[1]
  return deref(doc, deref(doc, json).schema)
}

function typeLabel(schema: Node): string {
  if ('const' in schema) return JSON.stringify(schema.const)
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ')
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : typeof schema.type === 'string' ? schema.type : 'any'
  return schema.nullable === true ? `${type} | null` : type
}

/** Every field of a payload by dotted path (`email.subject`, `items[].id`) → its type, through $ref, allOf, oneOf, anyOf. */
function fields(doc: OpenApiDocument, node: unknown, prefix = '', out = new Map<string, string>(), depth = 0): Map<string, string> {
  if (depth > MAX_DEPTH) return out
  const schema = deref(doc, node)
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    if (Array.isArray(schema[key])) for (const part of schema[key]) fields(doc, part, prefix, out, depth + 1)
  }
  const properties = deref(doc, schema.properties)
  for (const [name, value] of Object.entries(properties)) {
    const path = prefix ? `${prefix}.${name}` : name
    // Under allOf a field can be declared twice (base, then a refinement such as a const): the later one wins.
    const label = typeLabel(deref(doc, value))
    if (!out.has(path) || label !== 'any') out.set(path, label)
    fields(doc, value, path, out, depth + 1)
  }
  if (schema.items) fields(doc, schema.items, `${prefix}[]`, out, depth + 1)
  return out
}

/** The event's wire name (`email.softBounced`): the payload's `eventName` constant, else its key in `webhooks`. */
function eventName(key: string, payload: Map<string, string>): string {
  const constant = payload.get('eventName')
  return constant?.startsWith('"') && !constant.includes('|') ? (JSON.parse(constant) as string) : key
}

function events(doc: OpenApiDocument): Map<string, Map<string, string>> {
  const webhooks = doc.webhooks && typeof doc.webhooks === 'object' ? (doc.webhooks as Record<string, unknown>) : {}
  const out = new Map<string, Map<string, string>>()
  for (const [key, item] of Object.entries(webhooks)) {
    const payload = fields(doc, payloadSchema(doc, item))
    out.set(eventName(key, payload), payload)
  }
  return out
}

export function compareWebhooks(before: OpenApiDocument, after: OpenApiDocument): WebhookChanges {
  const a = events(before)
  const b = events(after)
  const changes: WebhookChanges = {
    added: [...b.keys()].filter((e) => !a.has(e)),
    removed: [...a.keys()].filter((e) => !b.has(e)),
    changed: [],
    breakingCount: 0,
  }
  for (const [event, oldFields] of a) {
    const newFields = b.get(event)
    if (!newFields) continue
    const breaking: string[] = []
    const nonBreaking: string[] = []
    for (const [path, type] of oldFields) {
      const now = newFields.get(path)
      if (now === undefined) breaking.push(`field \`${path}\` removed (handlers reading it get undefined)`)
      else if (now !== type) breaking.push(`field \`${path}\` type ${type} → ${now}`)
    }
    for (const path of newFields.keys()) if (!oldFields.has(path)) nonBreaking.push(`field \`${path}\` added`)
    if (breaking.length || nonBreaking.length) changes.changed.push({ event, breaking, nonBreaking })
  }
  changes.breakingCount = changes.removed.length + changes.changed.reduce((n, c) => n + c.breaking.length, 0)
  return changes
}

export function formatWebhooks(changes: WebhookChanges): string[] {
  const lines: string[] = []
  if (changes.added.length + changes.removed.length + changes.changed.length === 0) return lines
  lines.push(`  webhooks: +${changes.added.length} added, -${changes.removed.length} removed, ~${changes.changed.length} changed`)
  for (const event of changes.added) lines.push(`  + webhook event added: ${event}`)
  for (const event of changes.removed) lines.push(`  - BREAKING webhook event removed: ${event} (its handlers are no longer called)`)
  for (const c of changes.changed) {
    lines.push(`  ~ webhook event changed: ${c.event}`)
    for (const b of c.breaking) lines.push(`      BREAKING ${b}`)
    for (const n of c.nonBreaking) lines.push(`      ${n}`)
  }
  return lines
}
