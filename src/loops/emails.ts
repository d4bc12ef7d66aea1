import { z as zod } from '#zod'
import type * as z from 'zod/mini'
import { ConfigError, invalidInputError, ValidationError } from '../core/errors.ts'
import { checkIdempotencyKey, mintIdempotencyKey } from '../core/http/idempotency.ts'
import type { CallInfo, CallOptions } from '../core/http/operation-types.ts'
import { CALL_WITH_INFO, type CallWithInfo } from '../core/http/service-client.ts'
import { describeThrown, failure, type Result } from '../core/result.ts'
import { processEnv, type EnvSource } from '../core/runtime/env.ts'
import { lazyValue } from '../core/runtime/lazy-value.ts'
import { LOOPS_MAX_IDEMPOTENCY_KEY_LENGTH, loops as sharedClient, type LoopsClient } from './client.ts'
import { email as emailSchema } from './validation.ts'
import { INVALID, plain } from './plain-parse.ts'
import { loopsTemplates, plainSignupEvent, signupEventSchema, type LoopsTemplateName, type TemplateDeclaration } from './templates.ts'

/** A send that went out (or had already gone out for this idempotency key). */
export interface SendOutcome {
  /** The idempotency key the send used (same as `idempotencyKey`). */
  id: string
  /** The idempotency key the send used: pass it again to retry without a second email. */
  idempotencyKey: string
  /** Loops already had this key: nothing was sent this time. */
  duplicate?: true
  /** Attempts, status and time of the call. */
  call: CallInfo
}
/**
 * Success or failure, each with the idempotency key the send used. A retryable failure may still have
 * reached Loops (a timeout after the request went out): retry with `result.idempotencyKey`, never a
 * fresh key, and Loops sends the email at most once.
 */
export type SendResult = Result<SendOutcome> & { idempotencyKey: string }

export interface SendOptions {
  /** Deduplicates across retries and re-runs (e.g. the invite id). @default a fresh UUID */
  idempotencyKey?: string
  signal?: AbortSignal
}

export interface LoopsEmailsOptions {
  /** @default the shared `loops` client */
  client?: LoopsClient
  /** Transactional ids by template, overriding the LOOPS_TEMPLATE_* env vars. */
  templates?: Partial<Record<LoopsTemplateName, string>>
  /** Where LOOPS_TEMPLATE_* are read from. @default process.env, at send time */
  env?: EnvSource
}

type Recipient = { email: string }
/** The operation and input a helper sends, its data already validated. */
type Send = { operation: 'sendTransactionalEmail' | 'sendEvent'; input: Record<string, unknown> }

type ReadOptions =
  | { idempotencyKey: string; given: string | undefined; signal: AbortSignal | undefined }
  | { idempotencyKey: string; unreadable: unknown }

/**
 * Reads the caller's options once, never throwing (null, a throwing getter, a revoked Proxy), so the
 * helper can still settle into a result that names a key.
 */
function readSendOptions(options: SendOptions | null | undefined): ReadOptions {
  try {
    const given: unknown = options?.idempotencyKey
    const signal = options?.signal
    return { idempotencyKey: typeof given === 'string' ? given : mintIdempotencyKey(), given: given as string | undefined, signal }
  } catch (unreadable) {
    return { idempotencyKey: mintIdempotencyKey(), unreadable }
  }
}

/**
 * The client's pipeline with `{ data, info }` back, told that the data and the key were checked
 * (the helper checked them); a client that is not one of ours (a test double) gets a plain call.
 */
function sendThrough(client: LoopsClient, send: Send, options: CallOptions): Promise<{ data: unknown; info: CallInfo }> {
  const pipeline = (client as unknown as { [CALL_WITH_INFO]?: CallWithInfo })[CALL_WITH_INFO]
  if (pipeline) return pipeline(send.operation, send.input, options, TRUSTED)
  return sendThroughMethod(client, send, options)
}
const TRUSTED = { validated: true, keyChecked: true } as const

async function sendThroughMethod(client: LoopsClient, send: Send, options: CallOptions): Promise<{ data: unknown; info: CallInfo }> {
  let info: CallInfo = { attempts: 0, ms: 0 }
  const method = (client as unknown as Record<string, (input: unknown, options: CallOptions) => Promise<unknown>>)[send.operation]!
  const data = await method.call(client, send.input, { ...options, onComplete: (i) => (info = i) })
  return { data, info }
}

function unreadableOptions(operation: string, unreadable: unknown): ValidationError {
  return new ValidationError(
    `[${operation}] the send options could not be read (${describeThrown(unreadable)}); ` +
      'pass a plain { idempotencyKey?, signal? } object. Nothing was sent.',
    { service: 'loops', operation, attempts: 0, cause: unreadable },
  )
}

/** zod's verdict on input the plain parse did not accept: the data, or a ValidationError naming the issues (nothing sent). */
function parseWithZod<S extends z.ZodMiniType>(operation: string, what: string, schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input)
  if (!parsed.success) throw invalidInputError(operation, what, parsed.error.issues, { service: 'loops', operation })
  return parsed.data
}

/** What a helper does with its input: check it (throwing a ValidationError), then build the send (may throw a ConfigError). */
interface HelperSteps<T> {
  check(input: unknown): T
  build(data: T): Send
}

/**
 * The shape every helper shares: validate (nothing sent on failure), fix the idempotency key before
 * sending, report what the call took, and settle into a Result instead of throwing. One async function
 * and one await on the pipeline: the helper costs its checks, not extra promise hops or copies.
 */
function helper<I, T>(operation: string, client: () => LoopsClient, steps: HelperSteps<T>) {
  const where = { service: 'loops', operation, label: operation }
  return async (input: I, sendOptions?: SendOptions): Promise<SendResult> => {
    // Fixed before anything can fail, so every result (a failure too) names the key to retry with.
    const options = readSendOptions(sendOptions)
    const id = options.idempotencyKey
    try {
      if ('unreadable' in options) throw unreadableOptions(operation, options.unreadable)
      const data = steps.check(input)
      if (options.given !== undefined) {
        const problem = checkIdempotencyKey(options.given, LOOPS_MAX_IDEMPOTENCY_KEY_LENGTH, where)
        if (problem) throw problem
      }
      const callOptions: CallOptions = { idempotencyKey: id }
      if (options.signal) callOptions.signal = options.signal
      const sent = await sendThrough(client(), steps.build(data), callOptions)
      const result: SendResult = { ok: true, id, idempotencyKey: id, call: sent.info }
      if ((sent.data as { duplicate?: unknown } | undefined)?.duplicate === true) result.duplicate = true
      return result
    } catch (err) {
      // The key on the result itself: one property set, not a copy of the whole result.
      const result = failure('loops', operation, err) as SendResult
      result.idempotencyKey = id
      return result
    }
  }
}

/**
 * The product's email helpers over a Loops client. They never throw: each returns
 * `{ ok: true, id, duplicate? }` or `{ ok: false, error }` with a typed IntegrationError.
 */
export function createLoopsEmails(options: LoopsEmailsOptions = {}) {
  const client = () => options.client ?? sharedClient

  function templateId(name: LoopsTemplateName, operation: string): string {
    const { envVar } = loopsTemplates[name]
    // Only the variable this send needs: a malformed LOOPS_DRY_RUN or LOOPS_BASE_URL is the client's business.
    const id = options.templates?.[name] ?? (options.env ?? processEnv())[envVar]
    if (id?.trim()) return id
    throw new ConfigError(
      `[${operation}] no Loops template id for the ${name} email: ` +
        `set ${envVar} to its transactional id (Loops → Transactional → the email's API details), or pass templates.${name}.`,
      { service: 'loops', operation: 'config' },
    )
  }

  function email(name: LoopsTemplateName) {
    const operation = `send${name[0]!.toUpperCase()}${name.slice(1)}Email`
    const what = `${name} email data`
    // Built on the first send zod has to decide, not here: createLoopsEmails() runs at import for the default helpers.
    const schema = lazyValue(() => zod.extend(loopsTemplates[name].schema as z.ZodMiniObject, { email: emailSchema }))
    const declared: TemplateDeclaration = loopsTemplates[name]
    type Checked = { email: string; dataVariables: Record<string, unknown> }
    return helper<unknown, Checked>(operation, client, {
      check: (input) => {
        // The plain parse already builds the data variables (declared keys only, in order): no copy, no rest spread.
        const dataVariables = declared.plain?.(input)
        const to = dataVariables && plain.email((input as { email?: unknown }).email)
        if (dataVariables && to !== INVALID) return { email: to as string, dataVariables }
        const { email: checked, ...variables } = parseWithZod(operation, what, schema, input) as Record<string, unknown> & { email: string }
        return { email: checked, dataVariables: variables }
      },
      build: ({ email: to, dataVariables }) => ({
        operation: 'sendTransactionalEmail',
        input: { transactionalId: templateId(name, operation), email: to, dataVariables },
      }),
    })
  }

  const senders = Object.fromEntries(
    (Object.keys(loopsTemplates) as LoopsTemplateName[]).map((name) => [`send${name[0]!.toUpperCase()}${name.slice(1)}Email`, email(name)]),
  ) as unknown as TemplateSenders
  return {
    ...senders,
    sendSignupEvent: helper<z.input<typeof signupEventSchema>, z.output<typeof signupEventSchema>>('sendSignupEvent', client, {
      check: (input) =>
        (plainSignupEvent(input) as z.output<typeof signupEventSchema> | undefined) ??
        parseWithZod('sendSignupEvent', 'signup event data', signupEventSchema, input),
      build: ({ userId, email: to, firstName }) => ({
        operation: 'sendEvent',
        input: { eventName: 'signup', email: to, userId, firstName },
      }),
    }),
  }
}

/** `send<Template>Email` for every template declared in templates.ts. */
export type TemplateSenders = {
  [K in LoopsTemplateName as `send${Capitalize<K>}Email`]: (
    data: Recipient & z.input<(typeof loopsTemplates)[K]['schema']>,
    options?: SendOptions,
  ) => Promise<SendResult>
}

const defaults = createLoopsEmails()

/** Sends the organization invitation (LOOPS_TEMPLATE_INVITATION). Never throws. */
export const sendInvitationEmail = defaults.sendInvitationEmail
/** Sends the welcome email (LOOPS_TEMPLATE_WELCOME). Never throws. */
export const sendWelcomeEmail = defaults.sendWelcomeEmail
/** Sends a plain subject + message email (LOOPS_TEMPLATE_BASIC). Never throws. */
export const sendBasicEmail = defaults.sendBasicEmail
/** Records the `signup` event for a new user. Never throws. */
export const sendSignupEvent = defaults.sendSignupEvent
