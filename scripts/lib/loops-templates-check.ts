import type { LoopsClient } from '../../src/loops/client.js'
import { templateEnvVar } from '../../src/loops/template-env.js'
import { describeChange, diffTemplates, type TemplateChange } from './loops-templates-diff.js'
import { type PublishedTemplate, readTemplatesFile, TEMPLATES_FILE } from './loops-templates-file.js'
import { loopsBaseUrl, pullPublishedTemplates } from './loops-templates-pull.js'
import { type CallSite, findCallSites } from './template-callers.js'
import { helperProblems, helpersByTemplate } from './template-helpers-check.js'

export interface TemplatesCheckReport {
  /** A template the code relies on changed in Loops (exit 2). */
  changed: boolean
  changes: TemplateChange[]
  /** What `templates -- check` prints. */
  text: string
}

const where = (sites: CallSite[]) => sites.map((s) => `${s.file}:${s.line} (${s.callee})`).join(', ')

/** The code that sends this template: `sendTemplate('<name>', …)` anywhere, and the helpers that declare it. */
function sendersOf(template: string, sites: CallSite[], helpers: Map<string, string[]>): CallSite[] {
  const declared = helpers.get(template) ?? []
  return sites.filter((s) => (s.callee === 'sendTemplate' ? s.firstArg === template : declared.includes(s.callee)))
}

/** Compares the committed templates with `now`; names each change, the variable, and the code that sends the template. */
export async function reportTemplateChanges(root: string, committed: PublishedTemplate[], now: PublishedTemplate[], source: string) {
  const diff = diffTemplates(committed, now)
  const problems = helperProblems(now)
  const helpers = helpersByTemplate()
  const sites = await findCallSites(root, ['sendTemplate', ...[...helpers.values()].flat()])
  const lines: string[] = []
  for (const change of diff.changes) {
    lines.push(`  ${describeChange(change)}`)
    const variable = 'variable' in change ? change.variable : undefined
    for (const p of problems) if (variable && p.startsWith(`${change.template} now requires \`${variable}\``)) lines.push(`    ${p}`)
    const senders = sendersOf(change.template, sites, helpers)
    lines.push(`    sent from: ${senders.length ? where(senders) : `no call found in src/, examples/ or the dependent workspaces`}`)
  }
  for (const p of problems) if (!lines.some((l) => l.includes(p))) lines.push(`  ${p}`)
  const computed = sites.filter((s) => s.callee === 'sendTemplate' && s.firstArg === undefined)
  if (computed.length && lines.length) lines.push(`  sendTemplate with a computed name (check these by hand): ${where(computed)}`)
  const changed = diff.changes.length > 0 || problems.length > 0
  const info = [
    ...diff.added.map((name) => `  new in Loops, not in the file: ${JSON.stringify(name)} (pull to send it)`),
    ...diff.idChanged.map(
      (c) =>
        `  ${JSON.stringify(c.template)} has id ${c.to} there, ${c.from} in the file ` +
        `(another team? set ${templateEnvVar(c.template)} per environment)`,
    ),
  ]
  const head = changed
    ? `templates check: what ${source} publishes differs from ${TEMPLATES_FILE}:`
    : `templates check: ${TEMPLATES_FILE} matches what ${source} publishes (${now.length} template(s)).`
  const tail = changed ? ['Update the code above, then `npm run templates -- pull` and commit the file.'] : []
  return { changed, changes: diff.changes, text: [head, ...lines, ...info, ...tail].join('\n') }
}

/** `templates -- check`: the committed file against Loops now (LOOPS_API_KEY, LOOPS_BASE_URL). */
export async function runTemplatesCheck(root: string, client?: LoopsClient): Promise<TemplatesCheckReport> {
  const committed = await readTemplatesFile(root)
  const now = await pullPublishedTemplates(client)
  return reportTemplateChanges(root, committed, now, loopsBaseUrl())
}
