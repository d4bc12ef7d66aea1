import { z } from 'zod'
import type { LoopsEnv } from './config.js'

/**
 * The product's transactional emails. Adding one is a declaration here (its data schema and the env
 * var that holds its Loops transactional id); `createLoopsEmails` derives the send function.
 */
export interface TemplateDeclaration<S extends z.ZodObject = z.ZodObject> {
  /** Env var holding the Loops transactional id. */
  envVar: keyof LoopsEnv & `LOOPS_TEMPLATE_${string}`
  /** The template's data variables. */
  schema: S
}

const name = z.string().trim().min(1, { message: 'must not be empty' })

export const loopsTemplates = {
  invitation: {
    envVar: 'LOOPS_TEMPLATE_INVITATION',
    schema: z.object({
      firstName: name,
      organizationName: name,
      inviterName: name,
      invitationUrl: z.url({ message: 'must be an absolute URL' }),
      role: name.default('member'),
    }),
  },
  welcome: {
    envVar: 'LOOPS_TEMPLATE_WELCOME',
    schema: z.object({ firstName: name, organizationName: name, role: name.default('member') }),
  },
  basic: {
    envVar: 'LOOPS_TEMPLATE_BASIC',
    schema: z.object({ subject: name, message: name }),
  },
} as const satisfies Record<string, TemplateDeclaration>

export type LoopsTemplateName = keyof typeof loopsTemplates
export type InvitationEmailData = z.input<(typeof loopsTemplates)['invitation']['schema']>
export type WelcomeEmailData = z.input<(typeof loopsTemplates)['welcome']['schema']>
export type BasicEmailData = z.input<(typeof loopsTemplates)['basic']['schema']>

/** The signup event's data. */
export const signupEventSchema = z.object({ userId: name, email: z.email({ message: 'must be an email address' }), firstName: name })
export type SignupEventData = z.input<typeof signupEventSchema>
