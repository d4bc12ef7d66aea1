import { CLIENT_MEMBERS, RESERVED_METHOD_NAMES } from '../../src/core/http/reserved-names.js'
import { HTTP_METHODS, type HttpMethod, resolvePointer, type OpenApiDocument } from './spec-document.js'

export { HTTP_METHODS, type HttpMethod }

/** What the client layer needs to know about one operation to call it without hand-written code. */
export interface OperationEntry {
  /** Method name on the client: the operationId in camelCase, or derived from method + path (see `safeMethodName`). */
  name: string
  /** Why `name` is not the operationId as such (`"use" is the client's own use()`), for the reports. */
  renamed?: string
  operationId?: string
  method: HttpMethod
  path: string
  /** Names of path / query parameters, so a flat input object can be split again. */
  pathParams: string[]
  queryParams: string[]
  /** Media type of the request body, when the operation takes one. */
  body?: 'json' | 'form'
  /** The operation declares an `Idempotency-Key` header. */
  idempotent: boolean
}

const camel = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)
const pascal = (s: string) =>
  s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('')

/** `post /v1/uploads/{id}/complete` → `postV1UploadsByIdComplete`: stable for specs without operationIds. */
export function deriveOperationName(method: string, path: string): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .map((seg) => (seg.startsWith('{') ? `By${pascal(seg.slice(1, -1))}` : pascal(seg)))
  return method + words.join('')
}

/** Why `name` cannot be a client method as it is, or undefined when it can. */
function unsafeBecause(name: string): string | undefined {
  if (/^[0-9]/.test(name)) return 'starts with a digit'
  if (!RESERVED_METHOD_NAMES.has(name)) return undefined
  if ((CLIENT_MEMBERS as readonly string[]).includes(name)) return `is the client's own ${name}()`
  return name === 'then' ? 'would make the client a thenable (`await` on it never settles)' : 'is a member every JavaScript object has'
}

/**
 * The one rule for method names: the operationId in camelCase, every character an identifier cannot hold
 * replaced by `_`; a name that is still unsafe (a leading digit, or reserved in src/core/http/reserved-names.ts)
 * gets the prefix `op`: `2faStatus` → `op2faStatus`, `use` → `opUse`, `then` → `opThen`, `__proto__` → `op__proto__`.
 */
export function safeMethodName(operationId: string): { name: string; renamed?: string } {
  const name = camel(operationId.replace(/[^A-Za-z0-9_$]/g, '_'))
  const because = unsafeBecause(name)
  if (!because) return { name }
  const safe = `op${name.charAt(0).toUpperCase()}${name.slice(1)}`
  return { name: safe, renamed: `operationId "${operationId}" ${because}: its method is ${safe}()` }
}

function asObject(doc: OpenApiDocument, node: unknown): Record<string, unknown> {
  let current = node
  for (let hops = 0; hops < 20 && current && typeof current === 'object' && '$ref' in current; hops++) {
    current = resolvePointer(doc, (current as { $ref: string }).$ref)
  }
  return current && typeof current === 'object' ? (current as Record<string, unknown>) : {}
}

/**
 * `name`, or `name2`, `name3`… (trailing digits of `name` replaced) when taken. `next` remembers the last
 * number tried per stem, so 10,000 operations sharing one name cost 10,000 steps, not 50 million.
 */
function unique(name: string, taken: Set<string>, next: Map<string, number>): string {
  let candidate = name
  if (taken.has(candidate)) {
    const stem = name.replace(/\d+$/, '')
    let n = next.get(stem) ?? 2
    while (taken.has(`${stem}${n}`)) n++
    next.set(stem, n + 1)
    candidate = `${stem}${n}`
  }
  taken.add(candidate)
  return candidate
}

/** Every operation of the spec, in document order, with unique method names. */
export function listOperations(doc: OpenApiDocument): OperationEntry[] {
  const entries: OperationEntry[] = []
  const taken = new Set<string>()
  const next = new Map<string, number>()
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = asObject(doc, rawItem)
    const shared = Array.isArray(item.parameters) ? item.parameters : []
    for (const method of HTTP_METHODS) {
      if (!item[method]) continue
      const op = asObject(doc, item[method])
      const params = [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])].map((p) => asObject(doc, p))
      const names = (where: string) => [...new Set(params.filter((p) => p.in === where).map((p) => String(p.name)))]
      // A GET/HEAD cannot carry a body in fetch; some specs (Stripe's) still declare an empty one.
      const content = method === 'get' || method === 'head' ? [] : Object.keys(asObject(doc, asObject(doc, op.requestBody).content))
      const operationId = typeof op.operationId === 'string' ? op.operationId : undefined
      const safe = safeMethodName(operationId ?? deriveOperationName(method, path))
      const name = unique(safe.name, taken, next)
      entries.push({
        name,
        ...(safe.renamed ? { renamed: safe.renamed } : {}),
        ...(operationId ? { operationId } : {}),
        method,
        path,
        pathParams: names('path'),
        queryParams: names('query'),
        ...(content.length
          ? {
              body: content.some((c) => c.includes('json'))
                ? ('json' as const)
                : content.includes('application/x-www-form-urlencoded')
                  ? ('form' as const)
                  : ('json' as const),
            }
          : {}),
        idempotent: names('header').some((h) => h.toLowerCase() === 'idempotency-key'),
      })
    }
  }
  return entries
}

/**
 * Report lines for operations of `after` whose method is not named by their operationId (see `safeMethodName`),
 * leaving out those `before` already named so; at most `limit`, then a count.
 */
export function renamedMethodNotes(before: OpenApiDocument | undefined, after: OpenApiDocument, limit = 10): string[] {
  const known = new Set(before ? listOperations(before).flatMap((op) => (op.renamed ? [op.renamed] : [])) : [])
  const fresh = listOperations(after).filter((op) => op.renamed && !known.has(op.renamed))
  const lines = fresh.slice(0, limit).map((op) => `  note: ${op.method.toUpperCase()} ${op.path}: ${op.renamed}`)
  if (fresh.length > limit) lines.push(`  note: … and ${fresh.length - limit} more operation(s) renamed the same way`)
  return lines
}
