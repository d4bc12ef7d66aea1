import { createShapeTable, type PayloadShape } from './payload-shapes.js'
import { resolvePointer, type OpenApiDocument } from './spec-document.js'

/** One event of a spec's `webhooks` section, as a receiver needs it at run time (types alone vanish at run time). */
export interface WebhookEventEntry {
  /** The value of the payload's `eventName` (its `const`), e.g. `email.hardBounced`. */
  eventName: string
  /** The key under `webhooks` in the spec, and so in openapi-typescript's `webhooks` interface. */
  webhook: string
  /**
   * The payload schema's index in `shapes`: a receiver checks the whole payload against it (nested objects
   * included), so `contactIdentity: {}` is refused before a handler reading `.email` gets `undefined`.
   */
  payload: number
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

/**
 * Every webhook of the spec whose JSON payload names its event with a constant `eventName`, in
 * document order, and the shape table their payload schemas compile to. Webhooks without such a
 * constant are left out: a receiver could not tell them apart.
 */
export function listWebhookEvents(doc: OpenApiDocument): { events: WebhookEventEntry[]; shapes: PayloadShape[] } {
  const events: WebhookEventEntry[] = []
  const table = createShapeTable(doc)
  const webhooks = doc.webhooks && typeof doc.webhooks === 'object' ? (doc.webhooks as Record<string, unknown>) : {}
  for (const [webhook, rawItem] of Object.entries(webhooks)) {
    const post = deref(doc, deref(doc, rawItem).post)
    const content = deref(doc, deref(doc, post.requestBody).content)
    const schema = deref(doc, content['application/json']).schema
    const eventName = eventNameOf(doc, parts(doc, schema))
    if (!eventName) continue
    events.push({ eventName, webhook, payload: table.add(schema ?? {}) })
  }
  return { events, shapes: table.shapes }
}
