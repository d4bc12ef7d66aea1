import { invalidInputError, type ValidationError } from '../core/errors.ts'
import { loopsTemplates, signupEventSchema } from '../loops/templates.ts'
import type { OutboxHelper } from './jobs.ts'

/**
 * The most characters one field of a queued send may hold. A job lives in Redis memory until it is
 * delivered (and 24 h after): a 5 MB `firstName` is a bug or an attack, never an email (issue 19, item 14).
 */
export const MAX_FIELD_CHARS = 10_000

/** Why a value is too big to queue, or undefined. */
const overBound = (value: unknown) =>
  typeof value === 'string' && value.length > MAX_FIELD_CHARS
    ? `${value.length} characters, more than the ${MAX_FIELD_CHARS} a queued send may hold`
    : undefined

/** The fields each helper takes, read from the same schemas the helpers validate with (built once, on first use). */
let fields: Record<OutboxHelper, ReadonlySet<string>> | undefined
function fieldsOf(helper: OutboxHelper): ReadonlySet<string> {
  fields ??= {
    sendInvitationEmail: new Set(['email', ...Object.keys(loopsTemplates.invitation.schema.shape)]),
    sendWelcomeEmail: new Set(['email', ...Object.keys(loopsTemplates.welcome.schema.shape)]),
    sendBasicEmail: new Set(['email', ...Object.keys(loopsTemplates.basic.schema.shape)]),
    sendSignupEvent: new Set(Object.keys(signupEventSchema.shape)),
  }
  return fields[helper]
}

/**
 * The job's size and shape, checked before its content: only the helper's own fields (an unknown one
 * would be stored and carried to the worker for nothing, and may be personal data the caller did not
 * mean to keep), each string at most MAX_FIELD_CHARS. Undefined when within bounds (one pass over
 * the keys, no allocation), else a ValidationError that names the field, never its value.
 */
export function payloadProblem(helper: OutboxHelper, input: unknown): ValidationError | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined // the schema says what is wrong
  const allowed = fieldsOf(helper)
  let issues: { path: string[]; message: string }[] | undefined
  for (const key in input) {
    if (!Object.hasOwn(input, key)) continue
    const value = (input as Record<string, unknown>)[key]
    const message = !allowed.has(key) ? `unknown field (${helper} takes ${[...allowed].join(', ')})` : overBound(value)
    if (message) (issues ??= []).push({ path: [key.slice(0, 60)], message })
  }
  return issues && invalidInputError(`outbox.${helper}`, `${helper} data`, issues, { service: 'loops', operation: helper })
}

/** A queued `sendTemplate`: its name and variables are checked by `templateSendProblem`; here, each value's size. */
export function templatePayloadProblem(input: unknown): ValidationError | undefined {
  const { email, dataVariables } = (input ?? {}) as { email?: unknown; dataVariables?: Record<string, unknown> }
  const issues: { path: string[]; message: string }[] = []
  const emailProblem = overBound(email)
  if (emailProblem) issues.push({ path: ['email'], message: emailProblem })
  for (const [key, value] of Object.entries(dataVariables ?? {})) {
    const message = overBound(value)
    if (message) issues.push({ path: ['dataVariables', key.slice(0, 60)], message })
  }
  return issues.length
    ? invalidInputError('outbox.sendTemplate', 'sendTemplate data', issues, { service: 'loops', operation: 'sendTemplate' })
    : undefined
}
