import { resolvePointer, type OpenApiDocument } from './spec-document.js'

/** One event of a spec's `webhooks` section, as a receiver needs it at run time (types alone vanish at run time). */
export interface WebhookEventEntry {
  /** The value of the payload's `eventName` (its `const`), e.g. `email.hardBounced`. */
  eventName: string
  /** The key under `webhooks` in the spec, and so in openapi-typescript's `webhooks` interface. */
  webhook: string
  /** Top-level payload fields the schema requires (through `allOf` and `$ref`), for a cheap shape check. */
  required: string[]
  /**
   * JSON types each required field may have, where its schema says (`type`, through `$ref`): a receiver
   * refuses `contactIdentity: null` before a handler reading `.email` throws on it.
   */
  types: Record<string, string[]>
}

type Schema = Record<string, unknown>

function deref(doc: OpenApiDocument, node: unknown): Schema {
  let current = node
  for (let hops = 0; hops < 20 && current && typeof current === 'object' && '$ref' in current; hops++) {
    current = resolvePointer(doc, (current as { $ref: string }).$ref)
  }
  return current && typeof current === 'object' ? (current as Schema) : {}
}

/** The schema and its `allOf` parts, flattened: the pieces whose `required` and `properties` add up. */
function parts(doc: OpenApiDocument, node: unknown, depth = 0): Schema[] {
  const schema = deref(doc, node)
  const all = Array.isArray(schema.allOf) && depth < 10 ? schema.allOf.flatMap((s) => parts(doc, s, depth + 1)) : []
  return [schema, ...all]
}

function eventNameOf(doc: OpenApiDocument, pieces: Schema[]): string | undefined {
  for (const piece of pieces.toReversed()) {
    const property = deref(doc, (piece.properties as Schema | undefined)?.eventName)
    if (typeof property.const === 'string') return property.const
    if (Array.isArray(property.enum) && property.enum.length === 1 && typeof property.enum[0] === 'string') return property.enum[0]
  }
  return undefined
}

/** `[field, types]` from the last piece that declares the property with a `type`, or nothing when none does. */
function declaredTypes(doc: OpenApiDocument, pieces: Schema[], field: string): [string, string[]][] {
  for (const piece of pieces.toReversed()) {
    const properties = piece.properties as Schema | undefined
    if (!properties || !Object.hasOwn(properties, field)) continue
    const type = deref(doc, properties[field]).type
    if (typeof type === 'string') return [[field, [type]]]
    if (Array.isArray(type) && type.every((t) => typeof t === 'string')) return [[field, type as string[]]]
  }
  return []
}

/**
 * Every webhook of the spec whose JSON payload names its event with a constant `eventName`, in
 * document order. Webhooks without such a constant are left out: a receiver could not tell them apart.
 */
export function listWebhookEvents(doc: OpenApiDocument): WebhookEventEntry[] {
  const entries: WebhookEventEntry[] = []
  const webhooks = doc.webhooks && typeof doc.webhooks === 'object' ? (doc.webhooks as Record<string, unknown>) : {}
  for (const [webhook, rawItem] of Object.entries(webhooks)) {
    const post = deref(doc, deref(doc, rawItem).post)
    const content = deref(doc, deref(doc, post.requestBody).content)
    const pieces = parts(doc, deref(doc, content['application/json']).schema)
    const eventName = eventNameOf(doc, pieces)
    if (!eventName) continue
    const required = [...new Set(pieces.flatMap((p) => (Array.isArray(p.required) ? p.required.map(String) : [])))]
    const types = Object.fromEntries(required.flatMap((field) => declaredTypes(doc, pieces, field)))
    entries.push({ eventName, webhook, required, types })
  }
  return entries
}
