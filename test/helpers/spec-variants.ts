import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSpec, type SpecDocument } from '../../scripts/lib/spec-document.js'
import { fixture, repoRoot } from './temp-repo.js'

type Doc = Record<string, any>
export const currentLoopsText = () => readFileSync(join(repoRoot, 'specs', 'loops.openapi.json'), 'utf8')
export const loopsHistory = (version: string): SpecDocument => {
  const path = fixture(`specs/loops-${version}.openapi.json`)
  return parseSpec(readFileSync(path, 'utf8'), path)
}
export const currentLoops = (): SpecDocument => parseSpec(currentLoopsText(), 'specs/loops.openapi.json')

/**
 * A Loops spec as published up to 1.9.0: server `https://app.loops.so/api/v1`, paths without the `/v1`
 * prefix (1.10.0 moved the prefix into every path). Rebuilt from a later release's operations.
 */
export function loopsBeforeBasePathMove(version: string): SpecDocument {
  const doc = JSON.parse(loopsHistory(version).text) as Doc
  doc.servers = [{ url: 'https://app.loops.so/api/v1' }]
  doc.paths = Object.fromEntries(Object.entries(doc.paths).map(([path, item]) => [path.replace(/^\/v1\//, '/'), item]))
  return parseSpec(JSON.stringify(doc, null, 2), `loops-${version}-before-base-path-move.json`)
}

/** The current Loops spec with one hand-made change, as a maintainer would meet it in a new release. */
export function loopsVariant(change: (doc: Doc) => void): SpecDocument {
  const doc = JSON.parse(currentLoopsText()) as Doc
  change(doc)
  return parseSpec(JSON.stringify(doc, null, 2), 'variant.json')
}

/** The operations `loopsSlice` keeps: enough for a removed, a called and an uncalled operation. */
const SLICE_PATHS = ['/v1/lists', '/v1/contacts/find']
let wholeLoops: Doc | undefined

/**
 * The current Loops spec cut to a few paths and the components they reference (no webhooks), with `change`
 * applied after the cut. Diffing it takes tens of ms where the whole spec takes seconds: for tests of what
 * is done with a diff (grouping, reports). Diffing the whole spec is spec-diff.test.ts, in the `specs` project.
 */
export function loopsSlice(change: (doc: Doc) => void = () => {}): SpecDocument {
  wholeLoops ??= JSON.parse(currentLoopsText()) as Doc
  const whole = wholeLoops
  const doc: Doc = { ...whole, paths: Object.fromEntries(SLICE_PATHS.map((p) => [p, whole.paths[p]])), components: {} }
  delete doc.webhooks
  const copy = (ref: string) => {
    const [, , kind, name] = ref.split('/') as [string, string, string, string]
    if (doc.components[kind]?.[name]) return
    doc.components[kind] ??= {}
    doc.components[kind][name] = whole.components[kind][name]
    refsIn(whole.components[kind][name]).forEach(copy)
  }
  refsIn(doc.paths).forEach(copy)
  doc.components.securitySchemes = whole.components.securitySchemes
  const own = structuredClone(doc) // `change` edits this copy, never the cached whole spec
  change(own)
  return parseSpec(JSON.stringify(own, null, 2), 'loops-slice.json')
}

/** Every local `$ref` (`#/components/…`) in a JSON value. */
function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found)
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string' && item.startsWith('#/components/')) found.push(item)
      else refsIn(item, found)
    }
  return found
}

export const variants = {
  operationRemoved: (d: Doc) => void delete d.paths['/v1/lists'].get,
  operationAdded: (d: Doc) =>
    void (d.paths['/v1/contacts/export'] = {
      post: {
        operationId: 'exportContacts',
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    }),
  bodyFieldRequired: (d: Doc) => void d.components.schemas.TransactionalRequest.required.push('addToAudience'),
  responseFieldRemoved: (d: Doc) => {
    delete d.components.schemas.ContactSuccessResponse.properties.id
    d.components.schemas.ContactSuccessResponse.required = ['success']
  },
  requestEnumValueRemoved: (d: Doc) => void d.components.schemas.ContactPropertyCreateRequest.properties.type.enum.pop(),
  /** A request field that accepted null no longer does. */
  requestTypeNarrowed: (d: Doc) => void (d.components.schemas.UpdateCampaignRequest.properties.mailingListId.type = 'string'),
  /** Narrowing what a response returns breaks no caller. */
  responseTypeNarrowed: (d: Doc) => void (d.components.schemas.MailingList.properties.description.type = 'string'),
}
