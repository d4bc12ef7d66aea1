import { describe, expect, it } from 'vitest'
import { IntegrationError } from '../../src/core/errors.js'
import { createLoopsClient, createLoopsEmails } from '../../src/loops/index.js'
import { createStripeClient } from '../../src/stripe/index.js'
import { captureLogs } from '../helpers/capture.js'

const answering = (status: number, body: unknown) => async () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

async function failure(call: Promise<unknown>): Promise<IntegrationError> {
  const error = await call.then(
    () => undefined,
    (err: unknown) => err,
  )
  if (!(error instanceof IntegrationError)) throw new Error(`expected an IntegrationError, got ${String(error)}`)
  return error
}

describe('error messages mask email addresses as logs do (a route may return error.message to a browser)', () => {
  it('a Loops error body echoing the address keeps it out of message, vendorMessage and toJSON', async () => {
    const fetch = answering(400, { success: false, message: 'Contact ada.lovelace@example.com is suppressed' })
    const loops = createLoopsClient({ apiKey: 'k_123456', baseUrl: 'https://loops.test/api', fetch, rateLimit: false })
    const error = await failure(loops.sendTransactionalEmail({ transactionalId: 't', email: 'ada.lovelace@example.com' }))
    expect(error.message).toContain('a***@example.com is suppressed')
    expect(JSON.stringify(error)).not.toContain('ada.lovelace')
    expect(error.vendorMessage).toBe('Contact a***@example.com is suppressed')
  })

  it("a Stripe card error quoting the customer's address, and a helper's { ok: false, error }", async () => {
    const fetch = answering(402, { error: { type: 'card_error', message: 'Declined for grace@example.org', decline_code: 'do_not_honor' } })
    const stripe = createStripeClient({ apiKey: 'sk_test_1', baseUrl: 'https://stripe.test', fetch, rateLimit: false })
    const error = await failure(stripe.postCustomers({ email: 'grace@example.org' }))
    expect([error.name, error.message.includes('grace@'), error.message.includes('g***@example.org')]).toEqual(['CardError', false, true])

    const client = createLoopsClient({
      apiKey: 'k_123456',
      baseUrl: 'https://loops.test/api',
      rateLimit: false,
      logger: captureLogs().logger,
      fetch: answering(422, { message: 'bob@example.com is not a valid recipient' }),
    })
    const data = { email: 'bob@example.com', firstName: 'B', organizationName: 'O', inviterName: 'I', invitationUrl: 'https://x.test/i' }
    const result = await createLoopsEmails({ client, templates: { invitation: 'tpl' } }).sendInvitationEmail(data)
    expect(result.ok ? 'sent' : [result.error.name, result.error.message.includes('bob@example.com')]).toEqual(['ValidationError', false])
  })
})
