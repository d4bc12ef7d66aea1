import type { components, operations, paths } from '../../generated/loops.ts'
import type { OperationInput, OperationOf, OperationResult } from '../core/http/operation-types.ts'

type Op<N extends keyof typeof operations> = OperationOf<paths, (typeof operations)[N]>

/** Input and result of any Loops method, by name: `LoopsInput<'sendEvent'>`. */
export type LoopsInput<N extends keyof typeof operations> = OperationInput<Op<N>, (typeof operations)[N]['method']>
export type LoopsResult<N extends keyof typeof operations> = OperationResult<Op<N>>
export type LoopsOperationName = keyof typeof operations

export type SendTransactionalEmailInput = LoopsInput<'sendTransactionalEmail'>
export type SendTransactionalEmailResult = LoopsResult<'sendTransactionalEmail'> & { duplicate?: true }
export type SendEventInput = LoopsInput<'sendEvent'>
export type SendEventResult = LoopsResult<'sendEvent'> & { duplicate?: true }
export type LoopsContact = components['schemas']['Contact']
export type LoopsMailingList = components['schemas']['MailingList']
export type { paths as LoopsPaths }
