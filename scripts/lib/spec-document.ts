import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import yaml from 'js-yaml'
import { checkTree } from './spec-tree.js'

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const
export type HttpMethod = (typeof HTTP_METHODS)[number]

/** A parsed OpenAPI document together with its JSON text. */
export interface SpecDocument {
  /** Where the spec was read from (file path or URL), used in every message. */
  origin: string
  /** The JSON text stored in `specs/`: the bytes read for JSON input, JSON rendered from YAML input. */
  text: string
  /** Of `text`. */
  sha256: string
  doc: OpenApiDocument
}

export interface OpenApiDocument {
  openapi: string
  info: { title?: string; version?: string }
  servers?: { url: string }[]
  paths?: Record<string, Record<string, unknown>>
  components?: Record<string, Record<string, unknown>>
  [key: string]: unknown
}

/** A spec that cannot be used: the message names the origin and the problem. */
export class SpecError extends Error {
  override name = 'SpecError'
}

export const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex')

/** Reads a spec from a file path or an http(s) URL. */
export async function readSpecText(origin: string): Promise<string> {
  if (/^https?:\/\//.test(origin)) {
    let res: Response
    try {
      res = await fetch(origin, { signal: AbortSignal.timeout(60_000) })
    } catch (err) {
      throw new SpecError(`${origin}: could not download the spec (${(err as Error).message})`)
    }
    if (!res.ok) throw new SpecError(`${origin}: download answered HTTP ${res.status}`)
    return res.text()
  }
  try {
    return await readFile(origin, 'utf8')
  } catch (err) {
    throw new SpecError(`${origin}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`)
  }
}

/**
 * YAML as JSON sees it: the core schema (no timestamps, so `version: 2020-08-27` stays a string; no binary,
 * sets or pairs), plus merge keys (`<<: *base`), which some vendors' YAML uses.
 */
const YAML_SCHEMA = yaml.CORE_SCHEMA.extend([(yaml as unknown as { types: { merge: yaml.Type } }).types.merge])

/**
 * The document and the JSON text stored for it: JSON input byte for byte; YAML (once its aliases are checked
 * to expand to a finite, bounded tree) rendered as JSON, so `specs/<name>.openapi.json` is always JSON.
 */
function parseText(text: string, origin: string): { doc: unknown; json: string } {
  const isJson = text.trimStart().startsWith('{')
  let doc: unknown
  try {
    doc = isJson ? JSON.parse(text) : yaml.load(text, { schema: YAML_SCHEMA })
  } catch (err) {
    throw new SpecError(`${origin}: not valid ${isJson ? 'JSON' : 'YAML'} — ${(err as Error).message.split('\n')[0]}`)
  }
  checkTree(doc, origin)
  if (isJson || !doc || typeof doc !== 'object') return { doc, json: text }
  const json = `${JSON.stringify(doc, null, 2)}\n`
  return { doc: JSON.parse(json), json }
}

/**
 * Parses JSON or YAML text and checks that it is a usable OpenAPI 3.x document: every `$ref` local and
 * resolvable, every operationId used once. `text` of the result is JSON (see `parseText`).
 */
export function parseSpec(text: string, origin: string): SpecDocument {
  const { doc, json } = parseText(text, origin)
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new SpecError(`${origin}: the document is not an object`)
  }
  const version = (doc as { openapi?: unknown }).openapi
  if (typeof version !== 'string' || !/^3\.\d+\.\d+$/.test(version)) {
    const found =
      version === undefined
        ? 'swagger' in doc
          ? `swagger ${String((doc as { swagger: unknown }).swagger)}`
          : 'no "openapi" field'
        : `openapi ${String(version)}`
    throw new SpecError(`${origin}: not an OpenAPI 3.x document (${found})`)
  }
  checkRefs(doc, origin)
  checkOperationIds(doc as OpenApiDocument, origin)
  return { origin, text: json, sha256: sha256(json), doc: doc as OpenApiDocument }
}

/** `a (at x), b (at y), c (at z), …`: at most `limit` items, so a spec with 10,000 problems still gets one line. */
const sample = (items: { ref: string; at: string }[], limit: number) =>
  `${items
    .slice(0, limit)
    .map((d) => `${d.ref} (at ${d.at})`)
    .join(', ')}${items.length > limit ? ', …' : ''}`

function checkRefs(doc: object, origin: string): void {
  const { dangling, external, malformed } = findBadRefs(doc)
  if (malformed.length > 0) {
    throw new SpecError(`${origin}: ${malformed.length} $ref(s) have a malformed %-escape: ${sample(malformed, 3)}`)
  }
  if (external.length > 0) {
    // The generator would try to fetch them (network at codegen time, output that depends on another
    // server's answer, and a stack trace when it fails); a stored spec has to be self-contained.
    throw new SpecError(
      `${origin}: ${external.length} $ref(s) point outside the document: ${sample(external, 3)}; ` +
        'bundle the spec into one self-contained file first',
    )
  }
  if (dangling.length > 0) throw new SpecError(`${origin}: ${dangling.length} $ref(s) point nowhere: ${sample(dangling, 5)}`)
}

/** Two operations with one operationId would be one method (and openapi-typescript refuses them, one line per copy). */
function checkOperationIds(doc: OpenApiDocument, origin: string): void {
  const seen = new Map<string, string[]>()
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = derefObject(doc, rawItem)
    for (const method of HTTP_METHODS) {
      const id = derefObject(doc, item[method]).operationId
      if (typeof id !== 'string') continue
      const where = seen.get(id) ?? seen.set(id, []).get(id)!
      where.push(`${method.toUpperCase()} ${path}`)
    }
  }
  const repeated = [...seen].filter(([, where]) => where.length > 1)
  if (repeated.length === 0) return
  const shown = repeated
    .slice(0, 3)
    .map(([id, where]) => `"${id}" ×${where.length} (${where.slice(0, 3).join(', ')}${where.length > 3 ? ', …' : ''})`)
    .join('; ')
  throw new SpecError(
    `${origin}: ${repeated.length} operationId(s) are used by more than one operation: ${shown}${repeated.length > 3 ? '; …' : ''}`,
  )
}

const derefObject = (doc: unknown, node: unknown): Record<string, unknown> => {
  const target = node && typeof node === 'object' && '$ref' in node ? resolvePointer(doc, String((node as { $ref: unknown }).$ref)) : node
  return target && typeof target === 'object' ? (target as Record<string, unknown>) : {}
}

export async function loadSpec(origin: string): Promise<SpecDocument> {
  return parseSpec(await readSpecText(origin), origin)
}

/** Resolves a local JSON pointer such as `#/components/schemas/Foo`. */
export function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined
  let node: unknown = root
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = decodePointerToken(raw)
    // Own properties only: `#/components/schemas/constructor` must not find Object.prototype's constructor.
    if (key === undefined || node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined
    if (Array.isArray(node) && !/^(0|[1-9]\d*)$/.test(key)) return undefined // `length` is not an item
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

/** One `/`-separated token of a JSON pointer in a URI fragment; undefined when its `%` escapes are malformed. */
function decodePointerToken(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~')
  } catch {
    return undefined
  }
}

type RefProblem = { ref: string; at: string }

/** Walks the whole tree once (`checkTree` has bounded its size): refs to other files, malformed, and unresolvable. */
function findBadRefs(root: object): { dangling: RefProblem[]; external: RefProblem[]; malformed: RefProblem[] } {
  const dangling: RefProblem[] = []
  const external: RefProblem[] = []
  const malformed: RefProblem[] = []
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) walk(item, `${at}/${i}`)
      return
    }
    if (node === null || typeof node !== 'object') return
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        if (!value.startsWith('#')) external.push({ ref: value, at: at || '/' })
        else if (value.split('/').some((token) => decodePointerToken(token) === undefined)) malformed.push({ ref: value, at: at || '/' })
        else if (resolvePointer(root, value) === undefined) dangling.push({ ref: value, at: at || '/' })
      } else {
        walk(value, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`)
      }
    }
  }
  walk(root, '')
  return { dangling, external, malformed }
}
