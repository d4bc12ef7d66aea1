import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * `generated/loops-templates.ts`: Loops' published transactional emails (id, name, data variables),
 * written by `npm run templates -- pull` and read by the package's `sendTemplate` types. The text is a
 * pure function of the templates and the source label, so a second pull with nothing changed writes
 * the same bytes: sorted by name, variables sorted and deduplicated, no timestamps.
 */
export const TEMPLATES_FILE = 'generated/loops-templates.ts'
export const templatesPath = (root: string) => join(root, TEMPLATES_FILE)

export interface PublishedTemplate {
  id: string
  name: string
  dataVariables: string[]
}

/** A problem with what Loops returned or with the committed file: one line, nothing written. */
export class TemplatesError extends Error {
  override name = 'TemplatesError'
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** Sorted, deduplicated, and refused when two published templates share a name (a name must say which one). */
export function normalizeTemplates(templates: readonly PublishedTemplate[]): PublishedTemplate[] {
  const byName = new Map<string, PublishedTemplate>()
  for (const t of templates) {
    const other = byName.get(t.name)
    if (other && other.id !== t.id)
      throw new TemplatesError(
        `two published templates are named ${JSON.stringify(t.name)} (${other.id} and ${t.id}): rename one in Loops, ` +
          'sendTemplate picks a template by its name',
      )
    byName.set(t.name, { id: t.id, name: t.name, dataVariables: [...new Set(t.dataVariables)].sort() })
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/**
 * Where a pull read from, as the header says it: the key's team (ids belong to one team) and the host; a local
 * stand-in is said to be one, its ids placeholders.
 */
export function sourceLabel(baseUrl: string, teamName?: string): string {
  const url = new URL(baseUrl)
  const team = teamName ? `Loops team ${JSON.stringify(teamName)}` : 'Loops'
  if (['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
    return `a local Loops stand-in (${team}): placeholder ids, pull from the real team before relying on them`
  return `${team} at ${url.origin}${url.pathname.replace(/\/$/, '')}`
}

const MARK = 'templates-sha256: '
const BODY_START = 'export const loopsPublishedTemplates = '
const BODY_END = ' as const\n'

/** The file's text. Names and variables are JSON string literals: whatever Loops sends, they stay data. */
export function renderTemplatesFile(templates: readonly PublishedTemplate[], source: string): string {
  const sorted = normalizeTemplates(templates)
  const data = Object.fromEntries(sorted.map((t) => [t.name, { id: t.id, dataVariables: t.dataVariables }]))
  const body = `${BODY_START}${JSON.stringify(data, null, 2)}${BODY_END}`
  const safeSource = source.replace(/\*\//g, '*\\/').replace(/[\r\n\u2028\u2029]/g, ' ')
  return `/**
 * GENERATED FILE — do not edit by hand; run \`npm run templates -- pull\` (LOOPS_API_KEY, LOOPS_BASE_URL).
 * Loops' published transactional emails by name: id and data variables (GET /v1/transactional, every page).
 * Pulled from: ${safeSource}.
 * \`npm run templates -- check\` compares it with Loops now; \`npm run generate -- --check\` fails on a hand edit.
 * ${MARK}${sha256(body)}
 */
${body}`
}

/** The templates a file holds, or a TemplatesError saying why it is not a file `pull` wrote. */
export function parseTemplatesFile(text: string): { templates: PublishedTemplate[]; source: string } {
  const start = text.indexOf(BODY_START)
  const end = text.lastIndexOf(BODY_END)
  const source = /Pulled from: (.*)\.\n/.exec(text)?.[1]
  if (start < 0 || end < start || source === undefined) throw new TemplatesError(`${TEMPLATES_FILE} is not a file \`templates pull\` wrote`)
  let data: Record<string, { id: string; dataVariables: string[] }>
  try {
    data = JSON.parse(text.slice(start + BODY_START.length, end))
  } catch {
    throw new TemplatesError(`${TEMPLATES_FILE}: its template list is not valid JSON (edited by hand?)`)
  }
  return { templates: Object.entries(data).map(([name, t]) => ({ name, id: t.id, dataVariables: t.dataVariables })), source }
}

/** Why the committed file is not exactly what `pull` writes for its own data (hand edit, reordering), or undefined. */
export function templatesFileProblem(text: string): string | undefined {
  try {
    const { templates, source } = parseTemplatesFile(text)
    const stated = new RegExp(`${MARK}([0-9a-f]{64})`).exec(text)?.[1]
    const start = text.indexOf(BODY_START)
    if (stated !== sha256(text.slice(start))) return 'it was edited by hand (its body no longer matches the hash in its header)'
    if (renderTemplatesFile(templates, source) !== text) return 'it is not what `templates pull` writes (edited or reordered by hand)'
    return undefined
  } catch (err) {
    return err instanceof TemplatesError ? err.message : String(err)
  }
}

export async function readTemplatesFile(root: string): Promise<PublishedTemplate[]> {
  const text = await readFile(templatesPath(root), 'utf8').catch(() => {
    throw new TemplatesError(`${TEMPLATES_FILE} does not exist: run \`npm run templates -- pull\``)
  })
  return parseTemplatesFile(text).templates
}
