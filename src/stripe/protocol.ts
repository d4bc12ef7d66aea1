import { type AnyIntegrationError, IntegrationError, ValidationError, type ErrorContext } from '../core/errors.ts'
import type { VendorProtocol } from '../core/http/transport.ts'

interface StripeErrorBody {
  error?: { type?: string; code?: string; decline_code?: string; param?: string; message?: string }
}
const errorOf = (body: unknown) => (body && typeof body === 'object' ? (body as StripeErrorBody).error : undefined)

/** A card was declined or failed a check: the customer must act (another card, 3DS…); retrying will not help. */
export class CardError extends IntegrationError {
  override readonly name = 'CardError' as const
  /** e.g. `insufficient_funds`, `do_not_honor`. */
  readonly declineCode: string | undefined
  readonly param: string | undefined
  constructor(message: string, context: ErrorContext & { declineCode?: string; param?: string }) {
    super(message, context)
    this.declineCode = context.declineCode
    this.param = context.param
  }
}

/** Every error a Stripe helper's `{ ok: false, error }` can carry, narrowed by `name` (`'CardError'` included). */
export type AnyStripeError = AnyIntegrationError | CardError

/** How Stripe reports failures: `{ error: { type, code, param, decline_code, message } }`, `Request-Id`. */
export const stripeProtocol: VendorProtocol = {
  hints: {
    authentication:
      'Stripe rejected the key: check STRIPE_SECRET_KEY (Dashboard → Developers → API keys), its mode (test/live) and, ' +
      'for restricted keys, its permissions.',
    rateLimit: 'Stripe allows 100 requests/s in live mode and 25 in test mode.',
  },
  requestIdHeaders: ['request-id'],
  // Stripe says per answer whether a retry can help (e.g. `true` on a 409 lock timeout, `false` on a
  // 500 that already took effect); it overrides the status rule in decide().
  shouldRetryHeader: 'stripe-should-retry',
  readError: (body) => {
    const error = errorOf(body)
    const code = error?.decline_code ?? error?.code ?? error?.type
    return { ...(error?.message ? { message: error.message } : {}), ...(code ? { code } : {}) }
  },
  // Stripe replays a keyed request with the same parameters (same answer, no 409); a 409
  // idempotency_error means the key was used with other parameters.
  idempotencyConflict: (body) => (errorOf(body)?.type === 'idempotency_error' ? 'conflict' : undefined),
  classify: (status, body, context) => {
    const error = errorOf(body)
    const said = error?.message ? `: ${error.message.replace(/\.+$/, '')}` : ''
    if (error?.type === 'card_error') {
      return new CardError(
        `[${context.label}] ${status} card error${said}${error.decline_code ? ` (${error.decline_code})` : ''}. ` +
          `Ask the customer for another payment method; retrying will not help.`,
        {
          ...context,
          ...(error.decline_code ? { declineCode: error.decline_code } : {}),
          ...(error.param ? { param: error.param } : {}),
        },
      )
    }
    if (error?.type === 'invalid_request_error' && status === 400) {
      return new ValidationError(
        `[${context.label}] 400 invalid request${said}${error.param ? ` (param: ${error.param})` : ''}. Fix the request; ` +
          `sending it again will not help.`,
        context,
      )
    }
    return undefined
  },
}
