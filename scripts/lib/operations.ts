import { resolvePointer, type OpenApiDocument } from './spec-document.js'

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const
export type HttpMethod = (typeof HTTP_METHODS)[number]

/** What the client layer needs to know about one operation to call it without hand-written code. */
export interface OperationEntry {
  /** Method name on the client: the operationId in camelCase, or derived from method + path. */
  name: string
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

function asObject(doc: OpenApiDocument, node: unknown): Record<string, unknown> {
  let current = node
  for (let hops = 0; hops < 20 && current && typeof current === 'object' && '$ref' in current; hops++) {
    current = resolvePointer(doc, (current as { $ref: string }).$ref)
  }
  return current && typeof current === 'object' ? (current as Record<string, unknown>) : {}
}

/** Every operation of the spec, in document order, with unique method names. */
export function listOperations(doc: OpenApiDocument): OperationEntry[] {
  const entries: OperationEntry[] = []
  const taken = new Set<string>()
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
      let name = operationId ? camel(operationId.replace(/[^A-Za-z0-9_$]/g, '_')) : deriveOperationName(method, path)
      for (let n = 2; taken.has(name); n++) name = `${name.replace(/\d+$/, '')}${n}`
      taken.add(name)
      entries.push({
        name,
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
