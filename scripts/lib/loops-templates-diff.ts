import type { PublishedTemplate } from './loops-templates-file.js'

/** One way a template the code relies on differs from what Loops publishes now. */
export type TemplateChange =
  | { template: string; kind: 'gained-variable' | 'lost-variable'; variable: string }
  | { template: string; kind: 'renamed'; to: string }
  | { template: string; kind: 'unpublished' }

export interface TemplatesDiff {
  /** Breaking for the code: sends typed from the committed file would now fail or send unused data. */
  changes: TemplateChange[]
  /** Informational: published now but not in the file (pull to use them). */
  added: string[]
  /** Informational: same name, another id (expected when the check runs against another team). */
  idChanged: { template: string; from: string; to: string }[]
}

/** Compares the committed templates with Loops' current ones, by name (ids differ per team); a lost name found by id is a rename. */
export function diffTemplates(committed: readonly PublishedTemplate[], now: readonly PublishedTemplate[]): TemplatesDiff {
  const byName = new Map(now.map((t) => [t.name, t]))
  const byId = new Map(now.map((t) => [t.id, t]))
  const known = new Set(committed.map((t) => t.name))
  const diff: TemplatesDiff = { changes: [], added: [], idChanged: [] }
  for (const old of committed) {
    const current = byName.get(old.name)
    if (!current) {
      const renamed = byId.get(old.id)
      diff.changes.push(renamed ? { template: old.name, kind: 'renamed', to: renamed.name } : { template: old.name, kind: 'unpublished' })
      continue
    }
    if (current.id !== old.id) diff.idChanged.push({ template: old.name, from: old.id, to: current.id })
    for (const variable of current.dataVariables)
      if (!old.dataVariables.includes(variable)) diff.changes.push({ template: old.name, kind: 'gained-variable', variable })
    for (const variable of old.dataVariables)
      if (!current.dataVariables.includes(variable)) diff.changes.push({ template: old.name, kind: 'lost-variable', variable })
  }
  diff.added = now
    .filter((t) => !known.has(t.name) && !diff.changes.some((c) => c.kind === 'renamed' && c.to === t.name))
    .map((t) => t.name)
  return diff
}

/** The change in plain words: "invitation gained the data variable `teamSize` (every send must now carry it)". */
export function describeChange(change: TemplateChange): string {
  const name = JSON.stringify(change.template)
  if (change.kind === 'gained-variable')
    return `${name} gained the data variable \`${change.variable}\` (Loops now refuses a send without it)`
  if (change.kind === 'lost-variable')
    return `${name} lost the data variable \`${change.variable}\` (sends still carry it; Loops ignores it)`
  if (change.kind === 'renamed')
    return `${name} was renamed to ${JSON.stringify(change.to)} in Loops (sendTemplate(${name}) no longer matches it)`
  return `${name} is no longer published in Loops (sends to it fail with 404)`
}
