import { type AnyIntegrationError, IntegrationError } from './errors.ts'

/**
 * What helpers return at the edge, so a route handler can branch without `try`:
 * `if (!result.ok) return result.error.retryable ? retryLater() : fail(result.error.message)`.
 * `error.name` narrows: `if (!result.ok && result.error.name === 'RateLimitError') result.error.retryAfterMs`.
 */
export type Result<T extends object = {}, E extends IntegrationError = AnyIntegrationError> = ({ ok: true } & T) | { ok: false; error: E }

/** Settles a call into a Result; anything that is not already an IntegrationError is wrapped in one. */
export async function settle<T extends object>(service: string, operation: string, run: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, ...(await run()) }
  } catch (err) {
    return failure(service, operation, err)
  }
}

/** The failed Result for anything thrown; what is not already an IntegrationError is wrapped in one. */
export function failure(service: string, operation: string, err: unknown): { ok: false; error: AnyIntegrationError } {
  // One of the union's classes, or a vendor's own (Stripe's CardError) that its helpers' result type adds.
  if (isIntegrationError(err)) return { ok: false, error: err as AnyIntegrationError }
  return {
    ok: false,
    error: new IntegrationError(`[${operation}] unexpected failure: ${describeThrown(err)}`, {
      service,
      operation,
      cause: err,
    }) as AnyIntegrationError,
  }
}

// A revoked Proxy makes even `instanceof` throw.
function isIntegrationError(value: unknown): value is IntegrationError {
  try {
    return value instanceof IntegrationError
  } catch {
    return false
  }
}

/**
 * A thrown value as text, without ever throwing: `String()` throws on `Object.create(null)` and on
 * objects whose `toString` or `message` getter throws, and a helper must still settle.
 */
export function describeThrown(value: unknown): string {
  try {
    if (value instanceof Error) return String(value.message)
    return String(value)
  } catch {
    try {
      return Object.prototype.toString.call(value)
    } catch {
      return 'a value that cannot be printed'
    }
  }
}
