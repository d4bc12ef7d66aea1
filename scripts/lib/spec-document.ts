import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import yaml from 'js-yaml'

/** A parsed OpenAPI document together with the bytes it came from. */
export interface SpecDocument {
  /** Where the spec was read from (file path or URL), used in every message. */
  origin: string
  text: string
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

/** Parses JSON or YAML text and checks that it is a usable OpenAPI 3.x document. */
export function parseSpec(text: string, origin: string): SpecDocument {
  let doc: unknown
  try {
    doc = text.trimStart().startsWith('{') ? JSON.parse(text) : yaml.load(text)
  } catch (err) {
    const kind = text.trimStart().startsWith('{') ? 'JSON' : 'YAML'
    throw new SpecError(`${origin}: not valid ${kind} — ${(err as Error).message.split('\n')[0]}`)
  }
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
  const { dangling, external } = findBadRefs(doc)
  if (external.length > 0) {
    // The generator would try to fetch them (network at codegen time, output that depends on another
    // server's answer, and a stack trace when it fails); a stored spec has to be self-contained.
    const shown = external
      .slice(0, 3)
      .map((d) => `${d.ref} (at ${d.at})`)
      .join(', ')
    throw new SpecError(
      `${origin}: ${external.length} $ref(s) point outside the document: ${shown}${external.length > 3 ? ', …' : ''}; ` +
        'bundle the spec into one self-contained file first',
    )
  }
  if (dangling.length > 0) {
    const shown = dangling
      .slice(0, 5)
      .map((d) => `${d.ref} (at ${d.at})`)
      .join(', ')
    throw new SpecError(`${origin}: ${dangling.length} $ref(s) point nowhere: ${shown}${dangling.length > 5 ? ', …' : ''}`)
  }
  return { origin, text, sha256: sha256(text), doc: doc as OpenApiDocument }
}

export async function loadSpec(origin: string): Promise<SpecDocument> {
  return parseSpec(await readSpecText(origin), origin)
}

/** Resolves a local JSON pointer such as `#/components/schemas/Foo`. */
export function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined
  let node: unknown = root
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~')
    if (node === null || typeof node !== 'object' || !(key in node)) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

function findBadRefs(root: object): { dangling: { ref: string; at: string }[]; external: { ref: string; at: string }[] } {
  const dangling: { ref: string; at: string }[] = []
  const external: { ref: string; at: string }[] = []
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) walk(item, `${at}/${i}`)
      return
    }
    if (node === null || typeof node !== 'object') return
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        if (!value.startsWith('#')) external.push({ ref: value, at: at || '/' })
        else if (resolvePointer(root, value) === undefined) dangling.push({ ref: value, at: at || '/' })
      } else {
        walk(value, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`)
      }
    }
  }
  walk(root, '')
  return { dangling, external }
}
