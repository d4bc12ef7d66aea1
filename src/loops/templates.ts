import { z as zod } from '#zod'
import type * as z from 'zod/mini'
import { lazyValue } from '../core/runtime/lazy-value.ts'
import { plain, plainObject } from './plain-parse.ts'
import type { PublishedTemplateName } from './published-templates.ts'
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
  /**
   * The published Loops template it sends (a name in generated/loops-templates.ts): `generate --check` and
   * `templates -- check` fail when that template requires a variable the schema does not send.
   */
  published: PublishedTemplateName
  /** The template's data variables. */
  schema: S
  /**
   * Optional: the same parse without zod for plainly valid data (plain-parse.ts), so a first send needs
   * no zod; must never accept what `schema` rejects (add it to the corpus test).
   */
  plain?: (input: unknown) => Record<string, unknown> | undefined
}

const role = () => zod._default(nonEmpty, 'member')
/** Trimmed before sending: these end up in the email text. */
const text = () => zod.string().check(zod.trim(), zod.minLength(1, { message: 'must not be empty' }))

export const loopsTemplates = {
  invitation: {
    envVar: 'LOOPS_TEMPLATE_INVITATION',
    published: 'invitation',
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
    plain: plainObject({
      firstName: plain.text,
      organizationName: plain.text,
      inviterName: plain.text,
      invitationUrl: plain.httpUrl,
      role: plain.role,
    }),
  },
  welcome: {
    envVar: 'LOOPS_TEMPLATE_WELCOME',
    published: 'welcome',
    schema: lazyValue(() => zod.object({ firstName: text(), organizationName: text(), role: role() })),
    plain: plainObject({ firstName: plain.text, organizationName: plain.text, role: plain.role }),
  },
  basic: {
    envVar: 'LOOPS_TEMPLATE_BASIC',
    published: 'basic',
    schema: lazyValue(() => zod.object({ subject: text(), message: text() })),
    plain: plainObject({ subject: plain.text, message: plain.text }),
  },
} as const satisfies Record<string, TemplateDeclaration>

export type LoopsTemplateName = keyof typeof loopsTemplates
export type LoopsTemplateEnvVar = (typeof loopsTemplates)[LoopsTemplateName]['envVar']
export type InvitationEmailData = z.input<(typeof loopsTemplates)['invitation']['schema']>
export type WelcomeEmailData = z.input<(typeof loopsTemplates)['welcome']['schema']>
export type BasicEmailData = z.input<(typeof loopsTemplates)['basic']['schema']>

/** The signup event's data. */
export const signupEventSchema = lazyValue(() => zod.object({ userId: nonEmpty, email, firstName: text() }))
/** signupEventSchema without zod, for plainly valid data (see plain-parse.ts). */
export const plainSignupEvent = plainObject({ userId: plain.nonEmpty, email: plain.email, firstName: plain.text })
export type SignupEventData = z.input<typeof signupEventSchema>
