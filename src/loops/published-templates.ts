import { loopsPublishedTemplates } from '../../generated/loops-templates.ts'
import type { EnvSource } from '../core/runtime/env.ts'
import { templateEnvVar } from './template-env.ts'

export { templateEnvVar }

/**
 * The templates published in Loops, as `npm run templates -- pull` last wrote them
 * (generated/loops-templates.ts): names, ids and data variables, for `sendTemplate`'s types and ids.
 */
type Published = typeof loopsPublishedTemplates
/** The name of a published Loops transactional email: `'invitation' | 'welcome' | …`. */
export type PublishedTemplateName = keyof Published
/** The data variables a template requires, each a string or number, exactly those: `TemplateData<'invitation'>`. */
export type TemplateData<N extends PublishedTemplateName> = { [V in Published[N]['dataVariables'][number]]: string | number }
/** What `sendTemplate(name, …)` takes: the recipient, and the template's variables (none: may be omitted). */
export type TemplateSend<N extends PublishedTemplateName> = { email: string } & ([keyof TemplateData<N>] extends [never]
  ? { dataVariables?: Record<string, never> }
  : { dataVariables: TemplateData<N> })

/** Where a template's transactional id came from, as a 404 names it. */
export type TemplateIdSource = 'option' | 'env' | 'generated'

export interface ResolvedTemplateId {
  id: string
  source: TemplateIdSource
  /** `templateId option`, `LOOPS_TEMPLATE_INVITATION`, or `generated/loops-templates.ts`. */
  from: string
}

export const publishedTemplate = (name: string): { id: string; dataVariables: readonly string[] } | undefined =>
  Object.hasOwn(loopsPublishedTemplates, name) ? loopsPublishedTemplates[name as PublishedTemplateName] : undefined

/**
 * A template's id in this environment, by name: the caller's option, else `LOOPS_TEMPLATE_<NAME>` (so a
 * staging deploy points at its own team's ids), else the id in the generated file (the team that was pulled).
 */
export function resolveTemplateId(name: string, env: EnvSource, option?: string): ResolvedTemplateId | undefined {
  if (option?.trim()) return { id: option.trim(), source: 'option', from: 'the templateId option' }
  const envVar = templateEnvVar(name)
  const fromEnv = env[envVar]?.trim()
  if (fromEnv) return { id: fromEnv, source: 'env', from: envVar }
  const generated = publishedTemplate(name)?.id
  return generated ? { id: generated, source: 'generated', from: 'generated/loops-templates.ts' } : undefined
}
