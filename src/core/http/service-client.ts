import { openapiFetch } from '#openapi-fetch'
import type { Client } from 'openapi-fetch'
import { ConfigError, IntegrationError, InvalidResponseError, invalidInputError, ValidationError } from '../errors.ts'
import { defaultLogger, type Logger } from '../observability/logger.ts'
import { combineObservers, type Middleware, MiddlewareStack, middlewareObserver } from './middleware.ts'
import type { CallOptions, OperationMap, OperationMeta, OperationMethods } from './operation-types.ts'
import { SlidingWindowRateLimiter, type RateLimiter, type RateLimitOptions } from './rate-limiter.ts'
import { RESERVED_METHOD_NAMES } from './reserved-names.ts'
import { Redactor, type EmailRedaction } from '../observability/redact.ts'
import { DEFAULT_RETRY_DELAYS, type RetryDelays } from './retry-policy.ts'
import { baseUrlProblem, checkClientOptions, checkTimeout } from './client-options.ts'
import { idempotencyKeyProblem, isHeaderValue, serializeBody, splitInput } from './request-input.ts'
import { callTelemetry } from '../observability/telemetry.ts'
import { type Answer, type CallObserver, type CallRequest, createTransport, type FetchLike, type VendorProtocol } from './transport.ts'
import { VERSION } from '../runtime/version.ts'

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
  /** Log what would be sent and send nothing (vendors whose protocol has a dry-run answer). */
  dryRun?: boolean
  /**
   * A 2xx body larger than this fails the call with InvalidResponseError instead of being read into
   * memory. @default 8 MiB (Loops' answers are small; a Stripe list of 100 expanded objects is < 2 MiB)
   */
  maxResponseBytes?: number
  /** How email addresses appear in logs. @default 'mask' */
  redactEmails?: EmailRedaction
  /** Allow constructing the client where `window` and `document` exist. The key would be visible to every visitor. */
  dangerouslyAllowBrowser?: boolean
  /**
   * OpenTelemetry spans, metrics and trace-context propagation, through the SDK the app registered
   * (`@opentelemetry/api` 1.x globals). Off by itself when none is registered; `false` turns it off.
   * @default true
   */
  telemetry?: boolean
}

/** Explicit options + env, resolved once on the first request. */
export interface ResolvedConfig {
  apiKey?: string | undefined
  baseUrl: string
  dryRun: boolean
  /** Fixed extra headers (e.g. Stripe-Version). */
  headers?: Record<string, string>
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

/** `/v1/contacts/{id}` as a matcher of filled-in paths: a `.raw` call's operation (its template, whether it takes a key). */
function operationMatcher(operations: OperationMap): (method: string, pathname: string) => OperationMeta | undefined {
  const routes = Object.values(operations)
    .map((meta) => ({
      meta,
      method: meta.method.toUpperCase(),
      path: meta.path,
      params: meta.pathParams.length,
      pattern: new RegExp(`^${meta.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
    }))
    .sort((a, b) => a.params - b.params) // a literal path (/v1/contacts/find) wins over /v1/contacts/{id}
  return (method, pathname) => routes.find((r) => r.method === method && r.pattern.test(pathname))?.meta
}

const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024

export function createServiceClient<Paths extends {}, Ops extends OperationMap>(
  definition: ServiceDefinition<Ops>,
  options: ServiceClientOptions,
): ServiceClient<Paths, Ops> {
  const { service, operations, vendor } = definition
  assertServerSide(service, options.dangerouslyAllowBrowser)
  checkClientOptions(service, options)
  const reserved = [...RESERVED_METHOD_NAMES].find((name) => Object.hasOwn(operations, name))
  if (reserved) {
    throw new ConfigError(
      `${definition.displayName} has an operation named "${reserved}", which no client method may be (reserved-names.ts). ` +
        `Rename it in the operation map (codegen).`,
      { service, operation: 'createClient' },
    )
  }
  const redactor = new Redactor(options.redactEmails)
  const logger = (options.logger ?? defaultLogger()).child({ service })
  const rateLimiter =
    options.rateLimit === false
      ? undefined
      : options.rateLimit && 'acquire' in options.rateLimit
        ? options.rateLimit
        : new SlidingWindowRateLimiter(options.rateLimit ?? { requestsPerSecond: 10 })
  const configError = (message: string) => new ConfigError(message, { service, operation: 'config' })

  let resolved: ResolvedConfig | undefined
  function config(): ResolvedConfig {
    if (resolved) return resolved
    const next = definition.resolveConfig()
    const problem = baseUrlProblem(next.baseUrl)
    if (problem) throw configError(`${definition.displayName} baseUrl ${problem}. Fix the option or env var.`)
    if (next.dryRun && vendor.dryRunResult === undefined) {
      throw configError(
        `${definition.displayName} has no dry run (its answers are typed objects a dry run cannot make up): ` +
          `use a test key or the stand-in.`,
      )
    }
    resolved = { ...next, baseUrl: next.baseUrl.replace(/\/+$/, '') }
    return resolved
  }

  /** User-Agent, vendor headers and credentials: built once, on the first request (the key is read lazily). */
  let fixedHeaders: Record<string, string> | undefined
  function buildFixedHeaders(): Record<string, string> {
    const { apiKey, dryRun, headers: vendorHeaders } = config()
    const headers: Record<string, string> = { 'user-agent': `@codebuff/integrations/${VERSION}` }
    for (const [name, value] of Object.entries(vendorHeaders ?? {})) headers[name.toLowerCase()] = value
    redactor.addSecret(apiKey)
    if (dryRun) return headers
    if (!apiKey) {
      throw configError(
        `No ${definition.displayName} API key: set the ${definition.env.apiKey} environment variable (e.g. ` +
          `in .env or your host's secret settings), or pass { apiKey } when creating the client.`,
      )
    }
    // Checked here, never echoed: fetch would refuse it on every attempt and quote the key in its message.
    if (!isHeaderValue(apiKey) || apiKey.trim() !== apiKey) {
      throw configError(
        `The ${definition.displayName} API key (${definition.env.apiKey} or the apiKey option) ` +
          `has a character that cannot go in an HTTP header (a line break, NUL, surrounding space or non-ASCII character — ` +
          `often from a copied .env value). Fix the key; nothing was sent.`,
      )
    }
    for (const [name, value] of Object.entries(headers)) {
      if (!isHeaderValue(value))
        throw configError(`${definition.displayName} header ${name} has characters that cannot go in an HTTP header.`)
    }
    return { ...headers, ...definition.authorize(apiKey) }
  }

  const middleware = new MiddlewareStack(service)
  const telemetry = options.telemetry !== false
  const guards = {
    service,
    redactor,
    credentialHeaders: new Set(['authorization', ...Object.keys(definition.authorize('redacted')).map((n) => n.toLowerCase())]),
  }
  /** Zero middleware and no SDK registered: undefined, and the transport's hot path is untouched. */
  function instrument(request: CallRequest): CallObserver | undefined {
    const hooks = middleware.current
    const traced = telemetry ? callTelemetry(request, service) : undefined
    if (hooks.length === 0) return traced
    const observer = middlewareObserver(hooks, request, guards)
    return traced ? combineObservers(traced, observer) : observer
  }

  const transport = createTransport({
    service,
    displayName: definition.displayName,
    logger,
    redactor,
    timeoutMs: options.timeoutMs ?? 30_000,
    maxRetries: options.maxRetries ?? 2,
    retryDelays: { ...DEFAULT_RETRY_DELAYS, ...options.retryDelays },
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    ...(rateLimiter ? { rateLimiter } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    vendor,
    headers: () => (fixedHeaders ??= buildFixedHeaders()),
    dryRun: () => config().dryRun,
    instrument,
  })

  // The raw client serializes bodies the vendor's way too (and says so in Content-Type).
  const formOptions = definition.formSerializer
    ? { bodySerializer: definition.formSerializer, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }
    : {}
  // openapi-fetch loads on first need (#openapi-fetch): a send without path or query never needs it.
  let defaultQuerySerializer: ((query: Record<string, unknown>) => string) | undefined
  const querySerializer =
    definition.querySerializer ??
    ((query: Record<string, unknown>) => (defaultQuerySerializer ??= openapiFetch.createQuerySerializer())(query))

  // Per operation, once: the HTTP verb and the `POST /v1/transactional` label used in logs and errors.
  const verbs: Record<string, string> = {}
  const wheres: Record<string, { service: string; operation: string; label: string }> = {}
  const labels: Record<string, string> = {}
  for (const [name, meta] of Object.entries(operations)) {
    verbs[name] = meta.method.toUpperCase()
    labels[name] = `${verbs[name]} ${meta.path}`
    wheres[name] = { service, operation: name, label: labels[name] }
  }

  /** A caller's idempotency key, checked before any attempt: fetch would refuse a bad one as a "network" error. */
  function checkedKey(given: unknown, operation: string, label: string): string {
    const problem = idempotencyKeyProblem(given, definition.maxIdempotencyKeyLength ?? 255)
    if (problem) throw new ValidationError(`[${label}] idempotencyKey ${problem}; nothing was sent.`, { service, operation, attempts: 0 })
    return given as string
  }

  /** Operations that always carry an idempotency key (minted when the caller gives none). */
  const wantsKey = (meta: OperationMeta) => meta.idempotent || (definition.idempotencyForAllPosts === true && meta.method === 'post')

  function idempotencyKeyFor(name: string, meta: OperationMeta, given: string | undefined, label: string): string | undefined {
    if (given !== undefined) return checkedKey(given, name, label)
    return wantsKey(meta) ? crypto.randomUUID() : undefined
  }

  /**
   * Checks and serializes a method's input into a request. Anything the input itself throws (a getter,
   * a Proxy trap, a toJSON, a query that refers to itself) is a ValidationError: nothing was sent.
   */
  function prepare(name: string, input: Record<string, unknown> | undefined, options: CallOptions): CallRequest {
    try {
      return prepareUnguarded(name, input, options)
    } catch (err) {
      if (err instanceof IntegrationError) throw err
      const reason =
        err instanceof RangeError
          ? 'it nests too deeply or refers to itself'
          : redactor.scrub(String((err as Error)?.message ?? 'unreadable'))
      throw new ValidationError(`[${labels[name]}] the input could not be read (${reason.slice(0, 200)}); nothing was sent.`, {
        service,
        operation: name,
        attempts: 0,
        cause: err,
      })
    }
  }

  function prepareUnguarded(name: string, input: Record<string, unknown> | undefined, options: CallOptions): CallRequest {
    const meta = operations[name]!
    const label = labels[name]!
    const where = wheres[name]!
    const schema = definition.inputSchemas?.[name as keyof Ops]
    if (schema) {
      const parsed = schema.safeParse(input ?? {})
      if (!parsed.success)
        throw invalidInputError(label, 'input', parsed.error.issues, { service, operation: name }, (t) => redactor.scrub(t))
    }
    const idempotencyKey = idempotencyKeyFor(name, meta, options.idempotencyKey, label)
    const { path, query, body } = splitInput(meta, input, where)
    // The hot path: openapi-fetch's own URL and path serializers, then a plain fetch(url, init) in the
    // transport, with no Request object built or cloned (that alone cost ~1.5× a loopback call).
    const { baseUrl } = config()
    const url =
      path || query
        ? openapiFetch.createFinalURL(meta.path, {
            baseUrl,
            params: { ...(path && { path }), ...(query && { query }) },
            querySerializer,
            pathSerializer: openapiFetch.defaultPathSerializer,
          })
        : baseUrl + meta.path
    const headers: Record<string, string> = {}
    let payload: string | undefined
    if (body !== undefined) {
      const form = meta.body === 'form' && definition.formSerializer
      headers['content-type'] = form ? 'application/x-www-form-urlencoded' : 'application/json'
      payload = serializeBody(body, form ? definition.formSerializer! : JSON.stringify, where)
    }
    const request: CallRequest = { operation: name, label, template: meta.path, method: verbs[name]!, url, headers }
    if (payload !== undefined) request.body = payload
    if (idempotencyKey !== undefined) request.idempotencyKey = idempotencyKey
    if (options.signal) request.signal = options.signal
    if (options.timeoutMs !== undefined) request.timeoutMs = checkTimeout(options.timeoutMs, where)
    if (options.onComplete) request.wantsRequestId = true
    return request
  }

  async function call(name: string, input: Record<string, unknown> | undefined, options: CallOptions = {}): Promise<unknown> {
    const request = prepare(name, input, options)
    const { label, idempotencyKey } = request
    const { onComplete } = options
    const started = onComplete ? performance.now() : 0
    const report = (attempts: number, status?: number, requestId?: string) =>
      onComplete?.({
        attempts,
        ms: Math.round(performance.now() - started),
        ...(status !== undefined ? { status } : {}),
        ...(requestId ? { requestId } : {}),
        ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
      })
    let answer: Answer
    try {
      answer = await transport.send(request)
    } catch (err) {
      if (onComplete)
        report((err as IntegrationError)?.attempts ?? 0, (err as IntegrationError)?.status, (err as IntegrationError)?.requestId)
      throw err
    }
    if (onComplete) report(answer.attempts, answer.dryRun ? undefined : answer.status, answer.requestId)
    if (answer.status < 200 || answer.status >= 300) throw transport.errorFor(answer, request)
    if (!answer.text) return undefined
    try {
      return JSON.parse(answer.text)
    } catch (err) {
      throw new InvalidResponseError(
        `[${label}] ${answer.status} answered with a body that is not valid JSON. The request probably took effect: ` +
          `do not resend it without the same idempotency key.`,
        {
          service,
          operation: name,
          attempts: answer.attempts,
          status: answer.status,
          ...(answer.requestId ? { requestId: answer.requestId } : {}),
          cause: err,
        },
      )
    }
  }

  let raw: Client<Paths> | undefined
  let operationOf: ReturnType<typeof operationMatcher> | undefined
  let basePath: string | undefined
  const rawClient = () =>
    (raw ??= openapiFetch.default<Paths>({
      baseUrl: config().baseUrl,
      ...formOptions,
      ...(definition.querySerializer ? { querySerializer: definition.querySerializer } : {}),
      fetch: async (incoming: Request) => {
        const method = incoming.method
        const target = new URL(incoming.url)
        const pathLabel = `${method} ${redactor.scrub(target.pathname)}`
        // The key goes to baseUrl only: a per-request baseUrl pointing elsewhere would carry it away.
        if (target.origin !== new URL(config().baseUrl).origin) {
          throw configError(
            `[${pathLabel}] raw call to ${target.origin}, not ${definition.displayName}'s baseUrl: refused, nothing was sent.`,
          )
        }
        const placeholder = /%7B([^%/]*)%7D/i.exec(target.pathname)
        if (placeholder) {
          throw new ValidationError(`[${pathLabel}] missing path parameter "${placeholder[1]}"; nothing was sent.`, {
            service,
            operation: pathLabel,
            attempts: 0,
          })
        }
        // Named by the spec's template when the path is in the spec: ids and emails stay out of logs and spans.
        basePath ??= new URL(config().baseUrl).pathname.replace(/\/+$/, '')
        const inSpec = target.pathname.startsWith(basePath) ? target.pathname.slice(basePath.length) : undefined
        const meta = inSpec === undefined ? undefined : (operationOf ??= operationMatcher(operations))(method, inSpec)
        const template = meta?.path
        const label = template === undefined ? pathLabel : `${method} ${template}`
        const headers = Object.fromEntries(incoming.headers)
        const request: CallRequest = { operation: label, label, method, url: incoming.url, headers, signal: incoming.signal }
        if (template !== undefined) request.template = template
        const key = headers['idempotency-key']
        delete headers['idempotency-key']
        // Like the methods: a given key is checked, and an operation that takes one gets one minted.
        const idempotencyKey = key !== undefined ? checkedKey(key, label, label) : meta && wantsKey(meta) ? crypto.randomUUID() : undefined
        if (idempotencyKey !== undefined) request.idempotencyKey = idempotencyKey
        if (incoming.body) request.body = await incoming.text()
        const answer = await transport.send(request)
        const { status, statusText, headers: answerHeaders, text } = answer
        return new Response(status === 204 || status === 205 || status === 304 ? null : text, {
          status,
          statusText,
          headers: answerHeaders,
        })
      },
    }))

  const methods: Record<string, unknown> = {}
  for (const name of Object.keys(operations)) {
    methods[name] = (input?: Record<string, unknown>, options?: CallOptions) => call(name, input, options)
  }
  Object.defineProperty(methods, 'raw', { get: rawClient, enumerable: false })
  Object.defineProperty(methods, 'use', { value: (...m: Middleware[]) => middleware.use(...m), enumerable: false })
  Object.defineProperty(methods, 'eject', { value: (...m: Middleware[]) => middleware.eject(...m), enumerable: false })
  return methods as ServiceClient<Paths, Ops>
}
