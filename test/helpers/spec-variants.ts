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
