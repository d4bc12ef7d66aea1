import { openapiFetch } from '#openapi-fetch'
import type { Client } from 'openapi-fetch'
import { ConfigError, ValidationError } from '../errors.ts'
import type { Redactor } from '../observability/redact.ts'
import type { ClientConfig } from './client-config.ts'
import { checkIdempotencyKey, mintIdempotencyKey } from './idempotency.ts'
import { takesKey } from './operation-call.ts'
import type { OperationMap, OperationMeta } from './operation-types.ts'
import type { ServiceDefinition } from './service-client.ts'
import type { CallRequest, Transport } from './transport.ts'

/** `/v1/contacts/{id}` as a matcher of filled-in paths: a `.raw` call's operation (its template, whether it takes a key). */
function operationMatcher(operations: OperationMap): (method: string, pathname: string) => OperationMeta | undefined {
  const routes = Object.values(operations)
    .map((meta) => ({
      meta,
      method: meta.method.toUpperCase(),
      params: meta.pathParams.length,
      pattern: new RegExp(`^${meta.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
    }))
    .sort((a, b) => a.params - b.params) // a literal path (/v1/contacts/find) wins over /v1/contacts/{id}
  return (method, pathname) => routes.find((r) => r.method === method && r.pattern.test(pathname))?.meta
}

/**
 * `.raw`: the typed openapi-fetch client, its `fetch` replaced by the transport (retries, timeouts,
 * limiter, hooks, logs). Built on first use; refuses another origin and an unfilled `{parameter}`.
 */
export function createRawClient<Paths extends {}>(
  definition: ServiceDefinition<OperationMap>,
  transport: Transport,
  config: ClientConfig,
  redactor: Redactor,
): Client<Paths> {
  const { service } = definition
  let operationOf: ReturnType<typeof operationMatcher> | undefined
  let basePath: string | undefined
  // The raw client serializes bodies the vendor's way too (and says so in Content-Type).
  const formOptions = definition.formSerializer
    ? { bodySerializer: definition.formSerializer, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }
    : {}

  /** The CallRequest for one raw call, named by the spec's template when the path is in the spec (ids and emails stay out of logs). */
  function rawRequest(incoming: Request): CallRequest {
    const method = incoming.method
    const target = new URL(incoming.url)
    const pathLabel = `${method} ${redactor.scrub(target.pathname)}`
    // The key goes to baseUrl only: a per-request baseUrl pointing elsewhere would carry it away.
    if (target.origin !== new URL(config.resolved().baseUrl).origin) {
      throw new ConfigError(
        `[${pathLabel}] raw call to ${target.origin}, not ${definition.displayName}'s baseUrl: refused, nothing was sent.`,
        { service, operation: 'config' },
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
    basePath ??= new URL(config.resolved().baseUrl).pathname.replace(/\/+$/, '')
    const inSpec = target.pathname.startsWith(basePath) ? target.pathname.slice(basePath.length) : undefined
    const meta = inSpec === undefined ? undefined : (operationOf ??= operationMatcher(definition.operations))(method, inSpec)
    const label = meta === undefined ? pathLabel : `${method} ${meta.path}`
    const headers = Object.fromEntries(incoming.headers)
    const request: CallRequest = { operation: label, label, method, url: incoming.url, headers, signal: incoming.signal }
    if (meta !== undefined) request.template = meta.path
    const key = headers['idempotency-key']
    delete headers['idempotency-key']
    // Like the methods: a given key is checked, and an operation that takes one gets one minted.
    if (key !== undefined) {
      const problem = checkIdempotencyKey(key, definition.maxIdempotencyKeyLength ?? 255, { service, operation: label, label })
      if (problem) throw problem
      request.idempotencyKey = key
    } else if (meta && takesKey(meta, definition.idempotencyForAllPosts)) request.idempotencyKey = mintIdempotencyKey()
    return request
  }

  return openapiFetch.default<Paths>({
    baseUrl: config.resolved().baseUrl,
    ...formOptions,
    ...(definition.querySerializer ? { querySerializer: definition.querySerializer } : {}),
    fetch: async (incoming: Request) => {
      const request = rawRequest(incoming)
      if (incoming.body) request.body = await incoming.text()
      const { status, statusText, headers, text } = await transport.send(request)
      return new Response(status === 204 || status === 205 || status === 304 ? null : text, { status, statusText, headers })
    },
  })
}
