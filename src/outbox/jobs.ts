import * as z from 'zod/mini'
import { IntegrationError, invalidInputError, type ValidationError } from '../core/errors.ts'
import { checkIdempotencyKey as keyProblem } from '../core/http/idempotency.ts'
import { LOOPS_MAX_IDEMPOTENCY_KEY_LENGTH } from '../loops/client.ts'
import { INVALID, plain } from '../loops/plain-parse.ts'
import { templateSendProblem } from '../loops/template-delivery.ts'
import { loopsTemplates, plainSignupEvent, signupEventSchema } from '../loops/templates.ts'
import { email } from '../loops/validation.ts'
import { payloadProblem, templatePayloadProblem } from './payload-limits.ts'

/** The queue every outbox producer and worker of a Redis shares. */
export const OUTBOX_QUEUE = 'loops-outbox'

/** The queued sends: the same four helpers as `@codebuff/integrations/loops`. */
export const OUTBOX_HELPERS = ['sendInvitationEmail', 'sendWelcomeEmail', 'sendBasicEmail', 'sendSignupEvent'] as const
export type OutboxHelper = (typeof OUTBOX_HELPERS)[number]

const schemas: Record<OutboxHelper, z.ZodMiniType> = {
  sendInvitationEmail: z.extend(loopsTemplates.invitation.schema, { email }),
  sendWelcomeEmail: z.extend(loopsTemplates.welcome.schema, { email }),
  sendBasicEmail: z.extend(loopsTemplates.basic.schema, { email }),
  sendSignupEvent: signupEventSchema,
}
const what: Record<OutboxHelper, string> = {
  sendInvitationEmail: 'invitation email data',
  sendWelcomeEmail: 'welcome email data',
  sendBasicEmail: 'basic email data',
  sendSignupEvent: 'signup event data',
}

export const isOutboxHelper = (name: string): name is OutboxHelper => (OUTBOX_HELPERS as readonly string[]).includes(name)
/** `outbox.sendTemplate`'s job: input `{ template, email, dataVariables }`, delivered by `sendTemplate`. */
export const TEMPLATE_JOB = 'sendTemplate'
export type OutboxJob = OutboxHelper | typeof TEMPLATE_JOB
export const isOutboxJob = (name: string): name is OutboxJob => name === TEMPLATE_JOB || isOutboxHelper(name)
/** A template send as a job's input: the name travels with the data, the id is resolved by the worker's env. */
export const templateJobInput = (name: string, data: { email?: unknown; dataVariables?: unknown } | null | undefined) => ({
  template: name,
  email: data?.email,
  dataVariables: data?.dataVariables ?? {},
})

type Input = Record<string, unknown>
const withEmail = (parse: ((input: unknown) => Input | undefined) | undefined) => (i: Input) =>
  parse?.(i) !== undefined && plain.email(i.email) !== INVALID
/**
 * The helpers' own zod-free parsers (plain-parse.ts, `plain` on each template): they accept the common
 * valid input in ~1 µs (the enqueue is priced against a bare BullMQ add) and only what the schema
 * accepts; zod runs only when one says no, to decide and to name the issues. One set, shared with the
 * helpers, so the outbox never accepts what the helper would refuse at 3 a.m. in a worker.
 */
export const fastAccepts: Record<OutboxHelper, (i: Input) => boolean> = {
  sendInvitationEmail: withEmail(loopsTemplates.invitation.plain),
  sendWelcomeEmail: withEmail(loopsTemplates.welcome.plain),
  sendBasicEmail: withEmail(loopsTemplates.basic.plain),
  sendSignupEvent: (i) => plainSignupEvent(i) !== undefined,
}
export const inputSchemas = schemas

/** The same checks the helper runs before sending, run before queueing: bad data is refused now, not at 3 a.m. in a worker. */
export function validateInput(helper: OutboxJob, input: unknown): ValidationError | undefined {
  if (helper === TEMPLATE_JOB)
    return templateSendProblem((input as { template?: unknown })?.template, input) ?? templatePayloadProblem(input)
  const unbounded = payloadProblem(helper, input)
  if (unbounded) return unbounded
  if (typeof input === 'object' && input !== null && !Array.isArray(input) && fastAccepts[helper](input as Input)) return undefined
  const parsed = schemas[helper].safeParse(input)
  if (parsed.success) return undefined
  return invalidInputError(`outbox.${helper}`, what[helper], parsed.error.issues, { service: 'loops', operation: helper })
}

/** The key rule the Loops client applies (1–100 characters), checked now: a key the worker would always refuse queues nothing. */
export function checkIdempotencyKey(helper: OutboxJob, key: unknown): ValidationError | undefined {
  const where = { service: 'loops', operation: helper, label: `outbox.${helper}` }
  return keyProblem(key, LOOPS_MAX_IDEMPOTENCY_KEY_LENGTH, where, 'queued')
}

/** What a queued job holds: the helper's input and the idempotency key every attempt sends. */
export interface OutboxJobData {
  idempotencyKey: string
  input: Record<string, unknown>
  /** The producer's W3C trace context, so enqueue → delivery shows as one trace (only when tracing is on). */
  traceContext?: Record<string, string>
  /** The last failure, for `npm run outbox -- failed`. */
  lastError?: SerializedError
}

export interface SerializedError {
  name: string
  message: string
  status?: number
  retryable: boolean
  retryAfterMs?: number
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof IntegrationError) {
    const retryAfterMs = (error as { retryAfterMs?: number }).retryAfterMs
    return {
      name: error.name,
      message: error.message,
      ...(error.status !== undefined ? { status: error.status } : {}),
      retryable: error.retryable,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    }
  }
  const e = error instanceof Error ? error : new Error(String(error))
  return { name: e.name, message: e.message, retryable: false }
}

/**
 * The job id is the idempotency key, so enqueueing the same key twice is one job. BullMQ refuses ids
 * that are integers or contain `:`; those (and only those) are escaped, the same way every time.
 */
export function jobIdFor(idempotencyKey: string): string {
  if (/^-?\d+$/.test(idempotencyKey) || idempotencyKey.includes(':') || idempotencyKey.startsWith('key%'))
    return `key%${encodeURIComponent(idempotencyKey)}`
  return idempotencyKey
}

export interface BackoffPolicy {
  /** First retry delay, doubled each retry. @default 1000 */
  initialMs: number
  /** Cap. @default 300000 (5 min) */
  maxMs: number
}
export const DEFAULT_BACKOFF: BackoffPolicy = { initialMs: 1_000, maxMs: 300_000 }
/** Attempts per job before the failed set: with the default backoff, about 15 minutes of vendor outage. @default 12 */
export const DEFAULT_ATTEMPTS = 12

/**
 * Delay before attempt `attemptsMade + 1`: exponential with up to 25 % jitter (so many workers do not
 * retry in step), and never sooner than the vendor's Retry-After.
 */
export function backoffDelayMs(attemptsMade: number, error: unknown, policy = DEFAULT_BACKOFF, random = Math.random): number {
  const base = Math.min(policy.initialMs * 2 ** Math.max(0, attemptsMade - 1), policy.maxMs)
  const jittered = Math.round(base * (1 - random() * 0.25))
  const retryAfterMs = (error as { retryAfterMs?: unknown })?.retryAfterMs
  return typeof retryAfterMs === 'number' ? Math.max(jittered, retryAfterMs) : jittered
}
