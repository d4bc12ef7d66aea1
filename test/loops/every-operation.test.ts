import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { operations } from '../../generated/loops.js'
import { createLoopsClient } from '../../src/loops/index.js'
import { createSpecValidator } from '../../src/testing/spec-validator.js'
import { captureLogs, jsonResponse, scriptedFetch } from '../helpers/capture.js'
import { resolve, sampleFor } from '../helpers/schema-sample.js'

const spec = JSON.parse(readFileSync(new URL('../../specs/loops.openapi.json', import.meta.url), 'utf8'))
const validator = createSpecValidator(spec)
const deref = (node: any) => (node?.$ref ? resolve(spec, node.$ref) : node)

/** Input for an operation: every path parameter, required query parameters (and `email`, which lookups need), and a minimal valid body. */
function inputFor(method: string, path: string): Record<string, unknown> {
  const op = spec.paths[path][method]
  const input: Record<string, unknown> = {}
  for (const p of [...(spec.paths[path].parameters ?? []), ...(op.parameters ?? [])].map(deref)) {
    if (p.in === 'path') input[p.name] = `${p.name}_1`
    if (p.in === 'query' && (p.required || p.name === 'email')) input[p.name] = sampleFor(spec, p.schema, p.name)
  }
  const media = deref(op.requestBody)?.content?.['application/json']
  if (media) Object.assign(input, sampleFor(spec, media.schema))
  return input
}

describe('every one of the 64 Loops methods sends a request that fits the spec', () => {
  it.each(Object.entries(operations))('%s', async (name, meta) => {
    const wire = scriptedFetch(() => jsonResponse({}))
    const loops = createLoopsClient({
      apiKey: 'k_every_op',
      fetch: wire.fetch,
      logger: captureLogs().logger,
      rateLimit: false,
    }) as unknown as Record<string, (input: unknown) => Promise<unknown>>
    await loops[name]!(inputFor(meta.method, meta.path))
    expect(wire.calls).toHaveLength(1)
    const call = wire.calls[0]!
    const url = new URL(call.url)
    const result = validator.validate({
      method: call.method,
      path: url.pathname.replace(/^\/api/, ''),
      query: url.searchParams,
      headers: call.headers,
      body: call.body === undefined ? undefined : JSON.parse(call.body),
      contentType: call.headers.get('content-type') ?? undefined,
    })
    expect(result.operation?.operationId).toBe(name)
    expect(result.errors).toEqual([])
  })

  it('the validator does catch a wrong path, a wrong method and a wrong body shape', () => {
    const v = (method: string, path: string, body?: unknown) =>
      validator.validate({ method, path, query: new URLSearchParams(), headers: new Headers(), body, contentType: 'application/json' })
        .errors
    expect(v('POST', '/v1/transactionals', {})).toEqual(['no operation matches POST /v1/transactionals'])
    expect(v('PUT', '/v1/transactional', {})).toEqual(['PUT is not allowed on /v1/transactional (allowed: GET, POST)'])
    expect(v('POST', '/v1/transactional', { transactionalId: 1, email: 'a@example.com' })).toEqual(['body/transactionalId must be string'])
  })
})
