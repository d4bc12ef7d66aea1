import { z } from '#zod'
import type * as Zod from 'zod/mini'
import { lazyValue } from '../core/runtime/lazy-value.ts'
import type { InputSchema } from '../core/http/client-options.ts'
import { INVALID, plain } from './plain-parse.ts'

/**
 * Checks run before a request is sent, for what the spec cannot say (an email must look like one,
 * ids must not be blank). A failing call is a ValidationError carrying the zod issues; nothing is sent.
 * Every schema here is built (and zod loaded) on first use, not at import: see src/core/runtime/zod.node.ts.
 */
export const email = lazyValue(() => z.email({ message: 'must be an email address' }))
export const nonEmpty = lazyValue(() => z.string().check(z.refine((s) => s.trim().length > 0, { message: 'must not be empty' })))
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const properties = () => z.custom<Record<string, unknown>>(isObject, { message: 'must be an object of name → value' })
const needsEmailOrUserId = () =>
  z.refine<{ email?: unknown; userId?: unknown }>((v) => v.email !== undefined || v.userId !== undefined, {
    message: 'needs email or userId',
  })
const contactLookup = () => z.object({ email: z.optional(email), userId: z.optional(nonEmpty) }).check(needsEmailOrUserId())

export { EMAIL } from './plain-parse.ts'

const OK = { success: true } as const
/**
 * The sends run on every email: a plain predicate accepts the common valid input (~1 µs) and zod
 * runs only when it says no, to decide and to name the issues. The predicate never accepts what the
 * schema rejects (it uses zod's own email regex; a test checks both on a corpus).
 */
function withFastPath(
  build: () => Zod.ZodMiniType,
  accepts: (input: Record<string, unknown>) => boolean,
): InputSchema & { schema: Zod.ZodMiniType } {
  const schema = lazyValue(build)
  return {
    schema,
    safeParse: (input) => (isObject(input) && accepts(input) ? OK : (schema.safeParse(input) as ReturnType<InputSchema['safeParse']>)),
  }
}
const filled = (v: unknown) => plain.nonEmpty(v) !== INVALID
const isEmail = (v: unknown) => plain.email(v) !== INVALID

export const loopsInputSchemas = {
  sendTransactionalEmail: withFastPath(
    () =>
      z.object({
        transactionalId: nonEmpty,
        email,
        dataVariables: z.optional(properties()),
        addToAudience: z.optional(z.boolean()),
      }),
    (i) =>
      filled(i.transactionalId) &&
      isEmail(i.email) &&
      (i.dataVariables === undefined || isObject(i.dataVariables)) &&
      (i.addToAudience === undefined || typeof i.addToAudience === 'boolean'),
  ),
  sendEvent: withFastPath(
    () =>
      z
        .object({
          eventName: nonEmpty,
          email: z.optional(email),
          userId: z.optional(nonEmpty),
          eventProperties: z.optional(properties()),
        })
        .check(needsEmailOrUserId()),
    (i) =>
      filled(i.eventName) &&
      (i.email !== undefined || i.userId !== undefined) &&
      (i.email === undefined || isEmail(i.email)) &&
      (i.userId === undefined || filled(i.userId)) &&
      (i.eventProperties === undefined || isObject(i.eventProperties)),
  ),
  createContact: lazyValue(() => z.object({ email })),
  updateContact: lazyValue(contactLookup),
  findContact: lazyValue(contactLookup),
  deleteContact: lazyValue(contactLookup),
}
