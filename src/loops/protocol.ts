import { readErrorMessage as messageOf } from '../core/http/error-body.ts'
import type { VendorProtocol } from '../core/http/transport.ts'

/** How Loops reports failures: `{ success: false, message }`, and 409s for reused idempotency keys. */
export const loopsProtocol: VendorProtocol = {
  hints: {
    authentication: 'Loops rejected the API key: check LOOPS_API_KEY (Loops → Settings → API) or the apiKey option.',
    rateLimit: 'Loops allows 10 requests/s per team.',
  },
  requestIdHeaders: ['x-request-id', 'x-vercel-id', 'cf-ray'],
  readError: (body) => {
    const message = messageOf(body)
    return message ? { message } : {}
  },
  // Loops keeps keys for 24 h: "Idempotency key has been used." means the first request went
  // through (a retry of ours, or a re-run by the caller), "…already used with a different request
  // body." means the key belongs to another request. Any other 409 (e.g. "key is currently being
  // processed") says nothing about whether the email went out, so it is left to the retry policy.
  idempotencyConflict: (body) => {
    const message = messageOf(body) ?? ''
    if (/already used with a different request body/i.test(message)) return 'conflict'
    if (/idempotency key has been used/i.test(message)) return 'duplicate'
    return undefined
  },
  duplicateResult: { success: true, duplicate: true },
  dryRunResult: { success: true, dryRun: true },
  rateLimitRemainingHeader: 'x-ratelimit-remaining',
}
