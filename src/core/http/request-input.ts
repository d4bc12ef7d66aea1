import { ValidationError } from '../errors.ts'
import type { OperationMeta } from './operation-types.ts'

/**
 * A method's one input object, checked and split into path, query and body before anything is sent.
 * Every refusal here is a ValidationError with `attempts: 0`: a request the caller could not have
 * meant (a literal `{campaignId}` in the URL, a body JSON cannot carry) never reaches the vendor.
 */
interface Where {
  service: string
  operation: string
  label: string
}

const refuse = (where: Where, detail: string) =>
  new ValidationError(`[${where.label}] ${detail}; nothing was sent.`, { service: where.service, operation: where.operation, attempts: 0 })

export interface SplitInput {
  path: Record<string, unknown> | undefined
  query: Record<string, unknown> | undefined
  body: Record<string, unknown> | undefined
}

export function splitInput(meta: OperationMeta, input: Record<string, unknown> | undefined, where: Where): SplitInput {
  if (input !== undefined && (typeof input !== 'object' || input === null || Array.isArray(input))) {
    throw refuse(where, `input must be an object of fields, got ${Array.isArray(input) ? 'an array' : typeof input}`)
  }
  // Copying a `__proto__` key into a fresh object would set its prototype and silently drop the field.
  if (input && Object.hasOwn(input, '__proto__')) throw refuse(where, 'input has a "__proto__" key, which cannot be sent as a field')
  const split: SplitInput = { path: undefined, query: undefined, body: undefined }
  if (input && (meta.pathParams.length > 0 || meta.queryParams.length > 0)) {
    for (const key of Object.keys(input)) {
      const part = meta.pathParams.includes(key) ? 'path' : meta.queryParams.includes(key) ? 'query' : 'body'
      split[part] ??= {}
      split[part][key] = input[key]
    }
  } else if (input) split.body = input
  if (meta.body) split.body ??= {}
  else split.body = undefined
  if (meta.pathParams.length === 0) return split // the common case: nothing to check, nothing to allocate
  const missing = meta.pathParams.filter((name) => !isPathValue(split.path?.[name]))
  if (missing.length > 0)
    throw refuse(where, `missing path parameter ${missing.map((m) => `"${m}"`).join(', ')} (a non-empty string or number)`)
  return split
}

const isPathValue = (v: unknown) => (typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v))

/** The body as text, or a ValidationError when it cannot be serialized (a BigInt, a circular reference…). */
export function serializeBody(body: unknown, serialize: (body: unknown) => string, where: Where): string {
  try {
    return serialize(body)
  } catch (err) {
    const reason = err instanceof RangeError ? 'it nests too deeply or refers to itself' : (err as Error)?.message || String(err)
    throw refuse(where, `the request body cannot be serialized (${reason}); pass plain JSON values (no BigInt, no cycles)`)
  }
}

/** Visible ASCII, space and tab: what every HTTP stack accepts in a header value without rewriting it. */
export const isHeaderValue = (value: string) => /^[\x20-\x7e\t]*$/.test(value)

export { idempotencyKeyProblem } from './idempotency.ts'
