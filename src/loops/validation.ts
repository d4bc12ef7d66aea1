import * as z from 'zod/mini'

/**
 * Checks run before a request is sent, for what the spec cannot say (an email must look like one,
 * ids must not be blank). A failing call is a ValidationError carrying these zod issues; nothing is sent.
 */
export const email = z.email({ message: 'must be an email address' })
export const nonEmpty = z.string().check(z.trim(), z.minLength(1, { message: 'must not be empty' }))
const properties = z.record(z.string(), z.unknown(), { message: 'must be an object of name → value' })
const needsEmailOrUserId = z.refine<{ email?: unknown; userId?: unknown }>((v) => v.email !== undefined || v.userId !== undefined, { message: 'needs email or userId' })
const contactLookup = z.looseObject({ email: z.optional(email), userId: z.optional(nonEmpty) }).check(needsEmailOrUserId)

export const loopsInputSchemas = {
  sendTransactionalEmail: z.looseObject({
    transactionalId: nonEmpty,
    email,
    dataVariables: z.optional(properties),
    addToAudience: z.optional(z.boolean()),
  }),
  sendEvent: z.looseObject({ eventName: nonEmpty, email: z.optional(email), userId: z.optional(nonEmpty), eventProperties: z.optional(properties) }).check(needsEmailOrUserId),
  createContact: z.looseObject({ email }),
  updateContact: contactLookup,
  findContact: contactLookup,
  deleteContact: contactLookup,
}
