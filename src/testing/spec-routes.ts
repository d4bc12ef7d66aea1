import type { MatchedOperation } from './spec-validator.ts'

/** Which operation of an OpenAPI document a method and path are: the matching half of the spec validator. */

type Json = Record<string, any>
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']

export interface Route {
  template: string
  item: Json
  regex: RegExp
  names: string[]
  /** Length of the template without its parameters: longer literals are tried first. */
  literal: number
}

/** A matched operation, with what the schema checks need: the operation object, its JSON pointer, the path item's parameters. */
export type FoundOperation = MatchedOperation & { op: Json; opPointer: string; shared: Json[] }

/** A JSON pointer (`#/…`) to the given keys, escaped per RFC 6901. */
export const pointer = (...parts: string[]) => `#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`

function compileRoute(template: string) {
  const names: string[] = []
  const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}|\{([^}]+)\}/g, (_, a: string, b: string) => {
    names.push(a ?? b)
    return '([^/]+)'
  })
  return { regex: new RegExp(`^${source}/?$`), names, literal: template.replace(/\{[^}]+\}/g, '').length }
}

/** The document's paths, most specific first. */
export function routesOf(doc: Json): Route[] {
  return Object.entries(doc.paths ?? {})
    .map(([template, item]) => ({ template, item: item as Json, ...compileRoute(template) }))
    .sort((a, b) => b.literal - a.literal) // `/contacts/find` before `/contacts/{id}`
}

export function matchRoute(routes: Route[], method: string, path: string): FoundOperation | undefined {
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

/** Why nothing matched: the path exists with other methods, or not at all. */
export function unmatchedReason(routes: Route[], method: string, path: string): string {
  const allowed = routes.filter((r) => r.regex.test(path)).flatMap((r) => METHODS.filter((x) => r.item[x]).map((x) => x.toUpperCase()))
  return allowed.length ? `${method} is not allowed on ${path} (allowed: ${allowed.join(', ')})` : `no operation matches ${method} ${path}`
}
