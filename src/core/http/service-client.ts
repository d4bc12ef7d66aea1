import type { Client } from 'openapi-fetch'
import { ConfigError, type IntegrationError } from '../errors.ts'
import { RESERVED_METHOD_NAMES } from './reserved-names.ts'
import { defaultLogger } from '../observability/logger.ts'
import { Redactor } from '../observability/redact.ts'
import { clientConfig, type ResolvedConfig } from './client-config.ts'
import { checkClientOptions, type InputSchema, type ServiceClientOptions } from './client-options.ts'
import { instrumentation } from './instrumentation.ts'
import type { Middleware } from './middleware.ts'
import { MiddlewareStack } from './middleware-stack.ts'
import {
  type CallResult,
  type CompiledOperation,
  compileOperation,
  type OperationCaller,
  operationCaller,
  type TrustedCall,
} from './operation-call.ts'
import type { CallInfo, CallOptions, OperationMap, OperationMethods } from './operation-types.ts'
import { type RateLimiter, SlidingWindowRateLimiter } from './rate-limiter.ts'
import { createRawClient } from './raw-client.ts'
import { DEFAULT_RETRY_DELAYS } from './retry-policy.ts'
import { createTransport, type VendorProtocol } from './transport.ts'

export type { InputSchema, ServiceClientOptions } from './client-options.ts'

export type { ResolvedConfig }

/** What an integration states about its vendor; everything else is shared. */
export interface ServiceDefinition<Ops extends OperationMap> {
  service: string
  /** For messages: `Loops`. */
  displayName: string
  /** The generated operation map. */
  operations: Ops
  vendor: VendorProtocol
  /** Env var names, for messages. */
  env: { apiKey: string }
  /** Resolves explicit options + env once, on the first request. */
  resolveConfig(): ResolvedConfig
  /** The header(s) that carry the key, lower-case names: `{ authorization: 'Bearer …' }`. */
  authorize(apiKey: string): Record<string, string>
  /** Client-side checks run before anything is sent; a failure is a ValidationError with the zod issues. */
  inputSchemas?: { [N in keyof Ops]?: InputSchema }
  /** Serializer for `application/x-www-form-urlencoded` bodies. */
  formSerializer?: (body: unknown) => string
  /** Query string serializer (without `?`). @default openapi-fetch's (form, explode; deepObject) */
  querySerializer?: (query: Record<string, unknown>) => string
  /** Longest idempotency key the vendor accepts. */
  maxIdempotencyKeyLength?: number
  /** Give every POST an idempotency key, not only operations that declare one (Stripe). */
  idempotencyForAllPosts?: boolean
}

/** Constructing a server client in a browser would ship the key to every visitor. */
export function assertServerSide(service: string, allow: boolean | undefined): void {
  const g = globalThis as { window?: unknown; document?: unknown }
  if (!allow && typeof g.window !== 'undefined' && typeof g.document !== 'undefined') {
    throw new ConfigError(
      `The ${service} client runs on the server only: in a browser its API key would be visible to every visitor. ` +
        `Call it from a route handler or server action instead (or pass dangerouslyAllowBrowser: true if you really mean to).`,
      { service, operation: 'createClient' },
    )
  }
}

export type ServiceClient<Paths extends {}, Ops extends OperationMap> = OperationMethods<Paths, Ops> & {
  /** The typed openapi-fetch client on the same transport (retries, timeouts, logs); returns `{ data, error }`. */
  readonly raw: Client<Paths>
  /** Adds middleware, called around every attempt of every call (typed methods and `.raw`). */
  readonly use: (...middleware: Middleware[]) => void
  /** Removes middleware added with `use`. */
  readonly eject: (...middleware: Middleware[]) => void
}

const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024

/** Internal entry for the package's own helpers: the call with `{ data, info }` back, skipping what they already checked. */
export const CALL_WITH_INFO: unique symbol = Symbol('callWithInfo')
export type CallWithInfo = (
  name: string,
  input: Record<string, unknown> | undefined,
  options: CallOptions,
  trusted?: TrustedCall,
) => Promise<CallResult>

function refuseReservedNames(definition: ServiceDefinition<OperationMap>): void {
  const reserved = [...RESERVED_METHOD_NAMES].find((name) => Object.hasOwn(definition.operations, name))
  if (!reserved) return
  throw new ConfigError(
    `${definition.displayName} has an operation named "${reserved}", which no client method may be (reserved-names.ts). ` +
      `Rename it in the operation map (codegen).`,
    { service: definition.service, operation: 'createClient' },
  )
}

function rateLimiterFor(options: ServiceClientOptions): RateLimiter | undefined {
  const limit = options.rateLimit
  if (limit === false) return undefined
  if (limit && 'acquire' in limit) return limit
  return new SlidingWindowRateLimiter(limit ?? { requestsPerSecond: 10 })
}

/** Lower-case names of the headers that carry the API key. */
function credentialHeadersOf(definition: ServiceDefinition<OperationMap>): ReadonlySet<string> {
  return new Set(['authorization', ...Object.keys(definition.authorize('redacted')).map((n) => n.toLowerCase())])
}

export function createServiceClient<Paths extends {}, Ops extends OperationMap>(
  definition: ServiceDefinition<Ops>,
  options: ServiceClientOptions,
): ServiceClient<Paths, Ops> {
  const { service } = definition
  const generic = definition as unknown as ServiceDefinition<OperationMap>
  assertServerSide(service, options.dangerouslyAllowBrowser)
  checkClientOptions(service, options)
  refuseReservedNames(generic)
  const redactor = new Redactor(options.redactEmails)
  const config = clientConfig(generic, redactor)
  const middleware = new MiddlewareStack(service)
  const rateLimiter = rateLimiterFor(options)
  const transport = createTransport({
    service,
    displayName: definition.displayName,
    logger: (options.logger ?? defaultLogger()).child({ service }),
    redactor,
    timeoutMs: options.timeoutMs ?? 30_000,
    maxRetries: options.maxRetries ?? 2,
    retryDelays: { ...DEFAULT_RETRY_DELAYS, ...options.retryDelays },
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    ...(rateLimiter ? { rateLimiter } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    vendor: definition.vendor,
    headers: config.headers,
    dryRun: () => config.resolved().dryRun,
    instrument: instrumentation({
      service,
      telemetry: options.telemetry !== false,
      redactor,
      credentialHeaders: credentialHeadersOf(generic),
      middleware,
    }),
  })
  const caller = operationCaller(generic, transport, config, redactor)
  const compiled: Record<string, CompiledOperation> = Object.create(null)
  const operation = (name: string) => (compiled[name] ??= compileOperation(generic, name))

  const methods: Record<string, unknown> = {}
  for (const name of Object.keys(definition.operations)) {
    methods[name] = (input?: Record<string, unknown>, callOptions: CallOptions = {}) =>
      callOptions?.onComplete
        ? reported(caller, operation(name), input, callOptions)
        : caller.data(operation(name), input, callOptions ?? {})
  }
  let raw: Client<Paths> | undefined
  Object.defineProperty(methods, 'raw', {
    get: () => (raw ??= createRawClient<Paths>(generic, transport, config, redactor)),
    enumerable: false,
  })
  Object.defineProperty(methods, 'use', { value: (...m: Middleware[]) => middleware.use(...m), enumerable: false })
  Object.defineProperty(methods, 'eject', { value: (...m: Middleware[]) => middleware.eject(...m), enumerable: false })
  const withInfo: CallWithInfo = (name, input, callOptions, trusted) => caller.withInfo(operation(name), input, callOptions, trusted)
  Object.defineProperty(methods, CALL_WITH_INFO, { value: withInfo, enumerable: false })
  return methods as ServiceClient<Paths, Ops>
}

/** A method call with `onComplete`: told what the call took, however it ended. */
async function reported(caller: OperationCaller, op: CompiledOperation, input: Record<string, unknown> | undefined, options: CallOptions) {
  const started = performance.now()
  try {
    const { data, info } = await caller.withInfo(op, input, options)
    options.onComplete!({ ...info, requestId: info.requestId } as CallInfo)
    return data
  } catch (err) {
    const e = err as IntegrationError
    const info: CallInfo = { attempts: e?.attempts ?? 0, ms: Math.round(performance.now() - started) }
    if (e?.status !== undefined) info.status = e.status
    if (e?.requestId) info.requestId = e.requestId
    if (options.idempotencyKey !== undefined) info.idempotencyKey = options.idempotencyKey
    options.onComplete!(info)
    throw err
  }
}
