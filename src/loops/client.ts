import { operations, type paths } from '../../generated/loops.ts'
import { type EnvSource, processEnv } from '../core/runtime/env.ts'
import { lazyDefault } from '../core/runtime/lazy-default.ts'
import { createServiceClient, type ServiceClient, type ServiceClientOptions } from '../core/http/service-client.ts'
import { LOOPS_DEFAULT_BASE_URL, readLoopsEnv } from './config.ts'
import { loopsProtocol } from './protocol.ts'
import { loopsInputSchemas } from './validation.ts'

/** The longest idempotency key Loops accepts. */
export const LOOPS_MAX_IDEMPOTENCY_KEY_LENGTH = 100

export interface LoopsClientOptions extends ServiceClientOptions {
  /**
   * Client-side rate limit, default 10 requests/s (Loops' documented team limit).
   * @default { requestsPerSecond: 10 }
   */
  rateLimit?: Exclude<ServiceClientOptions['rateLimit'], undefined>
  /** Where env vars are read from. @default process.env, on the first request */
  env?: EnvSource
}

/** One typed method per Loops operation (all 64, named by operationId), plus `raw`. */
export type LoopsClient = ServiceClient<paths, typeof operations>

/**
 * A Loops client on the shared transport. Nothing is read or checked until the first request,
 * so importing and constructing it is safe in code that runs without secrets (builds, web).
 *
 * @example
 * const loops = createLoopsClient()
 * await loops.sendTransactionalEmail({ transactionalId, email, dataVariables }, { idempotencyKey: invite.id })
 */
export function createLoopsClient(options: LoopsClientOptions = {}): LoopsClient {
  return createServiceClient<paths, typeof operations>(
    {
      service: 'loops',
      displayName: 'Loops',
      operations,
      vendor: loopsProtocol,
      env: { apiKey: 'LOOPS_API_KEY' },
      inputSchemas: loopsInputSchemas,
      maxIdempotencyKeyLength: LOOPS_MAX_IDEMPOTENCY_KEY_LENGTH,
      authorize: (apiKey) => ({ authorization: `Bearer ${apiKey}` }),
      resolveConfig: () => {
        const env = readLoopsEnv(options.env ?? processEnv())
        return {
          apiKey: options.apiKey ?? env.LOOPS_API_KEY,
          baseUrl: options.baseUrl ?? env.LOOPS_BASE_URL ?? LOOPS_DEFAULT_BASE_URL,
          dryRun: options.dryRun ?? env.LOOPS_DRY_RUN ?? false,
        }
      },
    },
    options,
  )
}

/**
 * The process-wide client with default options, created on first use (not at import).
 * @example
 * import { loops } from '@codebuff/integrations/loops'
 * await loops.sendEvent({ email, eventName: 'signup' })
 */
export const loops: LoopsClient = lazyDefault(() => createLoopsClient())
