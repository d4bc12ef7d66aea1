import { z as zod } from '#zod'
import type * as z from 'zod/mini'
import { lazyValue } from '../core/lazy-value.ts'
import { email, nonEmpty } from './validation.ts'

/**
 * The product's transactional emails. Adding one is one declaration here (its data schema and the env
 * var that holds its Loops transactional id): the env schema gains the variable and
 * `createLoopsEmails` gains `send<Name>Email`, both derived from this table. Schemas are written as
 * `lazyValue(() => …)`: built, and zod loaded, on first use rather than at import.
 */
export interface TemplateDeclaration<S extends z.ZodMiniObject = z.ZodMiniObject> {
  /** Env var holding the Loops transactional id. */
  envVar: `LOOPS_TEMPLATE_${Uppercase<string>}`
  /** The template's data variables. */
  schema: S
}

const role = () => zod._default(nonEmpty, 'member')
/** Trimmed before sending: these end up in the email text. */
const text = () => zod.string().check(zod.trim(), zod.minLength(1, { message: 'must not be empty' }))

export const loopsTemplates = {
  invitation: {
    envVar: 'LOOPS_TEMPLATE_INVITATION',
    schema: lazyValue(() =>
      zod.object({
        firstName: text(),
        organizationName: text(),
        inviterName: text(),
        // A link in a real email: http(s) only, never javascript:, data: or file:.
        invitationUrl: zod.url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' }),
        role: role(),
      }),
    ),
  },
  welcome: {
    envVar: 'LOOPS_TEMPLATE_WELCOME',
    schema: lazyValue(() => zod.object({ firstName: text(), organizationName: text(), role: role() })),
  },
  basic: {
    envVar: 'LOOPS_TEMPLATE_BASIC',
    schema: lazyValue(() => zod.object({ subject: text(), message: text() })),
  },
} as const satisfies Record<string, TemplateDeclaration>

export type LoopsTemplateName = keyof typeof loopsTemplates
export type LoopsTemplateEnvVar = (typeof loopsTemplates)[LoopsTemplateName]['envVar']
export type InvitationEmailData = z.input<(typeof loopsTemplates)['invitation']['schema']>
export type WelcomeEmailData = z.input<(typeof loopsTemplates)['welcome']['schema']>
export type BasicEmailData = z.input<(typeof loopsTemplates)['basic']['schema']>

/** The signup event's data. */
export const signupEventSchema = lazyValue(() => zod.object({ userId: nonEmpty, email, firstName: text() }))
export type SignupEventData = z.input<typeof signupEventSchema>
