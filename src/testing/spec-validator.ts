import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv2020,
) => void

type Json = Record<string, any>
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']

export interface IncomingCall {
  method: string
  /** Path after the server's base path, e.g. `/v1/transactional`. */
  path: string
  query: URLSearchParams
  headers: Headers
  /** Parsed body (JSON or form), undefined when there is none. */
  body: unknown
  contentType?: string
}

export interface MatchedOperation {
  /** operationId, or `METHOD /path` when the spec has none. */
  operationId: string
  method: string
  pathTemplate: string
  pathParams: Record<string, string>
}

export interface ValidationResult {
  operation?: MatchedOperation
  /** Human-readable problems; empty when the call fits the spec. */
  errors: string[]
}

function compileRoute(template: string) {
  const names: string[] = []
  const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}|\{([^}]+)\}/g, (_, a: string, b: string) => {
    names.push(a ?? b)
    return '([^/]+)'
  })
  return { regex: new RegExp(`^${source}/?$`), names, literal: template.replace(/\{[^}]+\}/g, '').length }
}

/** OpenAPI 3.0's `nullable: true` is not JSON Schema: rewrite it to a type union ajv understands. */
function upgradeNullable(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) upgradeNullable(item)
    return
  }
  if (!node || typeof node !== 'object') return
  const n = node as Json
  if (n.nullable === true) {
    if (typeof n.type === 'string') n.type = [n.type, 'null']
    else if (Array.isArray(n.anyOf)) n.anyOf = [...n.anyOf, { type: 'null' }]
    else if (n.$ref) {
      n.anyOf = [{ $ref: n.$ref }, { type: 'null' }]
      delete n.$ref
    }
    if (Array.isArray(n.enum) && !n.enum.includes(null)) n.enum = [...n.enum, null]
    delete n.nullable
  }
  for (const value of Object.values(n)) upgradeNullable(value)
}

/** Standard formats, plus the ones vendors invent (Stripe's `decimal` and `unix-time`); other unknown formats pass. */
function withFormats(ajv: Ajv2020): Ajv2020 {
  addFormats(ajv)
  ajv.addFormat('decimal', /^-?\d+(\.\d+)?$/)
  ajv.addFormat('unix-time', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= 0 })
  return ajv
}

const pointer = (...parts: string[]) => `#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`

/**
 * Matches a call to its operation in an OpenAPI document and checks it with ajv: path and query
 * parameters, required headers, and the body against the operation's request schema. Used by the
 * local stand-ins (to answer 400 as the vendor would) and by tests (every outgoing call must fit the spec).
 */
export function createSpecValidator(spec: Json) {
  const doc = structuredClone(spec) as Json
  if (typeof doc.openapi === 'string' && doc.openapi.startsWith('3.0')) upgradeNullable(doc)
  const ajv = withFormats(new Ajv2020({ strict: false, allErrors: true, validateFormats: true, coerceTypes: false, logger: false }))
  ajv.addSchema({ ...doc, $id: 'spec' })
  // Form bodies carry every value as a string ('100', 'true'): that validator coerces like the vendor does.
  let formAjv: Ajv2020 | undefined
  const forForm = () => {
    if (!formAjv) {
      formAjv = withFormats(new Ajv2020({ strict: false, allErrors: true, validateFormats: true, coerceTypes: 'array', logger: false }))
      formAjv.addSchema({ ...doc, $id: 'spec' })
    }
    return formAjv
  }

  const routes = Object.entries(doc.paths ?? {})
    .map(([template, item]) => ({ template, item: item as Json, ...compileRoute(template) }))
    .sort((a, b) => b.literal - a.literal) // `/contacts/find` before `/contacts/{id}`
  const compiled = new Map<string, ValidateFunction>()
  const validatorFor = (ref: string, form = false) => {
    let fn = compiled.get(`${form}${ref}`)
    if (!fn) compiled.set(`${form}${ref}`, (fn = (form ? forForm() : ajv).compile({ $ref: `spec${ref}` })))
    return fn
  }
  const deref = (node: Json | undefined): Json | undefined => {
    let current = node
    for (let i = 0; current?.$ref && i < 10; i++) current = ajv.getSchema(`spec${current.$ref}`)?.schema as Json | undefined
    return current
  }
  const describe = (errors: ErrorObject[] | null | undefined, where: string) =>
    (errors ?? []).slice(0, 5).map((e) => {
      const extra = e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''
      return `${where}${e.instancePath || ''} ${e.message ?? 'is invalid'}${extra}`
    })

  function match(method: string, path: string): (MatchedOperation & { op: Json; opPointer: string; shared: Json[] }) | undefined {
    const m = method.toLowerCase()
    for (const route of routes) {
      const found = route.regex.exec(path)
      if (!found || !route.item[m]) continue
      const pathParams = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(found[i + 1]!)]))
      const op = route.item[m] as Json
      return {
        operationId: op.operationId ?? `${method.toUpperCase()} ${route.template}`,
        method: m,
        pathTemplate: route.template,
        pathParams,
        op,
        opPointer: pointer('paths', route.template, m),
        shared: (route.item.parameters ?? []) as Json[],
      }
    }
    return undefined
  }

  function validate(call: IncomingCall): ValidationResult {
    const found = match(call.method, call.path)
    if (!found) {
      const allowed = routes
        .filter((r) => r.regex.test(call.path))
        .flatMap((r) => METHODS.filter((x) => r.item[x]).map((x) => x.toUpperCase()))
      return {
        errors: [
          allowed.length
            ? `${call.method} is not allowed on ${call.path} (allowed: ${allowed.join(', ')})`
            : `no operation matches ${call.method} ${call.path}`,
        ],
      }
    }
    const { op, opPointer, shared, ...operation } = found
    const errors: string[] = []
    const params = [...shared, ...((op.parameters ?? []) as Json[])].map((p) => deref(p) ?? p)
    for (const p of params) {
      const raw =
        p.in === 'path'
          ? operation.pathParams[p.name]
          : p.in === 'query'
            ? call.query.get(p.name)
            : p.in === 'header'
              ? call.headers.get(p.name)
              : undefined
      if (raw === null || raw === undefined) {
        if (p.required) errors.push(`${p.in} parameter "${p.name}" is required`)
        continue
      }
      const schema = deref(p.schema)
      if (!schema) continue
      const value = schema.type === 'integer' || schema.type === 'number' ? Number(raw) : schema.type === 'boolean' ? raw === 'true' : raw
      const check = ajv.compile(schema)
      if (!check(value)) errors.push(...describe(check.errors, `${p.in} parameter "${p.name}"`))
    }
    const requestBody = found.method === 'get' || found.method === 'head' ? undefined : deref(op.requestBody)
    if (requestBody) {
      const media = Object.keys(requestBody.content ?? {})
      if (call.body === undefined) {
        if (requestBody.required) errors.push('request body is required')
      } else {
        const type = media.find((m) => call.contentType?.includes(m.split(';')[0]!)) ?? (media.length === 1 ? media[0] : undefined)
        if (!type) errors.push(`content type ${call.contentType ?? '(none)'} is not one of ${media.join(', ')}`)
        else if (requestBody.content[type].schema) {
          const base = typeof op.requestBody.$ref === 'string' ? op.requestBody.$ref : `${opPointer}/requestBody`
          const form = type.includes('x-www-form-urlencoded')
          const check = validatorFor(`${base}${pointer('content', type, 'schema').slice(1)}`, form)
          if (!check(form ? structuredClone(call.body) : call.body)) errors.push(...describe(check.errors, 'body'))
        }
      }
    }
    return { operation, errors }
  }

  return {
    match: (method: string, path: string) => {
      const m = match(method, path)
      return m && { operationId: m.operationId, method: m.method, pathTemplate: m.pathTemplate, pathParams: m.pathParams }
    },
    validate,
  }
}

export type SpecValidator = ReturnType<typeof createSpecValidator>
