export { createLoopsClient, loops, type LoopsClient, type LoopsClientOptions } from './client.ts'
export { LOOPS_DEFAULT_BASE_URL, loopsEnvSchema, type LoopsEnv } from './config.ts'
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
