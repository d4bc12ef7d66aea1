import type { OpenApiDocument } from './spec-document.js'

/** How the spec's servers changed: one report line per change, each a BREAKING one. */
export interface ServerChange {
  lines: string[]
  /** Client methods whose names are derived from the path (no operationId) and changed with a moved base path. */
  renamedByMove: string[]
  /** The default server's base path moved (e.g. `/api/v1` → `/api`, the prefix now in every path). */
  basePathMove?: BasePathMove
}

export interface BasePathMove {
  from: string
  to: string
}

/** The report line for a moved base path, once operations are paired (`paired` of them kept their full URL). */
export const describeMove = (move: BasePathMove, paired: number): string =>
  `server base path moved from ${move.from} to ${move.to}; same operations (${paired} paired by full URL) — ` +
  'a *_BASE_URL override or a .raw call with a path must move the prefix too'

/** `https://app.loops.so/api/v1/` → origin `https://app.loops.so`, path `/api/v1`; also for `{var}` hosts. */
function splitServer(url: string): { origin: string; path: string } {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)?(.*)$/i.exec(url.trim())!
  return { origin: (m[1] ?? '').toLowerCase(), path: (m[2] ?? '').replace(/\/+$/, '') }
}

const hostOf = (origin: string) => origin.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '') || '(relative to the spec)'
const urls = (doc: OpenApiDocument) => (doc.servers ?? []).map((s) => s.url).filter((u) => typeof u === 'string')

/**
 * Servers as the client uses them: the first is the default base URL (where the API key goes); the
 * others are listed alternatives. A base path move of the default server is reported by diffSpecs.
 */
export function compareServers(before: OpenApiDocument, after: OpenApiDocument): ServerChange {
  const [oldDefault, ...oldRest] = urls(before)
  const [newDefault, ...newRest] = urls(after)
  const lines: string[] = []
  let basePathMove: BasePathMove | undefined
  if (oldDefault !== newDefault) {
    if (oldDefault === undefined || newDefault === undefined) {
      lines.push(`default server URL ${oldDefault === undefined ? `added: ${newDefault}` : `removed (was ${oldDefault})`}`)
    } else {
      const a = splitServer(oldDefault)
      const b = splitServer(newDefault)
      if (a.origin !== b.origin) {
        lines.push(
          `server host changed: ${oldDefault} → ${newDefault} — the default base URL, so requests and the API key ` +
            `would go to ${hostOf(b.origin)} instead of ${hostOf(a.origin)}; confirm with the vendor before applying`,
        )
      }
      if (a.path !== b.path) basePathMove = { from: a.path || '/', to: b.path || '/' }
      else if (a.origin === b.origin) lines.push(`default server URL changed: ${oldDefault} → ${newDefault}`)
    }
  }
  for (const url of newRest.filter((u) => !oldRest.includes(u))) lines.push(`server URL added: ${url}`)
  for (const url of oldRest.filter((u) => !newRest.includes(u))) lines.push(`server URL removed: ${url}`)
  return { lines, renamedByMove: [], ...(basePathMove ? { basePathMove } : {}) }
}

const join = (base: string, path: string) => `${base === '/' ? '' : base}${path}`

export const rebasePaths = {
  /** `/contacts/create` under `/api/v1` is `/v1/contacts/create` under `/api`; unchanged when it cannot live there. */
  path(path: string, move: BasePathMove): string {
    const full = join(move.from, path)
    const base = move.to === '/' ? '' : move.to
    return full.startsWith(`${base}/`) ? full.slice(base.length) : path
  },
  /** A copy of `doc` with every path rewritten under the new base path and the new servers. */
  document(doc: OpenApiDocument, move: BasePathMove, servers: OpenApiDocument['servers']): OpenApiDocument {
    const paths = Object.fromEntries(Object.entries(doc.paths ?? {}).map(([p, item]) => [rebasePaths.path(p, move), item]))
    return { ...doc, paths, ...(servers ? { servers } : {}) }
  },
}
