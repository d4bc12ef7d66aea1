import { z } from 'zod'

/**
 * Checks run before a request is sent, for what the spec cannot say (an email must look like one,
 * ids must not be blank). A failing call is a ValidationError carrying these zod issues; nothing is sent.
 */
const email = z.email({ message: 'must be an email address' })
const id = z.string().trim().min(1, { message: 'must not be empty' })
const properties = z.record(z.string(), z.unknown(), { message: 'must be an object of name → value' })
const emailOrUserId = (v: { email?: unknown; userId?: unknown }) => v.email !== undefined || v.userId !== undefined

export const loopsInputSchemas = {
  sendTransactionalEmail: z.looseObject({
    transactionalId: id,
    email,
    dataVariables: properties.optional(),
    addToAudience: z.boolean().optional(),
  }),
  sendEvent: z
    .looseObject({ eventName: id, email: email.optional(), userId: id.optional(), eventProperties: properties.optional() })
    .refine(emailOrUserId, { message: 'needs email or userId' }),
  createContact: z.looseObject({ email }),
  updateContact: z.looseObject({ email: email.optional(), userId: id.optional() }).refine(emailOrUserId, { message: 'needs email or userId' }),
  findContact: z.looseObject({ email: email.optional(), userId: id.optional() }).refine(emailOrUserId, { message: 'needs email or userId' }),
  deleteContact: z.looseObject({ email: email.optional(), userId: id.optional() }).refine(emailOrUserId, { message: 'needs email or userId' }),
}
