import { IntegrationError } from './errors.ts'

/**
 * What helpers return at the edge, so a route handler can branch without `try`:
 * `if (!result.ok) return result.error.retryable ? retryLater() : fail(result.error.message)`.
 */
export type Result<T extends object = {}> = ({ ok: true } & T) | { ok: false; error: IntegrationError }

/** Settles a call into a Result; anything that is not already an IntegrationError is wrapped in one. */
export async function settle<T extends object>(service: string, operation: string, run: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, ...(await run()) }
  } catch (err) {
    if (err instanceof IntegrationError) return { ok: false, error: err }
    const message = err instanceof Error ? err.message : String(err)
    return { ok: false, error: new IntegrationError(`[${operation}] unexpected failure: ${message}`, { service, operation, cause: err }) }
  }
}
