/**
 * @codebuff/integrations/testing — fakes for consumers' tests (Node only: it starts servers).
 * Every fake validates requests against the same vendor spec the client is generated from.
 */
export {
  mockLoops,
  startLoopsStandIn,
  type LoopsFake,
  type LoopsStandIn,
  type LoopsStandInOptions,
  type StandInContact,
} from './loops-stand-in.js'
export {
  type DeliverWebhookOptions,
  deliverLoopsWebhook,
  loopsWebhookBody,
  loopsWebhookExample,
  loopsWebhookRequest,
  newWebhookSecret,
  signLoopsWebhook,
  type SignWebhookOptions,
  type WebhookDeliveryResult,
  type WebhookEventNameArg,
  type WebhookPayloadArg,
  type WebhookRequestOptions,
} from './loops-webhooks.js'
export { LoopsOutbox, OutboxAssertionError, type EmailMatch, type SentEmail, type SentEvent } from './outbox.js'
export {
  createStandIn,
  DROP,
  type Fault,
  type FaultRule,
  type Handler,
  type RecordedRequest,
  type StandInCore,
  type StandInDefinition,
  type StandInOptions,
} from './stand-in.js'
export { serveOnLoopback, type LoopbackOptions, type LoopbackServer } from './loopback-server.js'
export { mswHandlersFor } from './msw.js'
export { createSpecValidator, type SpecValidator, type ValidationResult } from './spec-validator.js'
export { loopsHttp } from './loops-http.js'
export { mockStripe, startStripeStandIn, stripeSignatureHeader, type StripeFake } from './stripe-stand-in.js'
