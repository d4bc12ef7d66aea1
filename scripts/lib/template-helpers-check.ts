import { loopsTemplates, type LoopsTemplateName } from '../../src/loops/templates.js'
import type { PublishedTemplate } from './loops-templates-file.js'

/** `invitation` → `sendInvitationEmail`, the helper createLoopsEmails derives from the declaration. */
export const helperName = (name: string) => `send${name[0]!.toUpperCase()}${name.slice(1)}Email`

/** The hand-written helpers by the published template each declares it sends (`published` in src/loops/templates.ts). */
export function helpersByTemplate(): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const [name, declaration] of Object.entries(loopsTemplates))
    map.set(declaration.published, [...(map.get(declaration.published) ?? []), helperName(name)])
  return map
}

/**
 * Each hand-written helper against the template it declares: every variable the template requires must
 * be a field of the helper's schema, or Loops refuses every send of it with a 400.
 * "invitation now requires `teamSize`, which sendInvitationEmail does not send".
 */
export function helperProblems(templates: readonly PublishedTemplate[]): string[] {
  const problems: string[] = []
  for (const name of Object.keys(loopsTemplates) as LoopsTemplateName[]) {
    const { published, schema } = loopsTemplates[name]
    const helper = helperName(name)
    const template = templates.find((t) => t.name === published)
    if (!template) {
      problems.push(`${helper} sends the template "${published}", which Loops does not publish (renamed or unpublished?)`)
      continue
    }
    const sends = Object.keys(schema.shape)
    for (const variable of template.dataVariables)
      if (!sends.includes(variable)) problems.push(`${published} now requires \`${variable}\`, which ${helper} does not send`)
  }
  return problems
}
