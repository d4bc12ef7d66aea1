import { describe, expect, it } from 'vitest'
import { listWebhookEvents } from '../../scripts/lib/webhook-events.js'
import type { OpenApiDocument } from '../../scripts/lib/spec-document.js'

const hook = (schema: unknown) => ({ post: { requestBody: { content: { 'application/json': { schema } } } } })

describe('listWebhookEvents (codegen: the run-time list of webhook events)', () => {
  it('reads eventName constants and required fields through $ref and nested allOf; skips hooks it cannot name', () => {
    const doc: OpenApiDocument = {
      openapi: '3.1.0',
      info: {},
      components: {
        schemas: {
          Base: { type: 'object', required: ['eventName', 'eventTime'], properties: { eventName: { type: 'string' } } },
          Metric: { allOf: [{ $ref: '#/components/schemas/Base' }, { type: 'object', required: ['email'] }] },
          Bounced: { allOf: [{ $ref: '#/components/schemas/Metric' }, { properties: { eventName: { const: 'email.bounced' } } }] },
        },
      },
      webhooks: {
        bounced: hook({ $ref: '#/components/schemas/Bounced' }),
        legacy: hook({ type: 'object', properties: { eventName: { type: 'string', enum: ['legacy.event'] } } }),
        anonymous: hook({ type: 'object', properties: { eventName: { type: 'string' } } }),
        formOnly: { post: { requestBody: { content: { 'application/x-www-form-urlencoded': { schema: {} } } } } },
      },
    }
    expect(listWebhookEvents(doc)).toEqual([
      { eventName: 'email.bounced', webhook: 'bounced', required: ['eventName', 'eventTime', 'email'] },
      { eventName: 'legacy.event', webhook: 'legacy', required: [] },
    ])
  })

  it('a spec without webhooks has none', () => {
    expect(listWebhookEvents({ openapi: '3.0.0', info: {}, paths: {} })).toEqual([])
  })
})
