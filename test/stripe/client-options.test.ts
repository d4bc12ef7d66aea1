import { afterEach, describe, expect, it, vi } from 'vitest'
import { InvalidResponseError } from '../../src/core/errors.js'
import { createStripeClient } from '../../src/stripe/index.js'
import { captureLogs, jsonResponse, scriptedFetch } from '../helpers/capture.js'

afterEach(() => vi.useRealTimers())

describe('createStripeClient options forwarded as undefined, and answers that are not what Stripe promised', () => {
  it('rateLimit: undefined keeps Stripe’s 25/s (25 calls start at once), not the core’s 10/s', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    const { fetch, calls } = scriptedFetch(() => jsonResponse({ id: 'cus_1', object: 'customer' }))
    const stripe = createStripeClient({ apiKey: 'sk_test_x', fetch, logger: captureLogs().logger, rateLimit: undefined })
    const all = Promise.all(Array.from({ length: 25 }, () => stripe.getCustomersCustomer({ customer: 'cus_1' })))
    await vi.advanceTimersByTimeAsync(0)
    expect(calls).toHaveLength(25)
    await all
  })

  it('a list page that is not a list is an InvalidResponseError (the answer is wrong, not the configuration)', async () => {
    const { fetch } = scriptedFetch(() => jsonResponse({ object: 'customer', id: 'cus_1' }))
    const stripe = createStripeClient({ apiKey: 'sk_test_x', fetch, logger: captureLogs().logger, rateLimit: false })
    const iterate = async () => {
      for await (const _ of stripe.paginate('/v1/customers', { limit: 10 })) void _
    }
    await expect(iterate()).rejects.toBeInstanceOf(InvalidResponseError)
  })
})
