import * as z from 'zod/mini'
import { email, nonEmpty } from './validation.js'

/**
 * The product's transactional emails. Adding one is one declaration here (its data schema and the env
 * var that holds its Loops transactional id): the env schema gains the variable and
 * `createLoopsEmails` gains `send<Name>Email`, both derived from this table.
 */
export interface TemplateDeclaration<S extends z.ZodMiniObject = z.ZodMiniObject> {
  /** Env var holding the Loops transactional id. */
  envVar: `LOOPS_TEMPLATE_${Uppercase<string>}`
  /** The template's data variables. */
  schema: S
}

const role = z._default(nonEmpty, 'member')
/** Trimmed before sending: these end up in the email text. */
const text = z.string().check(z.trim(), z.minLength(1, { message: 'must not be empty' }))

export const loopsTemplates = {
  invitation: {
    envVar: 'LOOPS_TEMPLATE_INVITATION',
    schema: z.object({
      firstName: text,
      organizationName: text,
      inviterName: text,
      // A link in a real email: http(s) only, never javascript:, data: or file:.
      invitationUrl: z.url({ protocol: /^https?$/, message: 'must be an absolute http(s) URL' }),
      role,
    }),
  },
  welcome: {
    envVar: 'LOOPS_TEMPLATE_WELCOME',
    schema: z.object({ firstName: text, organizationName: text, role }),
  },
  basic: {
    envVar: 'LOOPS_TEMPLATE_BASIC',
    schema: z.object({ subject: text, message: text }),
  },
} as const satisfies Record<string, TemplateDeclaration>

export type LoopsTemplateName = keyof typeof loopsTemplates
export type LoopsTemplateEnvVar = (typeof loopsTemplates)[LoopsTemplateName]['envVar']
export type InvitationEmailData = z.input<(typeof loopsTemplates)['invitation']['schema']>
export type WelcomeEmailData = z.input<(typeof loopsTemplates)['welcome']['schema']>
export type BasicEmailData = z.input<(typeof loopsTemplates)['basic']['schema']>

/** The signup event's data. */
export const signupEventSchema = z.object({ userId: nonEmpty, email, firstName: text })
export type SignupEventData = z.input<typeof signupEventSchema>
