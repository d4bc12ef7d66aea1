import { createRequire } from 'node:module'
import { stripVTControlCharacters } from 'node:util'
import { listOperations } from './operations.js'
import { renderShapes } from './payload-shapes.js'
import { SpecError, sha256, type SpecDocument } from './spec-document.js'
import { tsJson, tsPropertyKey } from './ts-literal.js'
import { listWebhookEvents } from './webhook-events.js'

const require = createRequire(import.meta.url)
const OPENAPI_TS_VERSION: string = require('openapi-typescript/package.json').version
/**
 * Bump when this file changes what it writes: the header records it, so `generate --check`
 * knows that output made by an older generator is stale even when the spec is unchanged.
 */
const GENERATOR_REVISION = 7
export const GENERATOR = `openapi-typescript@${OPENAPI_TS_VERSION} codegen-r${GENERATOR_REVISION}`

/**
 * `emptyObjectsUnknown`: a schema `{ type: object }` with no properties means "any object" in JSON
 * Schema (Loops' `dataVariables`, `eventProperties`); the default would type it `Record<string, never>`
 * and reject every real value. Same as the CLI's `--empty-objects-unknown`.
 */
export const OPENAPI_TS_OPTIONS = { silent: true, emptyObjectsUnknown: true } as const

export interface GeneratedHeader {
  spec: string
  specSha256: string
  generator: string
  outputSha256: string
}

const HEADER_RE = new RegExp(
  [
    String.raw`^\/\*\*\n \* GENERATED FILE — do not edit by hand; run \`npm run generate\`\.`,
    String.raw`\n \* spec: (.+)\n \* spec-sha256: ([0-9a-f]{64})`,
    String.raw`\n \* generator: (.+)\n \* output-sha256: ([0-9a-f]{64})\n \*\/\n`,
  ].join(''),
)

function renderHeader(h: GeneratedHeader): string {
  return [
    '/**',
    ' * GENERATED FILE — do not edit by hand; run `npm run generate`.',
    ` * spec: ${h.spec}`,
    ` * spec-sha256: ${h.specSha256}`,
    ` * generator: ${h.generator}`,
    ` * output-sha256: ${h.outputSha256}`,
    ' */',
    '',
  ].join('\n')
}

/** Splits a generated file into its header and body; `undefined` header when it is missing or mangled. */
export function readGenerated(text: string): { header?: GeneratedHeader; body: string } {
  const m = HEADER_RE.exec(text)
  if (!m) return { body: text }
  return {
    header: { spec: m[1]!, specSha256: m[2]!, generator: m[3]!, outputSha256: m[4]! },
    body: text.slice(m[0].length),
  }
}

/** The full text of `generated/<name>.ts` for a spec: types, the operation map, then its webhook events (if any). Deterministic. */
export async function generateSource(spec: SpecDocument, specPath: string): Promise<string> {
  // The parsed document is handed over as-is (no file access), so the output depends only on the spec.
  // Imported here, not at the top: it takes ~1 s to load, and --check on unchanged specs never needs it.
  const { default: openapiTS, astToString } = await import('openapi-typescript')
  const ast = await oneLineProblems(specPath, () =>
    openapiTS(structuredClone(spec.doc) as Parameters<typeof openapiTS>[0], OPENAPI_TS_OPTIONS),
  )
  const body = `${astToString(ast)}\n${renderOperationMap(spec)}${renderWebhookEvents(spec)}`
  return renderHeader({ spec: specPath, specSha256: spec.sha256, generator: GENERATOR, outputSha256: sha256(body) }) + body
}

/**
 * openapi-typescript lints the spec first and prints every error on console.error before it throws the last
 * one (10,000 lines for 10,000 problems). Its lines are kept instead and the failure is one SpecError: the
 * count and the first three. Callers generate one spec at a time, so the lines are this spec's.
 */
async function oneLineProblems<T>(specPath: string, run: () => Promise<T>): Promise<T> {
  const problems: string[] = []
  const original = console.error
  console.error = (...args: unknown[]) => void problems.push(stripVTControlCharacters(args.map(String).join(' ')).trim())
  try {
    return await run()
  } catch (err) {
    const lines = problems.length ? problems : [(err as Error).message ?? String(err)]
    const shown = lines.slice(0, 3).map((line) => line.replace(/^✘\s*/, '').split('\n')[0]!.slice(0, 300))
    throw new SpecError(
      `${specPath}: openapi-typescript refused the spec (${lines.length} problem(s)): ${shown.join('; ')}${lines.length > 3 ? '; …' : ''}`,
    )
  } finally {
    console.error = original
  }
}

function renderOperationMap(spec: SpecDocument): string {
  const lines = listOperations(spec.doc).map((op) => {
    const fields = [
      `method: ${tsJson(op.method)}`,
      `path: ${tsJson(op.path)}`,
      `pathParams: ${tsJson(op.pathParams)}`,
      `queryParams: ${tsJson(op.queryParams)}`,
      ...(op.body ? [`body: ${tsJson(op.body)}`] : []),
      `idempotent: ${op.idempotent}`,
    ]
    return `  ${tsPropertyKey(op.name)}: { ${fields.join(', ')} },`
  })
  const servers = (spec.doc.servers ?? []).map((s) => s.url)
  return [
    // The tables are data a cold import would otherwise build (measured: ~0.5 ms of a cold import of /loops, which
    // only a client or a webhook parse reads): lazyValue builds each on its first read, with the same type. Pure: a
    // bundle that reads one does not carry the others.
    "import { lazyValue } from '../src/core/runtime/lazy-value.ts';",
    '',
    '/** Every operation of the spec by method name: what the typed client is derived from (built on first read). */',
    'export const operations = /* @__PURE__ */ lazyValue(() => ({',
    ...lines,
    '}) as const);',
    '',
    'export type OperationName = keyof typeof operations;',
    '',
    '/** Server URLs the spec declares, first is the default. */',
    `export const servers = ${tsJson(servers)} as const;`,
    '',
  ].join('\n')
}

/** Only for specs with a `webhooks` section: the rest of the generated files stay byte for byte the same. */
function renderWebhookEvents(spec: SpecDocument): string {
  const { events, shapes } = listWebhookEvents(spec.doc)
  if (events.length === 0) return ''
  const lines = events.map(
    (e) =>
      `  ${e.eventName === '__proto__' ? '["__proto__"]' : tsJson(e.eventName)}: ` +
      `{ webhook: ${tsJson(e.webhook)}, payload: ${Number(e.payload)} },`,
  )
  return [
    '',
    '/** Every webhook event by its `eventName`: the key into `webhooks`, and its payload schema (an index into `webhookShapes`). */',
    'export const webhookEvents = /* @__PURE__ */ lazyValue(() => ({',
    ...lines,
    '}) as const);',
    '',
    'export type WebhookEventName = keyof typeof webhookEvents;',
    '',
    '/** A payload schema as data (see scripts/lib/payload-shapes.ts); children are indexes into `webhookShapes`. */',
    'export interface WebhookPayloadShape {',
    '  type?: readonly string[]; enum?: readonly unknown[]; required?: readonly string[];',
    '  properties?: readonly (readonly [string, number])[]; additional?: number | false; items?: number;',
    '  allOf?: readonly number[]; anyOf?: readonly number[]; oneOf?: readonly number[];',
    '}',
    '',
    '/** The webhook payload schemas, compiled: checked by src/core/webhooks/json-shape.ts before a handler runs. */',
    'export const webhookShapes: readonly WebhookPayloadShape[] = /* @__PURE__ */ lazyValue(',
    `  (): WebhookPayloadShape[] => ${renderShapes(shapes)},`,
    ');',
    '',
  ].join('\n')
}
