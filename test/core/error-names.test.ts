import { describe, expect, it } from 'vitest'
import * as root from '../../src/index.js'
import * as loops from '../../src/loops/index.js'
import * as outbox from '../../src/outbox/index.js'
import * as stripe from '../../src/stripe/index.js'

const core = [
  'IntegrationError',
  'ConfigError',
  'AuthenticationError',
  'PermissionDeniedError',
  'ValidationError',
  'NotFoundError',
  'ConflictError',
  'RateLimitError',
  'ServerError',
  'InvalidResponseError',
  'NetworkError',
  'TimeoutError',
  'MiddlewareError',
  'WebhookVerificationError',
] as const
type ErrorClass = new (message: string, context: { service: string; operation: string; hook?: unknown; reason?: unknown }) => Error

describe('error names', () => {
  it('every error class is exported, as the same class, from the root, /loops, /stripe and /outbox', () => {
    for (const name of core) {
      const classes = [root, loops, stripe, outbox].map((entry) => (entry as Record<string, unknown>)[name])
      expect(
        classes.every((c) => typeof c === 'function' && c === classes[0]),
        name,
      ).toBe(true)
    }
    expect([root.CardError, root.StripeWebhookError]).toEqual([stripe.CardError, stripe.StripeWebhookError])
  })

  it("an instance's name is its class name (the literal its type declares), kept by toJSON", () => {
    for (const name of [...core, 'CardError'] as const) {
      const Class = (name === 'CardError' ? stripe.CardError : (root as Record<string, unknown>)[name]) as ErrorClass
      const error = new Class('m', { service: 's', operation: 'o', hook: 'onRequest', reason: 'missing-header' })
      expect([error.name, (error as root.IntegrationError).toJSON().name]).toEqual([name, name])
    }
  })

  it("StripeWebhookError is the WebhookVerificationError every vendor's webhooks throw", () => {
    expect(stripe.StripeWebhookError).toBe(root.WebhookVerificationError)
  })
})
