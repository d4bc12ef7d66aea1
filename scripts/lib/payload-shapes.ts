import { tsJson } from './ts-literal.js'
/**
 * Compiles the JSON Schemas of webhook payloads into a flat table of shapes, written into
 * `generated/<vendor>.ts` as data and checked at run time by `src/core/webhooks/json-shape.ts`.
 *
 * Why not ajv on the route: ajv adds ~41 KB min+gz and ~0.7 s (load + compile) to a cold start, and
 * compiles with `new Function`, which Next's edge runtime and Workers refuse. Why not ajv's standalone
 * output: 86 KB of generated JavaScript per spec that imports ajv's runtime, code built from spec
 * strings. Data (JSON) cannot run, and the checker is ~80 lines.
 *
 * Kept: `type` (and OpenAPI 3.0 `nullable`), `enum`/`const`, `required`, `properties`,
 * `additionalProperties` (false or a schema), `items`, `allOf`/`anyOf`/`oneOf`, `$ref`. Not kept
 * (a payload is never refused for them): formats, patterns, lengths, ranges.
 */
import { resolvePointer, type OpenApiDocument } from './spec-document.js'

/** One schema node. Children are indexes into the table, so shared and recursive schemas appear once. */
export interface PayloadShape {
  type?: string[]
  enum?: unknown[]
  required?: string[]
  /** `[name, shape]` pairs, not an object: a property named `__proto__` must stay a property. */
  properties?: [string, number][]
  additional?: number | false
  items?: number
  allOf?: number[]
  anyOf?: number[]
  oneOf?: number[]
}

type Schema = Record<string, unknown>
const isObject = (value: unknown): value is Schema => value !== null && typeof value === 'object' && !Array.isArray(value)

/** A table of shapes for one document; `add(schema)` returns the index of its root shape. */
export function createShapeTable(doc: OpenApiDocument): { shapes: PayloadShape[]; add(schema: unknown): number } {
  const shapes: PayloadShape[] = []
  // Every node is compiled once, by identity: YAML aliases share nodes, and a schema that refers to
  // itself finds its own index. A $ref takes its target's index; identical leaves share one entry.
  const byNode = new Map<unknown, number>()
  const leaves = new Map<string, number>()
  const following = new Set<unknown>()

  function add(node: unknown): number {
    const known = byNode.get(node)
    if (known !== undefined) return known
    if (isObject(node) && typeof node.$ref === 'string') {
      // A ref that leads back to itself through other refs stands for nothing: accept anything there.
      if (following.has(node)) return leaf({})
      following.add(node)
      const index = add(resolvePointer(doc, node.$ref) ?? {})
      following.delete(node)
      byNode.set(node, index)
      return index
    }
    if (!isObject(node)) return leaf({})
    shapes.push({})
    const index = shapes.length - 1
    byNode.set(node, index)
    const shape = compile(node)
    const hasChildren =
      shape.properties || shape.additional !== undefined || shape.items !== undefined || shape.allOf || shape.anyOf || shape.oneOf
    if (hasChildren || index !== shapes.length - 1) {
      shapes[index] = shape
      return index
    }
    shapes.pop()
    const shared = leaf(shape)
    byNode.set(node, shared)
    return shared
  }

  function leaf(shape: PayloadShape): number {
    const key = JSON.stringify(shape)
    const known = leaves.get(key)
    if (known !== undefined) return known
    shapes.push(shape)
    leaves.set(key, shapes.length - 1)
    return shapes.length - 1
  }

  function compile(schema: Schema): PayloadShape {
    const shape: PayloadShape = {}
    const types = typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? schema.type.map(String) : undefined
    const nullable = schema.nullable === true
    if (types) shape.type = nullable && !types.includes('null') ? [...types, 'null'] : types
    const values = 'const' in schema ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : undefined
    if (values) shape.enum = nullable && !values.includes(null) ? [...values, null] : values
    if (Array.isArray(schema.required)) shape.required = [...new Set(schema.required.map(String))]
    if (isObject(schema.properties)) shape.properties = Object.entries(schema.properties).map(([name, s]) => [name, add(s)])
    if (schema.additionalProperties === false) shape.additional = false
    else if (isObject(schema.additionalProperties) && Object.keys(schema.additionalProperties).length > 0)
      shape.additional = add(schema.additionalProperties)
    if (isObject(schema.items)) shape.items = add(schema.items)
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      const parts = schema[key]
      if (Array.isArray(parts) && parts.length > 0) shape[key] = parts.map(add)
    }
    return shape
  }

  return { shapes, add }
}

/**
 * The table as a TypeScript expression, one shape per line: JSON escaped for source by `tsJson` (a `__proto__`
 * key is computed, since in an object literal it would set the prototype; U+2028/2029 are escaped).
 */
export function renderShapes(shapes: PayloadShape[]): string {
  return `[\n${shapes.map((shape, i) => `  ${tsJson(shape)}, // ${i}`).join('\n')}\n]`
}
