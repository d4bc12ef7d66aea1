import { describe, expect, it } from 'vitest'
import { listWebhookEvents } from '../../scripts/lib/webhook-events.js'
import type { OpenApiDocument } from '../../scripts/lib/spec-document.js'

const hook = (schema: unknown) => ({ post: { requestBody: { content: { 'application/json': { schema } } } } })

describe('listWebhookEvents (codegen: the run-time list of webhook events)', () => {
  it('reads eventName constants, required fields and their types through $ref and nested allOf; skips hooks it cannot name', () => {
    const doc: OpenApiDocument = {
      openapi: '3.1.0',
      info: {},
      components: {
        schemas: {
          Base: { type: 'object', required: ['eventName', 'eventTime'], properties: { eventName: { type: 'string' } } },
          Email: { type: 'object', properties: { id: { type: 'string' } } },
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
      },
      webhooks: {
        bounced: hook({ $ref: '#/components/schemas/Bounced' }),
        legacy: hook({ type: 'object', properties: { eventName: { type: 'string', enum: ['legacy.event'] } } }),
        anonymous: hook({ type: 'object', properties: { eventName: { type: 'string' } } }),
        formOnly: { post: { requestBody: { content: { 'application/x-www-form-urlencoded': { schema: {} } } } } },
      },
    }
    expect(listWebhookEvents(doc)).toEqual([
      {
        eventName: 'email.bounced',
        webhook: 'bounced',
        required: ['eventName', 'eventTime', 'email', 'note'],
        // eventTime declares no type: only its presence is checked.
        types: { eventName: ['string'], email: ['object'], note: ['string', 'null'] },
      },
      { eventName: 'legacy.event', webhook: 'legacy', required: [], types: {} },
    ])
  })

  it('a spec without webhooks has none', () => {
    expect(listWebhookEvents({ openapi: '3.0.0', info: {}, paths: {} })).toEqual([])
  })
})
