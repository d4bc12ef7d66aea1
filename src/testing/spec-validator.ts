import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { type FoundOperation, matchRoute, pointer, routesOf, unmatchedReason } from './spec-routes.ts'

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv2020,
) => void

type Json = Record<string, any>

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

/** An ajv over the whole document (`$id: 'spec'`, so schemas are compiled from `spec#/…` refs). */
function specAjv(doc: Json, coerceTypes: false | 'array'): Ajv2020 {
  const ajv = withFormats(new Ajv2020({ strict: false, allErrors: true, validateFormats: true, coerceTypes, logger: false }))
  ajv.addSchema({ ...doc, $id: 'spec' })
  return ajv
}

/** The document's schemas, compiled on first use. */
function specSchemas(doc: Json) {
  const ajv = specAjv(doc, false)
  // Form bodies carry every value as a string ('100', 'true'): that validator coerces like the vendor does.
  let formAjv: Ajv2020 | undefined
  const compiled = new Map<string, ValidateFunction>()
  return {
    ajv,
    /** The validator of the schema at `ref` (a pointer into the document). */
    validatorFor(ref: string, form = false) {
      let fn = compiled.get(`${form}${ref}`)
      if (!fn) compiled.set(`${form}${ref}`, (fn = (form ? (formAjv ??= specAjv(doc, 'array')) : ajv).compile({ $ref: `spec${ref}` })))
      return fn
    },
    /** `node`, with `$ref`s followed (up to 10). */
    deref(node: Json | undefined): Json | undefined {
      let current = node
      for (let i = 0; current?.$ref && i < 10; i++) current = ajv.getSchema(`spec${current.$ref}`)?.schema as Json | undefined
      return current
    },
  }
}
type SpecSchemas = ReturnType<typeof specSchemas>

const describe = (errors: ErrorObject[] | null | undefined, where: string) =>
  (errors ?? []).slice(0, 5).map((e) => {
    const extra = e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''
    return `${where}${e.instancePath || ''} ${e.message ?? 'is invalid'}${extra}`
  })

/** Path, query and header parameters (the path item's, then the operation's): required ones present, each fits its schema. */
function checkParameters(schemas: SpecSchemas, found: FoundOperation, call: IncomingCall): string[] {
  const errors: string[] = []
  const params = [...found.shared, ...((found.op.parameters ?? []) as Json[])].map((p) => schemas.deref(p) ?? p)
  for (const p of params) {
    const raw =
      p.in === 'path'
        ? found.pathParams[p.name]
        : p.in === 'query'
          ? call.query.get(p.name)
          : p.in === 'header'
            ? call.headers.get(p.name)
            : undefined
    if (raw === null || raw === undefined) {
      if (p.required) errors.push(`${p.in} parameter "${p.name}" is required`)
      continue
    }
    const schema = schemas.deref(p.schema)
    if (!schema) continue
    const value = schema.type === 'integer' || schema.type === 'number' ? Number(raw) : schema.type === 'boolean' ? raw === 'true' : raw
    const check = schemas.ajv.compile(schema)
    if (!check(value)) errors.push(...describe(check.errors, `${p.in} parameter "${p.name}"`))
  }
  return errors
}

/** The body: present when required, of a content type the operation takes, fitting that type's schema. */
function checkBody(schemas: SpecSchemas, found: FoundOperation, call: IncomingCall): string[] {
  const { op, opPointer } = found
  const requestBody = found.method === 'get' || found.method === 'head' ? undefined : schemas.deref(op.requestBody)
  if (!requestBody) return []
  const media = Object.keys(requestBody.content ?? {})
  if (call.body === undefined) return requestBody.required ? ['request body is required'] : []
  const type = media.find((m) => call.contentType?.includes(m.split(';')[0]!)) ?? (media.length === 1 ? media[0] : undefined)
  if (!type) return [`content type ${call.contentType ?? '(none)'} is not one of ${media.join(', ')}`]
  if (!requestBody.content[type].schema) return []
  const base = typeof op.requestBody.$ref === 'string' ? op.requestBody.$ref : `${opPointer}/requestBody`
  const form = type.includes('x-www-form-urlencoded')
  const check = schemas.validatorFor(`${base}${pointer('content', type, 'schema').slice(1)}`, form)
  return check(form ? structuredClone(call.body) : call.body) ? [] : describe(check.errors, 'body')
}

/**
 * Matches a call to its operation in an OpenAPI document and checks it with ajv: path and query
 * parameters, required headers, and the body against the operation's request schema. Used by the
 * local stand-ins (to answer 400 as the vendor would) and by tests (every outgoing call must fit the spec).
 */
export function createSpecValidator(spec: Json) {
  const doc = structuredClone(spec) as Json
  if (typeof doc.openapi === 'string' && doc.openapi.startsWith('3.0')) upgradeNullable(doc)
  const schemas = specSchemas(doc)
  const routes = routesOf(doc)

  function validate(call: IncomingCall): ValidationResult {
    const found = matchRoute(routes, call.method, call.path)
    if (!found) return { errors: [unmatchedReason(routes, call.method, call.path)] }
    const { op, opPointer, shared, ...operation } = found
    return { operation, errors: [...checkParameters(schemas, found, call), ...checkBody(schemas, found, call)] }
  }

  return {
    match: (method: string, path: string) => {
      const m = matchRoute(routes, method, path)
      return m && { operationId: m.operationId, method: m.method, pathTemplate: m.pathTemplate, pathParams: m.pathParams }
    },
    validate,
  }
}

export type SpecValidator = ReturnType<typeof createSpecValidator>
