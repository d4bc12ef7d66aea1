/**
 * `require` for the Node-only lazy loads (zod, pino, openapi-fetch), resolved from this package.
 * `node:module` is fetched when the first of them loads, not imported: an ESM `import` of a builtin builds
 * its whole export facade at import (for `node:module`, its source-map support), which a cold start pays
 * even when nothing is ever required.
 */
export function nodeRequire(id: string): unknown {
  return process.getBuiltinModule('node:module').createRequire(import.meta.url)(id)
}
