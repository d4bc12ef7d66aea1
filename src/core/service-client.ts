import createClient, { createFinalURL, createQuerySerializer, defaultPathSerializer, type Client } from 'openapi-fetch'
import { ConfigError, invalidInputError, InvalidResponseError, ValidationError } from './errors.ts'
import { defaultLogger, type Logger } from './logger.ts'
import type { CallOptions, OperationMap, OperationMeta, OperationMethods } from './operation-types.ts'
import { SlidingWindowRateLimiter, type RateLimiter, type RateLimitOptions } from './rate-limiter.ts'
import { Redactor, type EmailRedaction } from './redact.ts'
import { DEFAULT_RETRY_DELAYS, type RetryDelays } from './retry-policy.ts'
import { createTransport, type CallContext, type FetchLike, type VendorProtocol } from './transport.ts'
import { VERSION } from './version.ts'

/** Anything with zod's safeParse (classic or mini). */
export interface InputSchema {
  safeParse(input: unknown): { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }
}

/** Options every integration's client takes. */
export interface ServiceClientOptions {
  /** The API key. @default the integration's env var, read on the first request */
  apiKey?: string
  /** @default the env var, else the spec's server URL */
  baseUrl?: string
  /** A pino-compatible logger, e.g. the monorepo's shared one. @default the package's pino logger */
  logger?: Logger
  /** Timeout per attempt, in ms. @default 30_000 */
  timeoutMs?: number
  /** Retries after the first attempt, for network errors, 408, 409, 429 and 5xx. @default 2 */
  maxRetries?: number
  /** Backoff between retries (Retry-After wins when the vendor sends it). @default { initialMs: 500, maxMs: 8_000 } */
  retryDelays?: Partial<RetryDelays>
  /**
   * Client-side rate limit: calls queue instead of failing. `false` turns it off; pass a
   * `RateLimiter` to share one across clients or instances.
   */
  rateLimit?: RateLimitOptions | RateLimiter | false
  /** Custom fetch (tests, proxies). @default globalThis.fetch at call time */
  fetch?: FetchLike
  /** Log what would be sent and send nothing. */
  dryRun?: boolean
  /** How email addresses appear in logs. @default 'mask' */
  redactEmails?: EmailRedaction
  /** Allow constructing the client where `window` and `document` exist. The key would be visible to every visitor. */
  dangerouslyAllowBrowser?: boolean
}

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
  resolveConfig(): { apiKey?: string | undefined; baseUrl: string; dryRun: boolean }
  /** The header(s) that carry the key, lower-case names: `{ authorization: 'Bearer …' }`. */
  authorize(apiKey: string): Record<string, string>
  /** Fixed extra headers (e.g. an API version). */
  headers?: Record<string, string>
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
      `The ${service} client runs on the server only: in a browser its API key would be visible to every visitor. Call it from a route handler or server action instead (or pass dangerouslyAllowBrowser: true if you really mean to).`,
      { service, operation: 'createClient' },
    )
  }
}

function splitInput(meta: OperationMeta, input: Record<string, unknown> | undefined) {
  if (!input) return { path: undefined, query: undefined, body: meta.body ? {} : undefined }
  if (meta.pathParams.length === 0 && meta.queryParams.length === 0)
    return { path: undefined, query: undefined, body: meta.body ? input : undefined }
  let path: Record<string, unknown> | undefined
  let query: Record<string, unknown> | undefined
  let body: Record<string, unknown> | undefined
  for (const key in input) {
    const value = input[key]
    if (meta.pathParams.includes(key)) (path ??= {})[key] = value
    else if (meta.queryParams.includes(key)) (query ??= {})[key] = value
    else (body ??= {})[key] = value
  }
  return { path, query, body: meta.body ? (body ?? {}) : undefined }
}

export type ServiceClient<Paths extends {}, Ops extends OperationMap> = OperationMethods<Paths, Ops> & {
  /** The typed openapi-fetch client on the same transport (retries, timeouts, logs); returns `{ data, error }`. */
  readonly raw: Client<Paths>
}

export function createServiceClient<Paths extends {}, Ops extends OperationMap>(
  definition: ServiceDefinition<Ops>,
  options: ServiceClientOptions,
): ServiceClient<Paths, Ops> {
  const { service, operations, vendor } = definition
  assertServerSide(service, options.dangerouslyAllowBrowser)
  const redactor = new Redactor(options.redactEmails)
  const logger = (options.logger ?? defaultLogger()).child({ service })
  const rateLimiter =
    options.rateLimit === false
      ? undefined
      : options.rateLimit && 'acquire' in options.rateLimit
        ? options.rateLimit
        : new SlidingWindowRateLimiter(options.rateLimit ?? { requestsPerSecond: 10 })

  let resolved: ReturnType<ServiceDefinition<Ops>['resolveConfig']> | undefined
  const config = () => {
    if (!resolved) {
      resolved = definition.resolveConfig()
      resolved.baseUrl = resolved.baseUrl.replace(/\/+$/, '')
    }
    return resolved
  }
  const userAgent = `@codebuff/integrations/${VERSION}`

  /** User-Agent, vendor headers and credentials: built once, on the first request (the key is read lazily). */
  let fixedHeaders: Record<string, string> | undefined
  function buildFixedHeaders(): Record<string, string> {
    const { apiKey, dryRun } = config() // first: vendor headers may depend on config (Stripe's API version)
    const headers: Record<string, string> = { 'user-agent': userAgent }
    for (const [name, value] of Object.entries(definition.headers ?? {})) headers[name.toLowerCase()] = value
    redactor.addSecret(apiKey)
    if (dryRun) return headers
    if (!apiKey) {
      throw new ConfigError(
        `No ${definition.displayName} API key: set the ${definition.env.apiKey} environment variable (e.g. in .env or your host's secret settings), or pass { apiKey } when creating the client.`,
        { service, operation: 'config' },
      )
    }
    return { ...headers, ...definition.authorize(apiKey) }
  }

  const transport = createTransport({
    service,
    displayName: definition.displayName,
    logger,
    redactor,
    timeoutMs: options.timeoutMs ?? 30_000,
    maxRetries: options.maxRetries ?? 2,
    retryDelays: { ...DEFAULT_RETRY_DELAYS, ...options.retryDelays },
    ...(rateLimiter ? { rateLimiter } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    vendor,
    get dryRun() {
      return config().dryRun
    },
    prepareHeaders(headers) {
      Object.assign(headers, (fixedHeaders ??= buildFixedHeaders()))
    },
  })

  // The raw client serializes bodies the vendor's way too (and says so in Content-Type).
  const formOptions = definition.formSerializer
    ? { bodySerializer: definition.formSerializer, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }
    : {}
  const querySerializer = definition.querySerializer ?? createQuerySerializer()

  // Per operation, once: the HTTP verb and the `POST /v1/transactional` label used in logs and errors.
  const verbs: Record<string, string> = {}
  const labels: Record<string, string> = {}
  for (const [name, meta] of Object.entries(operations)) {
    verbs[name] = meta.method.toUpperCase()
    labels[name] = `${verbs[name]} ${meta.path}`
  }

  async function call(name: string, input: Record<string, unknown> | undefined, options: CallOptions = {}): Promise<unknown> {
    const meta = operations[name]!
    const label = labels[name]!
    const schema = definition.inputSchemas?.[name as keyof Ops]
    if (schema) {
      const parsed = schema.safeParse(input ?? {})
      if (!parsed.success)
        throw invalidInputError(label, 'input', parsed.error.issues, { service, operation: name }, (text) => redactor.scrub(text))
    }
    const wantsKey = meta.idempotent || (definition.idempotencyForAllPosts && meta.method === 'post')
    const idempotencyKey = options.idempotencyKey ?? (wantsKey ? crypto.randomUUID() : undefined)
    if (
      idempotencyKey !== undefined &&
      definition.maxIdempotencyKeyLength &&
      (idempotencyKey === '' || idempotencyKey.length > definition.maxIdempotencyKeyLength)
    ) {
      throw new ValidationError(
        `[${label}] idempotencyKey must be 1–${definition.maxIdempotencyKeyLength} characters, got ${idempotencyKey.length}; nothing was sent.`,
        { service, operation: name, attempts: 0 },
      )
    }
    const ctx: CallContext = { operation: name, label, method: verbs[name]!, throwOnError: true, attempts: 0 }
    if (idempotencyKey !== undefined) ctx.idempotencyKey = idempotencyKey
    if (options.signal) ctx.signal = options.signal
    if (options.timeoutMs !== undefined) ctx.timeoutMs = options.timeoutMs
    if (options.onComplete) ctx.wantsRequestId = true
    const { path, query, body } = splitInput(meta, input)
    const onComplete = options.onComplete
    const started = onComplete ? performance.now() : 0
    const report =
      onComplete &&
      (() =>
        onComplete({
          attempts: ctx.attempts,
          ms: Math.round(performance.now() - started),
          ...(ctx.status !== undefined ? { status: ctx.status } : {}),
          ...(ctx.requestId ? { requestId: ctx.requestId } : {}),
          ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
        }))
    // The hot path: openapi-fetch's own URL and path serializers, then a plain fetch(url, init) in the
    // transport, with no Request object built or cloned (that alone cost ~1.5× a loopback call).
    const url =
      path || query
        ? createFinalURL(meta.path, {
            baseUrl: config().baseUrl,
            params: { ...(path && { path }), ...(query && { query }) },
            querySerializer,
            pathSerializer: defaultPathSerializer,
          })
        : config().baseUrl + meta.path
    const headers: Record<string, string> = {}
    let payload: string | undefined
    if (body !== undefined) {
      const form = meta.body === 'form'
      headers['content-type'] = form ? 'application/x-www-form-urlencoded' : 'application/json'
      payload = form && definition.formSerializer ? definition.formSerializer(body) : JSON.stringify(body)
    }
    let text: string | undefined
    try {
      ;({ text } = await transport.send(url, { method: ctx.method, headers, ...(payload !== undefined ? { body: payload } : {}) }, ctx))
    } finally {
      report?.()
    }
    if (!text) return undefined
    try {
      return JSON.parse(text)
    } catch (err) {
      throw new InvalidResponseError(
        `[${label}] ${ctx.status ?? ''} answered with a body that is not valid JSON. The request probably took effect: do not resend it without the same idempotency key.`,
        {
          service,
          operation: name,
          attempts: ctx.attempts,
          ...(ctx.status ? { status: ctx.status } : {}),
          ...(ctx.requestId ? { requestId: ctx.requestId } : {}),
          cause: err,
        },
      )
    }
  }

  let raw: Client<Paths> | undefined
  const rawClient = () =>
    (raw ??= createClient<Paths>({
      baseUrl: config().baseUrl,
      ...formOptions,
      ...(definition.querySerializer ? { querySerializer: definition.querySerializer } : {}),
      fetch: async (request: Request) => {
        const url = new URL(request.url)
        const method = request.method
        const label = `${method} ${redactor.scrub(url.pathname)}`
        const headers = Object.fromEntries(request.headers)
        const ctx: CallContext = { operation: label, label, method, throwOnError: false, attempts: 0, signal: request.signal }
        if (headers['idempotency-key']) ctx.idempotencyKey = headers['idempotency-key']
        const body = request.body ? await request.text() : undefined
        return (
          await transport.send(request.url, { method, headers, ...(body !== undefined ? { body } : {}), redirect: request.redirect }, ctx)
        ).response
      },
    }))

  const methods: Record<string, unknown> = {}
  for (const name of Object.keys(operations)) {
    methods[name] = (input?: Record<string, unknown>, options?: CallOptions) => call(name, input, options)
  }
  Object.defineProperty(methods, 'raw', { get: rawClient, enumerable: false })
  return methods as ServiceClient<Paths, Ops>
}
