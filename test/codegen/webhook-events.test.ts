import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { createShapeTable, renderShapes } from '../../scripts/lib/payload-shapes.js'
import type { OpenApiDocument } from '../../scripts/lib/spec-document.js'
import { listWebhookEvents } from '../../scripts/lib/webhook-events.js'
import { shapeProblem } from '../../src/core/webhooks/json-shape.js'

const hook = (schema: unknown) => ({ post: { requestBody: { content: { 'application/json': { schema } } } } })
/** The rendered table as the generated module would evaluate it. */
const evaluate = (rendered: string) => runInNewContext(`(${rendered})`)
const doc = (schemas: Record<string, unknown>, webhooks: Record<string, unknown> = {}): OpenApiDocument => ({
  openapi: '3.1.0',
  info: {},
  components: { schemas },
  webhooks,
})

describe('listWebhookEvents (codegen: the run-time list of webhook events and their payload schemas)', () => {
  const spec = doc(
    {
      Base: { type: 'object', required: ['eventName', 'eventTime'], properties: { eventName: { type: 'string' } } },
      Email: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      Metric: {
        allOf: [
          { $ref: '#/components/schemas/Base' },
          {
            type: 'object',
            required: ['email', 'note'],
            properties: { email: { $ref: '#/components/schemas/Email' }, note: { type: ['string', 'null'] } },
          },
        ],
      },
      Bounced: { allOf: [{ $ref: '#/components/schemas/Metric' }, { properties: { eventName: { const: 'email.bounced' } } }] },
    },
    {
      bounced: hook({ $ref: '#/components/schemas/Bounced' }),
      legacy: hook({ type: 'object', properties: { eventName: { type: 'string', enum: ['legacy.event'] } } }),
      anonymous: hook({ type: 'object', properties: { eventName: { type: 'string' } } }),
      formOnly: { post: { requestBody: { content: { 'application/x-www-form-urlencoded': { schema: {} } } } } },
    },
  )

  it('names events by their eventName constant through $ref and nested allOf, and skips hooks it cannot name', () => {
    const { events } = listWebhookEvents(spec)
    expect(events.map((e) => [e.eventName, e.webhook])).toEqual([
      ['email.bounced', 'bounced'],
      ['legacy.event', 'legacy'],
    ])
  })

  it("each event's payload shape checks nested required fields, types and constants", () => {
    const { events, shapes } = listWebhookEvents(spec)
    const check = (value: unknown) => shapeProblem(shapes, events[0]!.payload, value)
    const good = { eventName: 'email.bounced', eventTime: 1, email: { id: 'e1' }, note: null }
    expect(check(good)).toBeUndefined()
    expect(check({ ...good, email: {} })).toBe('email.id missing')
    expect(check({ ...good, email: { id: 5 } })).toBe('email.id not string')
    expect(check({ ...good, note: 3 })).toBe('note not string or null')
    expect(check({ ...good, eventName: 'email.other' })).toBe('eventName not "email.bounced"')
    expect(check([good])).toBe('payload not object')
  })

  it('a spec without webhooks has none', () => {
    expect(listWebhookEvents({ openapi: '3.0.0', info: {}, paths: {} })).toEqual({ events: [], shapes: [] })
  })
})

describe('payload shapes from hostile or unusual schemas', () => {
  it('a self-referencing schema, a $ref loop and a property named __proto__ compile, and render as data', () => {
    const spec = doc({
      // As a parsed spec has it: an own property named __proto__ (a literal here would set the prototype).
      Node: JSON.parse('{"type":"object","properties":{"child":{"$ref":"#/components/schemas/Node"},"__proto__":{"type":"integer"}}}'),
      A: { $ref: '#/components/schemas/B' },
      B: { $ref: '#/components/schemas/A' },
    })
    const table = createShapeTable(spec)
    const node = table.add({ $ref: '#/components/schemas/Node' })
    const loop = table.add({ $ref: '#/components/schemas/A' })
    const nested = JSON.parse(`{"child":{"child":{"__proto__":"x"}}}`)
    expect(shapeProblem(table.shapes, node, nested)).toBe('child.child.__proto__ not integer')
    expect(shapeProblem(table.shapes, loop, { anything: true })).toBeUndefined()
    // 200 levels of a recursive schema: refused, never a stack overflow.
    let deep: Record<string, unknown> = {}
    for (let i = 0; i < 200; i++) deep = { child: deep }
    expect(shapeProblem(table.shapes, node, deep)).toMatch(/nested too deep$/)
    const rendered = renderShapes(table.shapes)
    expect(JSON.stringify(evaluate(rendered))).toBe(JSON.stringify(table.shapes))
  })

  it('an enum holding an object with a __proto__ key stays an own key (a computed key, not a prototype-setting literal)', () => {
    const table = createShapeTable(doc({}))
    const index = table.add({ enum: [JSON.parse('{"__proto__":{"polluted":true}}')] })
    const rendered = renderShapes(table.shapes)
    expect(rendered).toContain('["__proto__"]')
    const shapes = evaluate(rendered)
    // An own key, as in the spec: an object literal would have made it the prototype (and the enum value `{}`).
    expect(Object.hasOwn(shapes[index].enum[0], '__proto__')).toBe(true)
    expect(shapeProblem(shapes, index, JSON.parse('{"__proto__":{"polluted":true}}'))).toBeUndefined()
    expect(shapeProblem(shapes, index, {})).toMatch(/^payload not/)
  })

  it('shared nodes (YAML aliases nine levels deep) are compiled once: linear, not exponential', () => {
    let node: Record<string, unknown> = { type: 'string' }
    for (let level = 0; level < 30; level++) node = { type: 'object', properties: { a: node, b: node, c: node } }
    const table = createShapeTable(doc({}))
    table.add(node)
    expect(table.shapes.length).toBeLessThanOrEqual(31)
  })

  it('keeps anyOf, oneOf, items, additionalProperties and OpenAPI 3.0 nullable', () => {
    const table = createShapeTable(doc({}))
    const index = table.add({
      type: 'object',
      properties: {
        tags: { type: 'array', items: { type: 'string' } },
        counts: { type: 'object', additionalProperties: { type: 'integer' } },
        strict: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
        either: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
        exactlyOne: { oneOf: [{ type: 'number' }, { type: 'integer' }] },
        maybe: { type: 'string', nullable: true, enum: ['a'] },
      },
    })
    const check = (value: unknown) => shapeProblem(table.shapes, index, value)
    expect(check({ tags: ['a'], counts: { x: 1 }, strict: { a: 'a' }, either: 'x', exactlyOne: 1.5, maybe: null })).toBeUndefined()
    expect(check({ tags: ['a', 1] })).toBe('tags[1] not string')
    expect(check({ counts: { x: 1.5 } })).toBe('counts.x not integer')
    expect(check({ strict: { b: 1 } })).toBe('strict.b not allowed')
    expect(check({ either: true })).toBe('either matches none of its anyOf schemas')
    expect(check({ exactlyOne: 2 })).toBe('exactlyOne does not match exactly one of its oneOf schemas')
    expect(check({ maybe: 'b' })).toBe('maybe not one of "a", null')
  })
})
