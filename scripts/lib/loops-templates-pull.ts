import { readFile } from 'node:fs/promises'
import { createLoopsClient, type LoopsClient } from '../../src/loops/client.js'
import { LOOPS_DEFAULT_BASE_URL } from '../../src/loops/config.js'
import { writeFileAtomic } from './files.js'
import {
  type PublishedTemplate,
  renderTemplatesFile,
  sourceLabel,
  TEMPLATES_FILE,
  TemplatesError,
  templatesPath,
} from './loops-templates-file.js'

/** More pages than any team has templates for (50 a page): a cursor that never ends is a vendor bug, not a reason to hang. */
const MAX_PAGES = 200

const isText = (v: unknown): v is string => typeof v === 'string' && v !== ''

function checkedTemplate(item: unknown, page: number): PublishedTemplate {
  const t = item as { id?: unknown; name?: unknown; dataVariables?: unknown }
  const vars = t?.dataVariables
  if (!isText(t?.id) || typeof t.name !== 'string' || !Array.isArray(vars) || !vars.every(isText))
    throw new TemplatesError(
      `GET /v1/transactional page ${page}: an entry is not { id, name, dataVariables: string[] } (${JSON.stringify(item)?.slice(0, 120)})`,
    )
  return { id: t.id, name: t.name, dataVariables: vars }
}

/**
 * Every published transactional email of the team the client's key belongs to, all pages
 * (`listPublishedTransactionalEmails`, 50 a page, following `pagination.nextCursor`).
 */
export async function pullPublishedTemplates(client: LoopsClient = createLoopsClient()): Promise<PublishedTemplate[]> {
  const templates: PublishedTemplate[] = []
  const seen = new Set<string>()
  let cursor: string | undefined
  for (let page = 1; page <= MAX_PAGES; page++) {
    const answer = await client.listPublishedTransactionalEmails({ perPage: '50', ...(cursor ? { cursor } : {}) })
    if (!Array.isArray(answer?.data)) throw new TemplatesError(`GET /v1/transactional page ${page}: the answer has no data list`)
    for (const item of answer.data) templates.push(checkedTemplate(item, page))
    const next = answer.pagination?.nextCursor
    if (!next) return templates
    if (seen.has(next)) throw new TemplatesError(`GET /v1/transactional: page ${page} points back to cursor ${next}`)
    seen.add(next)
    cursor = next
  }
  throw new TemplatesError(`GET /v1/transactional: still more pages after ${MAX_PAGES}; stopped`)
}

/** The team the key belongs to (`GET /v1/api-key`) and the URL: the file's provenance line. */
export async function pulledFrom(client: LoopsClient): Promise<string> {
  const { teamName } = await client.testApiKey()
  return sourceLabel(loopsBaseUrl(), typeof teamName === 'string' ? teamName : undefined)
}

/** The Loops this process talks to (LOOPS_BASE_URL), for the file's provenance line. */
export const loopsBaseUrl = (env = process.env) => env.LOOPS_BASE_URL?.trim() || LOOPS_DEFAULT_BASE_URL

/** `templates pull`: writes the file only when its bytes change (a second pull with nothing new leaves it untouched). */
export async function pullTemplatesFile(root: string, client?: LoopsClient): Promise<{ written: boolean; count: number; path: string }> {
  const loops = client ?? createLoopsClient()
  const templates = await pullPublishedTemplates(loops)
  const text = renderTemplatesFile(templates, await pulledFrom(loops))
  const path = templatesPath(root)
  const before = await readFile(path, 'utf8').catch(() => undefined)
  if (before !== text) await writeFileAtomic(path, text)
  return { written: before !== text, count: templates.length, path: TEMPLATES_FILE }
}
