import { openapiFetch } from '#openapi-fetch'
import { IntegrationError, InvalidResponseError, invalidInputError, ValidationError } from '../errors.ts'
import type { Redactor } from '../observability/redact.ts'
import type { ClientConfig } from './client-config.ts'
import { checkCallOptions, type InputSchema } from './client-options.ts'
import { checkIdempotencyKey, mintIdempotencyKey } from './idempotency.ts'
import type { CallInfo, CallOptions, OperationMap, OperationMeta } from './operation-types.ts'
import { serializeBody, splitInput } from './request-input.ts'
import type { ServiceDefinition } from './service-client.ts'
import type { Answer, CallRequest, Transport } from './transport.ts'

/**
 * An operation compiled once, on its first call: everything a call would otherwise re-derive (verb,
 * label, the error context, whether it takes an idempotency key, its content type and serializer).
 */
export interface CompiledOperation {
  name: string
  meta: OperationMeta
  method: string
  /** `POST /v1/transactional`: logs and errors name the spec path, never the filled-in URL. */
  label: string
  where: { service: string; operation: string; label: string }
  wantsKey: boolean
  schema: InputSchema | undefined
  contentType: string | undefined
  serialize: ((body: unknown) => string) | undefined
}

/** What an internal caller (the Loops helpers) already did, so the call does not do it again. */
export interface TrustedCall {
  /** The input passed the same checks the operation's input schema runs. */
  validated?: boolean
  /** The idempotency key was minted or checked by `idempotency.ts`. */
  keyChecked?: boolean
}

/** A call's data and what it took, for helpers: no callback, and the request id read only if asked for. */
export interface CallResult {
  data: unknown
  info: CallInfo
}

/** Operations that always carry an idempotency key (minted when the caller gives none). */
export const takesKey = (meta: OperationMeta, allPosts: boolean | undefined) =>
  meta.idempotent || (allPosts === true && meta.method === 'post')

export function compileOperation(definition: ServiceDefinition<OperationMap>, name: string): CompiledOperation {
  const meta = definition.operations[name]!
  const method = meta.method.toUpperCase()
  const label = `${method} ${meta.path}`
  const form = meta.body === 'form' && definition.formSerializer !== undefined
  return {
    name,
    meta,
    method,
    label,
    where: { service: definition.service, operation: name, label },
    wantsKey: takesKey(meta, definition.idempotencyForAllPosts),
    schema: definition.inputSchemas?.[name],
    contentType: meta.body ? (form ? 'application/x-www-form-urlencoded' : 'application/json') : undefined,
    serialize: meta.body ? (form ? definition.formSerializer : JSON.stringify) : undefined,
  }
}

type Input = Record<string, unknown> | undefined

export interface OperationCaller {
  /** A method call: the parsed 2xx body, or the typed error. */
  data(op: CompiledOperation, input: Input, options: CallOptions): Promise<unknown>
  /** The same call with what it took, for helpers and `onComplete`. */
  withInfo(op: CompiledOperation, input: Input, options: CallOptions, trusted?: TrustedCall): Promise<CallResult>
}

/** What every call of one client shares. */
interface CallerContext {
  service: string
  transport: Transport
  config: ClientConfig
  redactor: Redactor
  maxKeyLength: number
  querySerializer: (query: Record<string, unknown>) => string
}

/** The methods' side of the pipeline: input → CallRequest → transport → parsed data (or the typed error). */
export function operationCaller(
  definition: ServiceDefinition<OperationMap>,
  transport: Transport,
  config: ClientConfig,
  redactor: Redactor,
): OperationCaller {
  // openapi-fetch loads on first need (#openapi-fetch): a send without path or query never needs it.
  let defaultQuerySerializer: ((query: Record<string, unknown>) => string) | undefined
  const ctx: CallerContext = {
    service: definition.service,
    transport,
    config,
    redactor,
    maxKeyLength: definition.maxIdempotencyKeyLength ?? 255,
    querySerializer:
      definition.querySerializer ??
      ((query: Record<string, unknown>) => (defaultQuerySerializer ??= openapiFetch.createQuerySerializer())(query)),
  }
  return {
    async data(op, input, options) {
      const request = prepareGuarded(ctx, op, input, options)
      const answer = await transport.send(request)
      if (answer.status < 200 || answer.status >= 300) throw transport.errorFor(answer, request)
      return parseAnswer(ctx.service, op, answer)
    },
    async withInfo(op, input, options, trusted) {
      const request = prepareGuarded(ctx, op, input, options, trusted)
      const answer = await transport.send(request)
      if (answer.status < 200 || answer.status >= 300) throw transport.errorFor(answer, request)
      return { data: parseAnswer(ctx.service, op, answer), info: new CallRecord(transport, answer, request.idempotencyKey) }
    },
  }
}

function urlFor(ctx: CallerContext, op: CompiledOperation, path: Input, query: Input): string {
  const { baseUrl } = ctx.config.resolved()
  if (!path && !query) return baseUrl + op.meta.path
  // openapi-fetch's own URL and path serializers, then a plain fetch(url, init): no Request built or cloned.
  return openapiFetch.createFinalURL(op.meta.path, {
    baseUrl,
    params: { ...(path && { path }), ...(query && { query }) },
    querySerializer: ctx.querySerializer,
    pathSerializer: openapiFetch.defaultPathSerializer,
  })
}

/** A method's input as a CallRequest: checked (unless the caller already did), split, serialized; nothing re-derived. */
function prepare(ctx: CallerContext, op: CompiledOperation, input: Input, options: CallOptions, trusted?: TrustedCall): CallRequest {
  if (op.schema && !trusted?.validated) {
    const parsed = op.schema.safeParse(input ?? {})
    if (!parsed.success) {
      const where = { service: ctx.service, operation: op.name }
      throw invalidInputError(op.label, 'input', parsed.error.issues, where, (t) => ctx.redactor.scrub(t))
    }
  }
  const given = options.idempotencyKey
  if (given !== undefined && !trusted?.keyChecked) {
    const problem = checkIdempotencyKey(given, ctx.maxKeyLength, op.where)
    if (problem) throw problem
  }
  const idempotencyKey = given ?? (op.wantsKey ? mintIdempotencyKey() : undefined)
  const { path, query, body } = splitInput(op.meta, input, op.where)
  const headers: Record<string, string> = {}
  const url = urlFor(ctx, op, path, query)
  const request: CallRequest = { operation: op.name, label: op.label, template: op.meta.path, method: op.method, url, headers }
  if (body !== undefined) {
    headers['content-type'] = op.contentType!
    request.body = serializeBody(body, op.serialize!, op.where)
  }
  if (idempotencyKey !== undefined) request.idempotencyKey = idempotencyKey
  if (options.signal) request.signal = options.signal
  if (options.timeoutMs !== undefined || options.maxRetries !== undefined || options.deadlineMs !== undefined) {
    checkCallOptions(options, op.where)
    if (options.timeoutMs !== undefined) request.timeoutMs = options.timeoutMs
    if (options.maxRetries !== undefined) request.maxRetries = options.maxRetries
    if (options.deadlineMs !== undefined) request.deadlineMs = options.deadlineMs
  }
  return request
}

/** Anything the input itself throws (a getter, a Proxy trap, a toJSON, a self-referring query) is a ValidationError: nothing was sent. */
function prepareGuarded(ctx: CallerContext, op: CompiledOperation, input: Input, options: CallOptions, trusted?: TrustedCall) {
  try {
    return prepare(ctx, op, input, options, trusted)
  } catch (err) {
    if (err instanceof IntegrationError) throw err
    const reason =
      err instanceof RangeError
        ? 'it nests too deeply or refers to itself'
        : ctx.redactor.scrub(String((err as Error)?.message ?? 'unreadable'))
    throw new ValidationError(`[${op.label}] the input could not be read (${reason.slice(0, 200)}); nothing was sent.`, {
      service: ctx.service,
      operation: op.name,
      attempts: 0,
      cause: err,
    })
  }
}

/** The 2xx body as JSON; an empty or broken one is an InvalidResponseError (the request probably took effect). */
function parseAnswer(service: string, op: CompiledOperation, answer: Answer): unknown {
  const { status, text } = answer
  if (!text && (status === 204 || status === 205 || op.meta.emptyBody)) return undefined
  try {
    if (!text) throw new Error('empty body')
    return JSON.parse(text)
  } catch (err) {
    const what = text ? 'a body that is not valid JSON' : 'an empty body where the spec promises JSON'
    const requestId = answer.requestId ? { requestId: answer.requestId } : {}
    throw new InvalidResponseError(
      `[${op.label}] ${status} answered with ${what}. ` +
        'The request probably took effect: do not resend it without the same idempotency key.',
      { service, operation: op.name, attempts: answer.attempts, status, ...requestId, cause: err },
    )
  }
}

/** What a call took; the vendor's request id is read from the answer's headers only when someone asks for it. */
class CallRecord implements CallInfo {
  attempts: number
  ms: number
  status?: number
  idempotencyKey?: string
  readonly #transport: Transport
  readonly #answer: Answer

  constructor(transport: Transport, answer: Answer, idempotencyKey: string | undefined) {
    this.#transport = transport
    this.#answer = answer
    this.attempts = answer.attempts
    this.ms = answer.ms
    if (!answer.dryRun) this.status = answer.status
    if (idempotencyKey !== undefined) this.idempotencyKey = idempotencyKey
  }

  get requestId(): string | undefined {
    return this.#answer.requestId ?? this.#transport.requestIdOf(this.#answer.headers)
  }
}
