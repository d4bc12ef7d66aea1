import { describe, expect, it } from 'vitest'
import { listOperations, renamedMethodNotes, safeMethodName } from '../../scripts/lib/operations.js'
import type { OpenApiDocument } from '../../scripts/lib/spec-document.js'
import { createServiceClient } from '../../src/core/http/service-client.ts'
import { RESERVED_METHOD_NAMES } from '../../src/core/http/reserved-names.ts'

/** A spec with one GET per operationId, in order. */
const specWith = (operationIds: string[]): OpenApiDocument => ({
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: Object.fromEntries(
    operationIds.map((operationId, i) => [`/p${i}`, { get: { operationId, responses: { '200': { description: 'ok' } } } }]),
  ),
})

describe('operationIds become safe method names (one rule: prefix `op`)', () => {
  it.each([
    ['sendEvent', 'sendEvent', undefined],
    ['SendEvent', 'sendEvent', undefined],
    ['get-thing.v2', 'get_thing_v2', undefined],
    ['2faStatus', 'op2faStatus', 'starts with a digit'],
    ['use', 'opUse', "is the client's own use()"],
    ['raw', 'opRaw', "is the client's own raw()"],
    ['eject', 'opEject', "is the client's own eject()"],
    ['paginate', 'opPaginate', "is the client's own paginate()"],
    ['then', 'opThen', 'would make the client a thenable (`await` on it never settles)'],
    ['Then', 'opThen', 'would make the client a thenable (`await` on it never settles)'],
    ['__proto__', 'op__proto__', 'is a member every JavaScript object has'],
    ['constructor', 'opConstructor', 'is a member every JavaScript object has'],
    ['toString', 'opToString', 'is a member every JavaScript object has'],
    ['toJSON', 'opToJSON', 'is a member every JavaScript object has'],
  ])('%j → %s', (operationId, name, because) => {
    const safe = safeMethodName(operationId)
    expect(safe.name).toBe(name)
    if (because) expect(safe.renamed).toBe(`operationId "${operationId}" ${because}: its method is ${name}()`)
    else expect(safe.renamed).toBeUndefined()
  })

  it('a client built from the renamed map works: every operation is a method, none hides a member, it is not a thenable', async () => {
    const ids = ['2faStatus', 'use', 'raw', 'eject', 'then', '__proto__', 'constructor', 'listThings']
    const operations = Object.fromEntries(listOperations(specWith(ids)).map((op) => [op.name, { ...op, idempotent: false }] as const))
    expect(Object.keys(operations)).toEqual([
      'op2faStatus',
      'opUse',
      'opRaw',
      'opEject',
      'opThen',
      'op__proto__',
      'opConstructor',
      'listThings',
    ])
    const client = createServiceClient(
      {
        service: 't',
        displayName: 'T',
        operations,
        vendor: { hints: { authentication: 'a', rateLimit: 'r' }, requestIdHeaders: [], readError: () => ({}) },
        env: { apiKey: 'T_API_KEY' },
        authorize: (key) => ({ authorization: `Bearer ${key}` }),
        resolveConfig: () => ({ apiKey: 'k', baseUrl: 'https://t.test', dryRun: false }),
      },
      { rateLimit: false },
    ) as unknown as Record<string, unknown>
    for (const name of Object.keys(operations)) expect([name, typeof client[name]]).toEqual([name, 'function'])
    expect(typeof client.use).toBe('function')
    expect(Object.getPrototypeOf(client)).toBe(Object.prototype)
    expect(await Promise.resolve(client)).toBe(client)
  })

  it('a hand-written map with a reserved name is refused when the client is created', () => {
    for (const name of ['then', 'use', 'constructor']) {
      expect(RESERVED_METHOD_NAMES.has(name)).toBe(true)
      expect(() =>
        createServiceClient(
          {
            service: 't',
            displayName: 'T',
            operations: { [name]: { method: 'get', path: '/x', pathParams: [], queryParams: [], idempotent: false } },
            vendor: { hints: { authentication: 'a', rateLimit: 'r' }, requestIdHeaders: [], readError: () => ({}) },
            env: { apiKey: 'T_API_KEY' },
            authorize: () => ({}),
            resolveConfig: () => ({ baseUrl: 'https://t.test', dryRun: false }),
          },
          {},
        ),
      ).toThrow(`T has an operation named "${name}", which no client method may be`)
    }
  })

  it('names stay unique, and 10,000 operations sharing one operationId are named quickly', () => {
    expect(listOperations(specWith(['a', 'a', 'a2', 'a'])).map((op) => op.name)).toEqual(['a', 'a2', 'a3', 'a4'])
    const many = listOperations(specWith(Array.from({ length: 10_000 }, () => 'same')))
    expect(new Set(many.map((op) => op.name)).size).toBe(10_000)
  })

  it('the update report says which new operations were renamed, at most ten lines', () => {
    const before = specWith(['use'])
    const after = specWith(['use', 'then', ...Array.from({ length: 12 }, (_, i) => `${i}x`)])
    const notes = renamedMethodNotes(before, after)
    expect(notes[0]).toBe(
      '  note: GET /p1: operationId "then" would make the client a thenable (`await` on it never settles): its method is opThen()',
    )
    expect(notes).toHaveLength(11)
    expect(notes[10]).toBe('  note: … and 3 more operation(s) renamed the same way')
  })
})
