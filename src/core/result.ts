import { IntegrationError } from './errors.js'

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
    if (isIntegrationError(err)) return { ok: false, error: err }
    return {
      ok: false,
      error: new IntegrationError(`[${operation}] unexpected failure: ${describeThrown(err)}`, { service, operation, cause: err }),
    }
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
