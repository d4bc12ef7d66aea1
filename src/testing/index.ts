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
} from './loops-stand-in.ts'
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
} from './loops-webhooks.ts'
export {
  LoopsOutbox,
  OutboxAssertionError,
  SentEmails,
  SentEmailsAssertionError,
  type EmailMatch,
  type SentEmail,
  type SentEvent,
} from './sent-emails.ts'
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
} from './stand-in.ts'
export { serveOnLoopback, type LoopbackOptions, type LoopbackServer } from './loopback-server.ts'
export { mswHandlersFor } from './msw.ts'
export { createSpecValidator, type SpecValidator, type ValidationResult } from './spec-validator.ts'
export { loopsHttp } from './loops-http.ts'
export { mockStripe, startStripeStandIn, stripeSignatureHeader, type StripeFake } from './stripe-stand-in.ts'
