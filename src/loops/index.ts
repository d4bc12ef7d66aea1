// Every error class a Loops call, helper or webhook can produce, so `instanceof` and `error.name` need no second import.
export * from '../core/public-errors.ts'
export { createLoopsClient, loops, type LoopsClient, type LoopsClientOptions } from './client.ts'
export { LOOPS_DEFAULT_BASE_URL, loopsEnvSchema, loopsWebhookEnvSchema, type LoopsEnv } from './config.ts'
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
} from './emails.ts'
export {
  type PublishedTemplateName,
  type ResolvedTemplateId,
  type TemplateData,
  type TemplateIdSource,
  type TemplateSend,
  templateEnvVar,
} from './published-templates.ts'
export { createTemplateSender, type SendTemplateOptions, sendTemplate, type TemplateSenderOptions } from './send-template.ts'
export {
  loopsTemplates,
  signupEventSchema,
  type BasicEmailData,
  type InvitationEmailData,
  type LoopsTemplateName,
  type SignupEventData,
  type TemplateDeclaration,
  type WelcomeEmailData,
} from './templates.ts'
export { loopsInputSchemas } from './validation.ts'
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
} from './types.ts'
export { createLoopsWebhookHandler, type LoopsWebhookHandlerOptions, type LoopsWebhookHandlers } from './webhook-handler.ts'
export {
  parseLoopsWebhookEvent,
  verifyLoopsWebhook,
  type LoopsWebhookEvent,
  type LoopsWebhookEventMap,
  type LoopsWebhookEventName,
  type ParsedLoopsWebhook,
  type VerifyLoopsWebhookOptions,
} from './webhooks.ts'
export { createMemoryDedupeStore, type MemoryDedupeOptions, type WebhookDedupeStore } from '../core/webhooks/webhook-dedupe.ts'
export type { WebhookDelivery, WebhookHeaders } from '../core/webhooks/standard-webhooks.ts'
