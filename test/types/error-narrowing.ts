/**
 * An app's code, compiled by test/types/error-narrowing.subprocess.test.ts under the strictest settings
 * (tsconfig.json here): `error.name` narrows every helper's failure to its class, and every entry exports
 * the error classes it can produce. Imports name the package as an app does.
 */
import {
  type AnyIntegrationError,
  IntegrationError,
  type IntegrationErrorName,
  RateLimitError,
  WebhookVerificationError,
} from '@codebuff/integrations'
import {
  ConfigError,
  RateLimitError as LoopsRateLimitError,
  sendInvitationEmail,
  WebhookVerificationError as LoopsWebhookVerificationError,
} from '@codebuff/integrations/loops'
import { createOutbox, NetworkError, ValidationError as OutboxValidationError } from '@codebuff/integrations/outbox'
import { type AnyStripeError, CardError, createStripeBilling, StripeWebhookError, TimeoutError } from '@codebuff/integrations/stripe'

// Every name has its class in the unions, and every class in them has a name of the list: a new error class must join both.
type Unlisted = Exclude<IntegrationErrorName, AnyStripeError['name']> | Exclude<AnyStripeError['name'], IntegrationErrorName>
export const everyNameHasItsClass: [Unlisted] extends [never] ? true : Unlisted = true

export async function retryAfter(): Promise<number | undefined> {
  const r = await sendInvitationEmail({
    email: 'a@example.com',
    firstName: 'A',
    organizationName: 'O',
    inviterName: 'I',
    invitationUrl: 'u',
  })
  if (!r.ok && r.error.name === 'RateLimitError') return r.error.retryAfterMs
  if (!r.ok && r.error.name === 'MiddlewareError') return r.error.hook.length
  if (!r.ok && r.error.name === 'ValidationError') return r.error.issues.length
  // @ts-expect-error only a RateLimitError has retryAfterMs
  if (!r.ok) return r.error.retryAfterMs
  // @ts-expect-error no error of this package is named so
  if (!r.ok && r.error.name === 'RateLimitErr') return 0
  return undefined
}

export async function declineCode(): Promise<string | undefined> {
  const r = await createStripeBilling().createCustomer({ email: 'a@example.com' })
  if (!r.ok && r.error.name === 'CardError') return r.error.declineCode
  if (!r.ok && r.error.name === 'RateLimitError') return String(r.error.retryAfterMs)
  return undefined
}

export async function queued(): Promise<readonly unknown[] | undefined> {
  const r = await createOutbox().sendBasicEmail({ email: 'a@example.com', subject: 's', message: 'm' })
  if (!r.ok && r.error.name === 'ValidationError') return r.error.issues
  return undefined
}

export function caught(error: unknown): string {
  // The same classes from every entry, one instanceof for both vendors' webhooks.
  const sameClasses = [RateLimitError === LoopsRateLimitError, WebhookVerificationError === LoopsWebhookVerificationError]
  if (error instanceof StripeWebhookError) return error.reason
  if (error instanceof CardError || error instanceof ConfigError || error instanceof NetworkError) return error.name
  if (error instanceof OutboxValidationError || error instanceof TimeoutError) return error.name
  const name: IntegrationErrorName | undefined = error instanceof IntegrationError ? error.name : undefined
  const any: AnyIntegrationError | undefined = undefined
  return `${sameClasses} ${name} ${any}`
}
