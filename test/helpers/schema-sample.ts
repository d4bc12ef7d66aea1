type Json = Record<string, any>

/**
 * A minimal value that satisfies a JSON schema from an OpenAPI document: required properties only,
 * examples/enum/const where given. Enough to drive every operation of a spec through the client.
 */
export function sampleFor(doc: Json, schema: Json | undefined, name = '', depth = 0): unknown {
  if (!schema || depth > 12) return undefined
  if (schema.$ref) return sampleFor(doc, resolve(doc, schema.$ref), name, depth + 1)
  if (schema.const !== undefined) return schema.const
  if (Array.isArray(schema.examples) && schema.examples.length && typeof schema.examples[0] !== 'object') return schema.examples[0]
  if (Array.isArray(schema.enum)) return schema.enum.find((v: unknown) => v !== null)
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s: Json) => sampleFor(doc, s, name, depth + 1)))
  const variants = schema.oneOf ?? schema.anyOf
  if (variants) {
    const merged = { ...schema, oneOf: undefined, anyOf: undefined }
    const picked = sampleFor(doc, variants[0], name, depth + 1)
    const base = schema.properties || schema.required ? sampleFor(doc, merged, name, depth + 1) : undefined
    return base && typeof picked === 'object' ? { ...(base as object), ...(picked as object) } : (picked ?? base)
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type
  if (type === 'object' || (!type && (schema.properties || schema.required))) {
    const out: Json = {}
    for (const key of schema.required ?? []) out[key] = sampleFor(doc, schema.properties?.[key] ?? { type: 'string' }, key, depth + 1)
    for (const key of Object.keys(schema.properties ?? {})) {
      if (Object.keys(out).length >= (schema.minProperties ?? 0)) break
      out[key] ??= sampleFor(doc, schema.properties[key], key, depth + 1)
    }
    return out
  }
  if (type === 'array') return Array.from({ length: schema.minItems ?? 0 }, () => sampleFor(doc, schema.items, name, depth + 1))
  if (type === 'integer' || type === 'number') return schema.minimum ?? 1
  if (type === 'boolean') return true
  if (schema.format === 'email' || /email/i.test(name)) return 'ada@example.com'
  if (schema.format === 'uri' || /url$/i.test(name)) return 'https://example.com/x'
  if (schema.format === 'date-time') return '2026-01-01T00:00:00Z'
  return 'sample'
}

export function resolve(doc: Json, ref: string): Json {
  return ref
    .slice(2)
    .split('/')
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, key) => node?.[key], doc)
}
