import type { OperationEntry } from './operations.js'
import { tsComment as c, tsMemberAccess, tsPropertyKey, tsString as q, tsTemplateText } from './ts-literal.js'

/** Everything the templates of `npm run new-integration` need to know, computed once. */
export interface IntegrationNames {
  /** `open-ai` */
  name: string
  /** `OpenAi` */
  Name: string
  /** `openAi` */
  camel: string
  /** `OPEN_AI` */
  ENV: string
  /** `OpenAI`, from the spec's title */
  display: string
  baseUrl: string
  /** Path of the base URL (`/api` for https://app.loops.so/api), which the stand-in strips. */
  basePath: string
  specFile: string
  /** How the key is sent: `bearer`, `basic` (key as the user name) or `header:<lower-case name>`. */
  auth: { kind: string; code: string; header: string }
  operations: OperationEntry[]
  /** A representative operation for the starter test: a GET without path parameters when there is one. */
  sample: OperationEntry
}

// Every spec-derived value (display name, URLs, paths, operationIds) goes through an escaper for where it
// lands: `c()` in comments, `q()` in strings, `tsTemplateText` in template literals. Names are checked in scaffold.ts.

// The files below mirror src/loops and src/stripe: config (env), protocol (how the vendor fails),
// client (the shared transport + the lazily created default client), types, index, a stand-in stub.

export function configFile(n: IntegrationNames): string {
  return `import * as z from 'zod/mini'
import { readEnv, type EnvSource } from '../core/runtime/env.ts'

/** Every env var the ${c(n.display)} integration reads, by name. Nothing is read before the first request. */
export const ${n.camel}EnvSchema = z.object({
  /** The API key. */
  ${n.ENV}_API_KEY: z.optional(z.string()),
  /** Point the client at a stand-in or proxy. */
  ${n.ENV}_BASE_URL: z.optional(z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' })),
})

export type ${n.Name}Env = z.infer<typeof ${n.camel}EnvSchema>

/** The server URL the spec declares (or --base-url). */
export const ${n.ENV}_DEFAULT_BASE_URL = ${q(n.baseUrl)}

export const read${n.Name}Env = (source: EnvSource): ${n.Name}Env => readEnv(${q(n.display)}, ${n.camel}EnvSchema, source)
`
}

export function protocolFile(n: IntegrationNames): string {
  return `import { readErrorMessage } from '../core/http/error-body.ts'
import type { VendorProtocol } from '../core/http/transport.ts'

/**
 * How ${c(n.display)} reports failures. TODO: refine once its error body, request-id header, idempotency
 * answers and rate-limit headers are known (see src/loops/protocol.ts and src/stripe/protocol.ts).
 */
export const ${n.camel}Protocol: VendorProtocol = {
  hints: {
    authentication: ${q(`${n.display} rejected the credentials: check ${n.ENV}_API_KEY or the apiKey option.`)},
    rateLimit: ${q(`${n.display} is rate limiting this key.`)},
  },
  requestIdHeaders: ['x-request-id', 'request-id'],
  readError: (body) => {
    const message = readErrorMessage(body)
    return message ? { message } : {}
  },
}
`
}

export function clientFile(n: IntegrationNames): string {
  return `import { operations, type paths } from '../../generated/${n.name}.ts'
import { type EnvSource, processEnv } from '../core/runtime/env.ts'
import { lazyDefault } from '../core/runtime/lazy-default.ts'
import { createServiceClient, type ServiceClient, type ServiceClientOptions } from '../core/http/service-client.ts'
import { ${n.ENV}_DEFAULT_BASE_URL, read${n.Name}Env } from './config.ts'
import { ${n.camel}Protocol } from './protocol.ts'

export interface ${n.Name}ClientOptions extends ServiceClientOptions {
  /** Where env vars are read from. @default process.env, on the first request */
  env?: EnvSource
}

/** One typed method per ${c(n.display)} operation (${n.operations.length}), plus \`raw\` (the typed openapi-fetch client). */
export type ${n.Name}Client = ServiceClient<paths, typeof operations>

/**
 * A ${c(n.display)} client on the shared transport. Nothing is read or checked until the first request.
 * Client-side rate limiting is off until the vendor's limit is known (pass \`rateLimit\`).
 */
export function create${n.Name}Client(options: ${n.Name}ClientOptions = {}): ${n.Name}Client {
  return createServiceClient<paths, typeof operations>(
    {
      service: ${q(n.name)},
      displayName: ${q(n.display)},
      operations,
      vendor: ${n.camel}Protocol,
      env: { apiKey: ${q(`${n.ENV}_API_KEY`)} },
      authorize: (apiKey) => ${n.auth.code},
      resolveConfig: () => {
        const env = read${n.Name}Env(options.env ?? processEnv())
        return {
          apiKey: options.apiKey ?? env.${n.ENV}_API_KEY,
          baseUrl: options.baseUrl ?? env.${n.ENV}_BASE_URL ?? ${n.ENV}_DEFAULT_BASE_URL,
          dryRun: options.dryRun ?? false,
          headers: {},
        }
      },
    },
    { rateLimit: false, ...options },
  )
}

/** The process-wide client with default options, created on first use (not at import). */
export const ${n.camel}: ${n.Name}Client = lazyDefault(() => create${n.Name}Client())
`
}

export function typesFile(n: IntegrationNames): string {
  return `import type { operations, paths } from '../../generated/${n.name}.ts'
import type { OperationInput, OperationOf, OperationResult } from '../core/http/operation-types.ts'

type Op<N extends keyof typeof operations> = OperationOf<paths, (typeof operations)[N]>

/** Input and result of any ${c(n.display)} method, by name. */
export type ${n.Name}Input<N extends keyof typeof operations> = OperationInput<Op<N>, (typeof operations)[N]['method']>
export type ${n.Name}Result<N extends keyof typeof operations> = OperationResult<Op<N>>
export type ${n.Name}OperationName = keyof typeof operations
export type { paths as ${n.Name}Paths }
`
}

export function indexFile(n: IntegrationNames): string {
  return `export { ${n.camel}, create${n.Name}Client, type ${n.Name}Client, type ${n.Name}ClientOptions } from './client.ts'
export { ${n.ENV}_DEFAULT_BASE_URL, ${n.camel}EnvSchema, type ${n.Name}Env } from './config.ts'
export { ${n.camel}Protocol } from './protocol.ts'
export type { ${n.Name}Input, ${n.Name}OperationName, ${n.Name}Paths, ${n.Name}Result } from './types.ts'
`
}

export function standInFile(n: IntegrationNames): string {
  return `import { randomBytes } from 'node:crypto'
import { setupServer } from 'msw/node'
import { ${n.ENV}_DEFAULT_BASE_URL } from '../${n.name}/config.ts'
import { serveOnLoopback } from './loopback-server.ts'
import { mswHandlersFor } from './msw.ts'
import { packagedSpec } from './packaged-spec.ts'
import { createStandIn, type FaultRule, type Handler, type RecordedRequest, type StandInOptions } from './stand-in.ts'

/** What the ${c(n.display)} stand-in remembers between requests. TODO: the records its handlers keep. */
type ${n.Name}State = Record<string, unknown[]>

/**
 * Answers by operationId. TODO: one handler per operation the product uses; until then every request
 * that fits the spec is recorded and answered 501 "The stand-in does not implement …".
 */
const handlers: Record<string, Handler<${n.Name}State>> = {}

export interface ${n.Name}Fake {
  apiKey: string
  /** Every request, with its spec validation errors. */
  requests: RecordedRequest[]
  inject(rule: FaultRule): void
  reset(): void
  close(): Promise<void>
}

${keyAdapter(n)}function ${n.camel}Core(options: StandInOptions) {
  const core = createStandIn<${n.Name}State>(
    {
      spec: packagedSpec(${q(n.name)}),
      basePath: ${q(n.basePath)},
      // TODO: ${c(n.display)}'s real error body (see src/${n.name}/protocol.ts).
      errorBody: (_status, message) => ({ message }),
      idempotency: { status: 409, ttlMs: 24 * 60 * 60 * 1000, sameBody: 'replay', differentBody: 'Idempotency key reused.' },
      createState: () => ({}),
      handlers,
    },
    { apiKey: options.apiKey ?? \`test_\${randomBytes(12).toString('hex')}\`, ...options },
  )
  return ${n.auth.kind === 'bearer' ? 'core' : '{ ...core, handle: async (request: Request) => core.handle(await asBearer(request)) }'}
}

const fake = (core: ReturnType<typeof ${n.camel}Core>, close: () => Promise<void>): ${n.Name}Fake => ({
  apiKey: core.apiKey,
  requests: core.requests,
  inject: core.inject,
  reset: core.reset,
  close,
})

/** A local ${c(n.display)} on 127.0.0.1 that validates every request against specs/${n.specFile}. */
export async function start${n.Name}StandIn(options: StandInOptions & { port?: number } = {}): Promise<${n.Name}Fake & { url: string }> {
  const core = ${n.camel}Core(options)
  const server = await serveOnLoopback(core as never, options.port)
  return { ...fake(core, server.close), url: \`\${server.origin}${tsTemplateText(n.basePath)}\` }
}

/** ${c(n.display)} faked in-process with msw at its default base URL, same behaviour as the stand-in. */
export function mock${n.Name}(options: StandInOptions = {}): ${n.Name}Fake {
  const core = ${n.camel}Core(options)
  const server = setupServer(...mswHandlersFor(core as never, ${n.ENV}_DEFAULT_BASE_URL))
  server.listen({ onUnhandledRequest: 'error' })
  return fake(core, async () => {
    core.stop()
    server.close()
  })
}
`
}

/** The stand-in core accepts `Authorization: Bearer <key>`; a vendor that sends the key otherwise gets an adapter. */
function keyAdapter(n: IntegrationNames): string {
  if (n.auth.kind === 'bearer') return ''
  const read =
    n.auth.kind === 'basic'
      ? "atob(request.headers.get('authorization')?.replace(/^Basic /, '') ?? '').replace(/:$/, '')"
      : `request.headers.get(${q(n.auth.header)})`
  return `/** The stand-in core checks \`Authorization: Bearer <key>\`; ${c(n.display)} sends the key ${
    n.auth.kind === 'basic' ? 'as the Basic user name' : `in \`${n.auth.header}\``
  }. */
async function asBearer(request: Request): Promise<Request> {
  const key = ${read}
  if (!key) return request
  const headers = new Headers(request.headers)
  headers.set('authorization', \`Bearer \${key}\`)
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer()
  return new Request(request.url, { method: request.method, headers, signal: request.signal, ...(body ? { body } : {}) })
}

`
}

export function starterTestFile(n: IntegrationNames): string {
  const { sample } = n
  const pathInput = `{ ${sample.pathParams.map((p) => `${tsPropertyKey(p)}: ${q(`${p}_1`)}`).join(', ')} }`
  return `// Starter test written by \`npm run new-integration\`: replace the sample call with real ones.
import { describe, expect, it } from 'vitest'
import { operations } from '../../generated/${n.name}.js'
import { ConfigError, ServerError } from '@codebuff/integrations'
import { create${n.Name}Client } from '@codebuff/integrations/${n.name}'
import { start${n.Name}StandIn } from '@codebuff/integrations/testing'

type Methods = Record<string, (input?: unknown) => Promise<unknown>>

describe(${q(`${n.display} client`)}, () => {
  it('has one method per spec operation (${n.operations.length})', () => {
    const client = create${n.Name}Client({ apiKey: 'k' }) as unknown as Methods
    expect(Object.keys(operations).filter((name) => typeof client[name] !== 'function')).toEqual([])
    expect(Object.keys(operations)).toHaveLength(${n.operations.length})
  })

  it('without ${n.ENV}_API_KEY a call is a ConfigError naming it, and nothing is sent', async () => {
    const calls: string[] = []
    const fetch = async (url: string) => {
      calls.push(url)
      return new Response('{}')
    }
    const client = create${n.Name}Client({ env: {}, fetch }) as unknown as Methods
    const call = client${tsMemberAccess(sample.name)}!(${pathInput})
    await expect(call).rejects.toThrow(ConfigError)
    await expect(call).rejects.toThrow('${n.ENV}_API_KEY')
    expect(calls).toEqual([])
  })

  it(${q(`${sample.method.toUpperCase()} ${sample.path} reaches the stand-in authenticated and fits the spec`)}, async () => {
    const standIn = await start${n.Name}StandIn()
    try {
      const client = create${n.Name}Client({ apiKey: standIn.apiKey, baseUrl: standIn.url, maxRetries: 0 }) as unknown as Methods
      // The stand-in stub answers 501 until it has a handler for this operation.
      await expect(client${tsMemberAccess(sample.name)}!(${pathInput})).rejects.toThrow(ServerError)
      expect(standIn.requests.map((r) => [r.operationId, r.outcome, r.validationErrors])).toEqual([
        [${q(sample.operationId ?? `${sample.method.toUpperCase()} ${sample.path}`)}, 501, []],
      ])
    } finally {
      await standIn.close()
    }
  })
})
`
}

export function knowledgeSection(n: IntegrationNames, spec: { version?: string; sha256: string }): string {
  return `### ${n.display} (\`${n.name}\`)
- **Purpose:** TODO — what the product uses ${n.display} for.
- **Location:** \`src/${n.name}/\` (\`config.ts\`, \`protocol.ts\`, \`client.ts\`, \`types.ts\`, \`index.ts\`), spec
  \`specs/${n.specFile}\` (${spec.version ?? 'unversioned'}, sha256 \`${spec.sha256.slice(0, 8)}…\`), export
  \`@codebuff/integrations/${n.name}\`; stand-in stub \`src/testing/${n.name}-stand-in.ts\`.
- **Env vars:** \`${n.ENV}_API_KEY\` (required), \`${n.ENV}_BASE_URL\` (default \`${n.baseUrl}\`).
- **Client:** \`create${n.Name}Client({ apiKey?, baseUrl?, logger?, timeoutMs?, maxRetries?, rateLimit?, fetch?, env? })\`
  and the lazy shared \`${n.camel}\`; ${n.operations.length} methods named by operationId (or method + path), e.g.
  \`${n.sample.name}\`; \`.raw\` is the typed openapi-fetch client.
- **Testing kit:** \`start${n.Name}StandIn()\` / \`mock${n.Name}()\` validate every request against the spec and answer
  501 until handlers are added.
- **Key functions:** TODO — helpers the product calls.
`
}
