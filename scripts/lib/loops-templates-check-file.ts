import { readFile } from 'node:fs/promises'
import type { SpecResult } from './generate-all.js'
import { parseTemplatesFile, TEMPLATES_FILE, templatesFileProblem, templatesPath } from './loops-templates-file.js'
import { helperProblems } from './template-helpers-check.js'

export { TEMPLATES_FILE }

/**
 * `generate --check`'s part for generated/loops-templates.ts: it is exactly what `templates pull` writes
 * (no hand edit), and every hand-written helper sends each variable its declared template requires.
 * Whether Loops still publishes the same is `templates -- check`'s job (it needs the network).
 */
export async function checkTemplatesFile(root: string): Promise<SpecResult> {
  const name = 'loops-templates'
  const text = await readFile(templatesPath(root), 'utf8').catch(() => undefined)
  if (text === undefined) return { name, status: 'missing', detail: `${TEMPLATES_FILE} does not exist: run \`npm run templates -- pull\`` }
  const problem = templatesFileProblem(text)
  if (problem) return { name, status: 'stale', detail: `${problem}; run \`npm run templates -- pull\`` }
  const helpers = helperProblems(parseTemplatesFile(text).templates)
  if (helpers.length) return { name, status: 'stale', detail: `${helpers.join('; ')} (src/loops/templates.ts)` }
  return { name, status: 'fresh' }
}
