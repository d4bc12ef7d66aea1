import { existsSync } from 'node:fs'
import { mkdir, readFile, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { generateSource } from './codegen.js'
import { writeFileAtomic } from './files.js'
import { listOperations } from './operations.js'
import { loadSpec, SpecError } from './spec-document.js'
import { readSources } from './spec-sources.js'

export interface ScaffoldOptions {
  name: string
  /** File path or URL of the vendor's spec. */
  spec: string
  /** Default base URL; else the spec's first server. */
  baseUrl?: string
  /** `bearer` (default), `basic` (key as the user name) or `header:<name>`. */
  auth?: string
  /** Public URL the vendor publishes the spec at, for update-specs. @default --spec when it is a URL */
  url?: string
  today?: string
}

const pascal = (name: string) =>
  name
    .split('-')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')
const camel = (name: string) => pascal(name)[0]!.toLowerCase() + pascal(name).slice(1)

/** The `authorize` body for the client, and the header it sets. */
function authExpression(auth: string): { code: string; header: string } {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: this is source text for the generated client
  if (auth === 'bearer') return { code: '({ authorization: `Bearer ${apiKey}` })', header: 'authorization' }
  // biome-ignore lint/suspicious/noTemplateCurlyInString: this is source text for the generated client
  if (auth === 'basic') return { code: '({ authorization: `Basic ${btoa(`${apiKey}:`)}` })', header: 'authorization' }
  const header = /^header:([A-Za-z0-9-]+)$/.exec(auth)?.[1]?.toLowerCase()
  if (header) return { code: `({ ${JSON.stringify(header)}: apiKey })`, header }
  throw new SpecError(`--auth must be bearer, basic or header:<Header-Name>, got "${auth}"`)
}

/**
 * Everything `npm run new-integration` writes, computed before anything is written: a refusal
 * (bad name, existing name, spec that does not parse, no base URL) leaves the repository untouched.
 */
export async function planIntegration(
  root: string,
  options: ScaffoldOptions,
): Promise<{ files: Record<string, string>; summary: string[] }> {
  const { name } = options
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name))
    throw new SpecError(
      `"${name}" is not a valid integration name: use lower-case letters, digits and dashes, starting with a letter (e.g. "stripe", "open-ai")`,
    )
  const sources = await readSources(root)
  if (sources[name] || existsSync(join(root, 'src', name)) || existsSync(join(root, 'generated', `${name}.ts`))) {
    throw new SpecError(
      `an integration named "${name}" already exists (specs/sources.json, src/${name}/ or generated/${name}.ts); pick another name or remove it first`,
    )
  }
  const spec = await loadSpec(options.spec)
  const operations = listOperations(spec.doc)
  if (operations.length === 0) throw new SpecError(`${options.spec}: the spec has no operations`)
  const baseUrl = (options.baseUrl ?? spec.doc.servers?.[0]?.url)?.replace(/\/+$/, '')
  if (!baseUrl || !/^https?:\/\//.test(baseUrl))
    throw new SpecError(`${options.spec} declares no absolute server URL: pass --base-url https://…`)
  const auth = authExpression(options.auth ?? 'bearer')

  const Name = pascal(name)
  const ENV = name.toUpperCase().replace(/-/g, '_')
  const display = spec.doc.info?.title?.replace(/\s*(OpenAPI|API)\b.*$/i, '').trim() || Name
  const specFile = `${name}.openapi.json`
  const isUrl = /^https?:\/\//.test(options.spec)
  const record = {
    vendor: display,
    file: specFile,
    url: options.url ?? (isUrl ? options.spec : ''),
    ...(spec.doc.info?.version ? { version: spec.doc.info.version } : {}),
    sha256: spec.sha256,
    fetchedAt: options.today ?? new Date().toISOString().slice(0, 10),
  }
  const sample = operations.find((op) => op.method === 'get' && op.pathParams.length === 0) ?? operations[0]!

  const files: Record<string, string> = {}
  files[`specs/${specFile}`] = spec.text
  files['specs/sources.json'] =
    `${JSON.stringify(Object.fromEntries(Object.entries({ ...sources, [name]: record }).sort(([a], [b]) => a.localeCompare(b))), null, 2)}\n`
  files[`generated/${name}.ts`] = await generateSource(spec, `specs/${specFile}`)
  files[`src/${name}/client.ts`] = `import * as z from 'zod/mini'
import { operations, type paths } from '../../generated/${name}.ts'
import { processEnv, readEnv, type EnvSource } from '../core/env.ts'
import { readErrorMessage } from '../core/error-body.ts'
import { createServiceClient, type ServiceClient, type ServiceClientOptions } from '../core/service-client.ts'
import type { VendorProtocol } from '../core/transport.ts'

/** Every env var the ${display} integration reads, by name. Nothing is read before the first request. */
export const ${camel(name)}EnvSchema = z.object({
  ${ENV}_API_KEY: z.optional(z.string()),
  ${ENV}_BASE_URL: z.optional(z.url({ message: 'must be an http(s) URL' })),
})

export const ${ENV}_DEFAULT_BASE_URL = ${JSON.stringify(baseUrl)}

/** How ${display} reports failures. Refine once its error body and request-id header are known. */
const ${camel(name)}Protocol: VendorProtocol = {
  hints: {
    authentication: '${display} rejected the credentials: check ${ENV}_API_KEY or the apiKey option.',
    rateLimit: '${display} is rate limiting this key.',
  },
  requestIdHeaders: ['x-request-id', 'request-id'],
  readError: (body) => {
    const message = readErrorMessage(body)
    return message ? { message } : {}
  },
}

export interface ${Name}ClientOptions extends ServiceClientOptions {
  /** Where env vars are read from. @default process.env, on the first request */
  env?: EnvSource
}

/** One typed method per ${display} operation, plus \`raw\` (the typed openapi-fetch client). */
export type ${Name}Client = ServiceClient<paths, typeof operations>

export function create${Name}Client(options: ${Name}ClientOptions = {}): ${Name}Client {
  return createServiceClient<paths, typeof operations>(
    {
      service: ${JSON.stringify(name)},
      displayName: ${JSON.stringify(display)},
      operations,
      vendor: ${camel(name)}Protocol,
      env: { apiKey: '${ENV}_API_KEY' },
      authorize: (apiKey) => ${auth.code},
      resolveConfig: () => {
        const env = readEnv(${JSON.stringify(display)}, ${camel(name)}EnvSchema, options.env ?? processEnv())
        return {
          apiKey: options.apiKey ?? env.${ENV}_API_KEY,
          baseUrl: options.baseUrl ?? env.${ENV}_BASE_URL ?? ${ENV}_DEFAULT_BASE_URL,
          dryRun: options.dryRun ?? false,
        }
      },
    },
    { rateLimit: false, ...options },
  )
}
`
  files[`src/${name}/types.ts`] = `import type { operations, paths } from '../../generated/${name}.ts'
import type { OperationInput, OperationOf, OperationResult } from '../core/operation-types.ts'

type Op<N extends keyof typeof operations> = OperationOf<paths, (typeof operations)[N]>

/** Input and result of any ${display} method, by name. */
export type ${Name}Input<N extends keyof typeof operations> = OperationInput<Op<N>, (typeof operations)[N]['method']>
export type ${Name}Result<N extends keyof typeof operations> = OperationResult<Op<N>>
export type ${Name}OperationName = keyof typeof operations
export type { paths as ${Name}Paths }
`
  files[`src/${name}/index.ts`] =
    `export { create${Name}Client, ${ENV}_DEFAULT_BASE_URL, ${camel(name)}EnvSchema, type ${Name}Client, type ${Name}ClientOptions } from './client.ts'
export type { ${Name}Input, ${Name}OperationName, ${Name}Paths, ${Name}Result } from './types.ts'
`
  files[`test/${name}/client.test.ts`] = `// Starter test written by \`npm run new-integration\`: replace the sample call with real ones.
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { operations } from '../../generated/${name}.js'
import { ConfigError } from '@codebuff/integrations'
import { create${Name}Client } from '@codebuff/integrations/${name}'
import { createSpecValidator } from '@codebuff/integrations/testing'

const spec = JSON.parse(readFileSync(new URL('../../specs/${specFile}', import.meta.url), 'utf8'))
const calls: { url: string; init: RequestInit }[] = []
const fetch = async (url: string, init: RequestInit) => {
  calls.push({ url, init })
  return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } })
}

beforeEach(() => {
  calls.length = 0
})

describe('${display} client', () => {
  it('has one method per spec operation (${operations.length})', () => {
    const client = create${Name}Client({ apiKey: 'k' }) as unknown as Record<string, unknown>
    expect(Object.keys(operations).filter((n) => typeof client[n] === 'function')).toHaveLength(${operations.length})
  })

  it('without ${ENV}_API_KEY a call is a ConfigError naming it, and nothing is sent', async () => {
    const client = create${Name}Client({ env: {}, fetch }) as unknown as Record<string, (input?: unknown) => Promise<unknown>>
    await expect(client.${sample.name}!({})).rejects.toThrow(ConfigError)
    await expect(client.${sample.name}!({})).rejects.toThrow('${ENV}_API_KEY')
    expect(calls).toHaveLength(0)
  })

  it('${sample.method.toUpperCase()} ${sample.path} goes out authenticated, to the path the spec declares', async () => {
    const client = create${Name}Client({ apiKey: 'k_starter', fetch, baseUrl: 'https://stand-in.test' }) as unknown as Record<string, (input?: unknown) => Promise<unknown>>
    await client.${sample.name}!(${JSON.stringify(Object.fromEntries(sample.pathParams.map((p) => [p, `${p}_1`])))})
    expect(calls).toHaveLength(1)
    const url = new URL(calls[0]!.url)
    const match = createSpecValidator(spec).match(calls[0]!.init.method ?? 'GET', url.pathname)
    expect(match?.pathTemplate).toBe(${JSON.stringify(sample.path)})
    expect(calls[0]!.init.headers).toMatchObject({ ${JSON.stringify(auth.header)}: expect.stringContaining('k_starter') })
  })
})
`
  const barrel = await readFile(join(root, 'src', 'index.ts'), 'utf8')
  files['src/index.ts'] =
    `${barrel.trimEnd()}\nexport { create${Name}Client, type ${Name}Client, type ${Name}ClientOptions } from './${name}/index.ts'\n`
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }
  const { './package.json': pkgJson, ...entries } = pkg.exports
  pkg.exports = {
    ...entries,
    // The same shape as every entry: see knowledge.md, "Use it from a monorepo".
    [`./${name}`]: {
      source: `./src/${name}/index.ts`,
      types: `./dist/src/${name}/index.d.ts`,
      module: `./src/${name}/index.ts`,
      require: `./dist/node/${name}.js`,
      default: `./dist/${name}.js`,
    },
    './package.json': pkgJson,
  }
  files['package.json'] = `${JSON.stringify(pkg, null, 2)}\n`
  const knowledge = await readFile(join(root, 'knowledge.md'), 'utf8')
  files['knowledge.md'] = `${knowledge.trimEnd()}

### ${display} (\`${name}\`)
- **Purpose:** TODO — what the product uses ${display} for.
- **Location:** \`src/${name}/\`, spec \`specs/${specFile}\` (${spec.doc.info?.version ?? 'unversioned'}, sha256 \`${spec.sha256.slice(0, 8)}…\`), export \`@codebuff/integrations/${name}\`.
- **Env vars:** \`${ENV}_API_KEY\` (required), \`${ENV}_BASE_URL\` (default \`${baseUrl}\`).
- **Client:** \`create${Name}Client({ apiKey?, baseUrl?, logger?, timeoutMs?, maxRetries?, rateLimit?, fetch?, env? })\`; ${operations.length} methods named by operationId (or method + path), e.g. \`${sample.name}\`; \`.raw\` is the typed openapi-fetch client.
- **Key functions:** TODO — helpers the product calls.
`
  const summary = Object.keys(files).map((f) => `${existsSync(join(root, f)) ? 'updated' : 'created'} ${f}`)
  return { files, summary }
}

export async function scaffoldIntegration(root: string, options: ScaffoldOptions): Promise<string[]> {
  const { files, summary } = await planIntegration(root, options)
  const created: string[] = []
  try {
    for (const [file, text] of Object.entries(files)) {
      const path = join(root, file)
      if (!existsSync(path)) created.push(path)
      await mkdir(dirname(path), { recursive: true })
      await writeFileAtomic(path, text)
    }
  } catch (err) {
    for (const path of created) await rm(path, { force: true })
    throw err
  }
  return summary
}
