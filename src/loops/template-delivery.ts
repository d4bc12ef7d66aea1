/**
 * What `sendTemplate` does, loaded with the first template send (send-template.ts): the send checked against
 * the published template, its id resolved, the email sent, and Loops' 404 and 400 said in terms of templates.
 */
import { ConfigError, NotFoundError, ValidationError } from '../core/errors.ts'
import type { CallInfo } from '../core/http/operation-types.ts'
import { describeThrown, settle } from '../core/result.ts'
import { processEnv } from '../core/runtime/env.ts'
import { loops as sharedClient } from './client.ts'
import type { SendResult } from './emails.ts'
import { publishedTemplate, type ResolvedTemplateId, resolveTemplateId, templateEnvVar } from './published-templates.ts'
import type { SendTemplateOptions, TemplateSenderOptions } from './send-template.ts'

const OPERATION = 'sendTemplate'
const fail = (message: string) =>
  new ValidationError(`[${OPERATION}] ${message} Nothing was sent.`, { service: 'loops', operation: OPERATION, attempts: 0 })

/**
 * The same rules the types state, for callers the compiler did not see (JavaScript, `as` casts, data
 * from a queue): the template is published, and the variables are exactly its own, each a string or number.
 */
function checkSend(name: unknown, send: unknown): { email: string; dataVariables: Record<string, string | number> } {
  const template = typeof name === 'string' ? publishedTemplate(name) : undefined
  if (!template)
    throw fail(`no published template named ${JSON.stringify(name)} in generated/loops-templates.ts (run \`npm run templates -- pull\`).`)
  const { email, dataVariables = {} } = (send ?? {}) as { email?: unknown; dataVariables?: unknown }
  if (typeof email !== 'string') throw fail('email must be a string.')
  if (typeof dataVariables !== 'object' || dataVariables === null || Array.isArray(dataVariables))
    throw fail('dataVariables must be an object.')
  const given = Object.keys(dataVariables)
  const missing = template.dataVariables.filter((v) => !given.includes(v))
  const unknown = given.filter((v) => !template.dataVariables.includes(v))
  const badValue = given.find((v) => {
    const value = (dataVariables as Record<string, unknown>)[v]
    return !(typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))
  })
  const listed = (names: string[]) => names.map((v) => `\`${v}\``).join(', ')
  if (missing.length) throw fail(`the "${name}" template requires ${listed(missing)}, which the send lacks.`)
  if (unknown.length) throw fail(`the "${name}" template has no data variable ${listed(unknown)}.`)
  if (badValue) throw fail(`dataVariables.${badValue} must be a string or a finite number.`)
  return { email, dataVariables: dataVariables as Record<string, string | number> }
}

/** checkSend without throwing: the refusal a queue gives at enqueue (the outbox), or undefined. */
export function templateSendProblem(name: unknown, send: unknown): ValidationError | undefined {
  try {
    checkSend(name, send)
    return undefined
  } catch (err) {
    return err as ValidationError
  }
}

/** Loops' 400 for a variable the generated file does not list: the template changed in Loops since the last pull. */
function stale(name: string, err: ValidationError): ValidationError {
  return new ValidationError(
    `[${OPERATION}] Loops refused "${name}": ${err.vendorMessage}. The template changed in Loops after generated/loops-templates.ts ` +
      'was pulled: run `npm run templates -- check` (it names the callers), update them, then `npm run templates -- pull`.',
    {
      service: 'loops',
      operation: OPERATION,
      ...(err.status !== undefined ? { status: err.status } : {}),
      attempts: err.attempts,
      body: err.body,
      cause: err,
    },
  )
}

/** Loops' 404 for a send, said with the id and where it came from, and what to change. */
function notFound(name: string, resolved: ResolvedTemplateId, err: NotFoundError): NotFoundError {
  const envVar = templateEnvVar(name)
  const fix =
    resolved.source === 'env'
      ? `set ${envVar} to this Loops team's id for it (Loops → Transactional → the email → API details)`
      : resolved.source === 'option'
        ? "pass this Loops team's id for it"
        : `the file was pulled from another Loops team, or the email was deleted: set ${envVar} to this team's id, ` +
          'or run `npm run templates -- pull` against this team'
  return new NotFoundError(
    `[${OPERATION}] Loops has no transactional email ${resolved.id} (template "${name}", id from ${resolved.from}): ${fix}.`,
    {
      service: 'loops',
      operation: OPERATION,
      ...(err.status !== undefined ? { status: err.status } : {}),
      ...(err.requestId !== undefined ? { requestId: err.requestId } : {}),
      attempts: err.attempts,
      ...(err.vendorMessage !== undefined ? { vendorMessage: err.vendorMessage } : {}),
      body: err.body,
      cause: err,
    },
  )
}

/** One template send for `createTemplateSender(options)`. Never throws. */
export async function deliverTemplate(
  options: TemplateSenderOptions,
  name: string,
  send: unknown,
  sendOptions: SendTemplateOptions | undefined,
): Promise<SendResult> {
  let read: { key: string; given: unknown; signal?: AbortSignal | undefined; templateId?: unknown } | undefined
  try {
    read = { key: '', given: sendOptions?.idempotencyKey, signal: sendOptions?.signal, templateId: sendOptions?.templateId }
    read.key = typeof read.given === 'string' ? read.given : crypto.randomUUID()
  } catch (unreadable) {
    const key = crypto.randomUUID()
    return { ok: false, error: fail(`the send options could not be read (${describeThrown(unreadable)}).`), idempotencyKey: key }
  }
  const { key, given, signal, templateId } = read
  const result = await settle('loops', OPERATION, async () => {
    const data = checkSend(name, send)
    const resolved = resolveTemplateId(name, options.env ?? processEnv(), typeof templateId === 'string' ? templateId : undefined)
    if (!resolved)
      throw new ConfigError(`[${OPERATION}] no id for template "${name}": set ${templateEnvVar(name)}.`, {
        service: 'loops',
        operation: 'config',
      })
    let call: CallInfo = { attempts: 0, ms: 0 }
    try {
      const sent = await (options.client ?? sharedClient).sendTransactionalEmail(
        { transactionalId: resolved.id, ...data },
        { idempotencyKey: (given as string | undefined) ?? key, ...(signal ? { signal } : {}), onComplete: (info) => (call = info) },
      )
      return { id: key, ...(sent.duplicate ? { duplicate: true as const } : {}), call }
    } catch (err) {
      if (err instanceof NotFoundError) throw notFound(name, resolved, err)
      throw err instanceof ValidationError && /missing required data variable/i.test(err.vendorMessage ?? '') ? stale(name, err) : err
    }
  })
  return { ...result, idempotencyKey: key }
}
