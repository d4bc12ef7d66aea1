import type { operations, paths } from '../../generated/stripe.ts'
import type { OperationInput, OperationOf, OperationResult } from '../core/http/operation-types.ts'

type Op<N extends keyof typeof operations> = OperationOf<paths, (typeof operations)[N]>

/** Input and result of any Stripe method, by name. */
export type StripeInput<N extends keyof typeof operations> = OperationInput<Op<N>, (typeof operations)[N]['method']>
export type StripeResult<N extends keyof typeof operations> = OperationResult<Op<N>>
export type StripeOperationName = keyof typeof operations
export type { paths as StripePaths }
