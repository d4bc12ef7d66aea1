/**
 * Next.js App Router route handler: app/api/loops-webhooks/route.ts
 * In Loops → Settings → Webhooks, point the endpoint at https://<app>/api/loops-webhooks and put its
 * signing secret (whsec_…) in LOOPS_WEBHOOK_SECRET. The package verifies, deduplicates and answers
 * Loops; the app only says what each event means for it.
 */
import { createLoopsWebhookHandler } from '@codebuff/integrations/loops'
import { markUndeliverable } from '../../../lib/deliverability.js'

export const POST = createLoopsWebhookHandler({
  on: {
    'email.hardBounced': (event) => markUndeliverable(event.contactIdentity.email, 'hard-bounce'),
    'email.spamReported': (event) => markUndeliverable(event.contactIdentity.email, 'spam-report'),
    'contact.unsubscribed': (event) => markUndeliverable(event.contactIdentity.email, 'unsubscribed'),
  },
})
