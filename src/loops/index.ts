export { createLoopsClient, loops, type LoopsClient, type LoopsClientOptions } from './client.js'
export { LOOPS_DEFAULT_BASE_URL, loopsEnvSchema, type LoopsEnv } from './config.js'
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
