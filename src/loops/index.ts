export { createLoopsClient, loops, type LoopsClient, type LoopsClientOptions } from './client.js'
export { LOOPS_DEFAULT_BASE_URL, loopsEnvSchema, loopsWebhookEnvSchema, type LoopsEnv } from './config.js'
export {
  createLoopsEmails,
  sendBasicEmail,
  sendInvitationEmail,
  sendSignupEvent,
  sendWelcomeEmail,
  type LoopsEmailsOptions,
  type SendOptions,
  type SendOutcome,
  type SendResult,
} from './emails.js'
export {
  loopsTemplates,
  signupEventSchema,
  type BasicEmailData,
  type InvitationEmailData,
  type LoopsTemplateName,
  type SignupEventData,
  type TemplateDeclaration,
  type WelcomeEmailData,
} from './templates.js'
export { loopsInputSchemas } from './validation.js'
export type {
  LoopsContact,
  LoopsInput,
  LoopsMailingList,
  LoopsOperationName,
  LoopsPaths,
  LoopsResult,
  SendEventInput,
  SendEventResult,
  SendTransactionalEmailInput,
  SendTransactionalEmailResult,
} from './types.js'
export { createLoopsWebhookHandler, type LoopsWebhookHandlerOptions, type LoopsWebhookHandlers } from './webhook-handler.js'
export {
  parseLoopsWebhookEvent,
  verifyLoopsWebhook,
  type LoopsWebhookEvent,
  type LoopsWebhookEventMap,
  type LoopsWebhookEventName,
  type ParsedLoopsWebhook,
  type VerifyLoopsWebhookOptions,
} from './webhooks.js'
export { WebhookVerificationError, type WebhookFailure } from '../core/errors.js'
export { createMemoryDedupeStore, type MemoryDedupeOptions, type WebhookDedupeStore } from '../core/webhook-dedupe.js'
export type { WebhookDelivery, WebhookHeaders } from '../core/standard-webhooks.js'
