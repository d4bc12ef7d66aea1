import type { ResponseObjectMap, SuccessResponse } from 'openapi-typescript-helpers'

/** One entry of a generated `operations` map. */
export interface OperationMeta {
  readonly method: string
  readonly path: string
  readonly pathParams: readonly string[]
  readonly queryParams: readonly string[]
  readonly body?: 'json' | 'form'
  readonly idempotent: boolean
  /**
   * The spec allows a 2xx without a body (a response without `content`). Absent (every Loops and Stripe
   * operation today): an empty 2xx body, other than a 204/205, is an InvalidResponseError.
   */
  readonly emptyBody?: boolean
}

export type OperationMap = Readonly<Record<string, OperationMeta>>

/** The openapi-typescript operation object behind a generated map entry. */
export type OperationOf<Paths, M extends OperationMeta> = M['path'] extends keyof Paths
  ? M['method'] extends keyof Paths[M['path']]
    ? Paths[M['path']][M['method']]
    : never
  : never

type Present<X> = [NonNullable<X>] extends [never] ? {} : NonNullable<X>
type ParamPart<Op, K extends string> = Op extends { parameters: infer P } ? (P extends { [k in K]?: infer X } ? Present<X> : {}) : {}
type MediaBody<C> = C extends { 'application/json': infer B } ? B : C extends { 'application/x-www-form-urlencoded': infer B } ? B : {}
type BodyPart<Op> = Op extends { requestBody?: infer RB } ? (Present<RB> extends { content: infer C } ? MediaBody<C> : {}) : {}

/**
 * A method's single input object: path and query parameters and the body's fields side by side,
 * as in `updateCampaign({ campaignId, name })`. The client splits it again by parameter name.
 */
export type OperationInput<Op, Method = 'post'> = ParamPart<Op, 'path'> &
  ParamPart<Op, 'query'> &
  (Method extends 'get' | 'head' ? {} : BodyPart<Op>)

/** The 2xx JSON body. */
export type OperationResult<Op> =
  ResponseObjectMap<Op> extends infer R extends Record<string | number, any> ? SuccessResponse<R, `${string}/json`> : never

/** Marks a result the vendor reported as already done for this idempotency key: nothing was sent again. */
export interface DuplicateMarker {
  duplicate?: true
}

export interface CallOptions {
  /**
   * Deduplicates the call at the vendor: a retry, or a re-run with the same key, never acts twice.
   * Minted automatically for operations that take one; pass your own (e.g. the invite id) to
   * deduplicate across restarts.
   */
  idempotencyKey?: string
  /** Abort the call; an aborted call is never retried. */
  signal?: AbortSignal
  /** Per-attempt timeout for this call. @default the client's `timeoutMs` */
  timeoutMs?: number
  /** Retries for this call (0–10). @default the client's `maxRetries` */
  maxRetries?: number
  /**
   * Total time for the call: attempts, rate-limit waits and backoffs included. When it passes the
   * call fails with a TimeoutError (retryable), an attempt in flight is cut short, and no backoff
   * starts that would end after it. @default none (each attempt is bounded by `timeoutMs`)
   */
  deadlineMs?: number
  /** Called once when the call settles, with what it took (for metrics, demos, traces). */
  onComplete?: (info: CallInfo) => void
}

/** What one call took: attempts made, final status, the vendor's request id, total time. */
export interface CallInfo {
  attempts: number
  status?: number
  /** Read from the answer's headers when asked for (undefined when the vendor sent none). */
  requestId?: string | undefined
  ms: number
  idempotencyKey?: string
}

type HasRequired<T> = {} extends T ? false : true

export type OperationMethod<Op, Idempotent extends boolean, Method = 'post'> = (
  ...args: HasRequired<OperationInput<Op, Method>> extends true
    ? [input: OperationInput<Op, Method>, options?: CallOptions]
    : [input?: OperationInput<Op, Method>, options?: CallOptions]
) => Promise<Idempotent extends true ? OperationResult<Op> & DuplicateMarker : OperationResult<Op>>

/** One typed method per operation of a generated map. */
export type OperationMethods<Paths, Ops extends OperationMap> = {
  -readonly [N in keyof Ops]: OperationMethod<OperationOf<Paths, Ops[N]>, Ops[N]['idempotent'], Ops[N]['method']>
}
