import { describe, expectTypeOf, it } from 'vitest'
import type { components } from '../../generated/stripe.js'
import { createStripeClient, type StripeListItem } from '../../src/stripe/index.js'

const stripe = createStripeClient({ apiKey: 'k' })

describe('Stripe types from the generated spec', () => {
  it('paginate yields the list item type of the path', () => {
    expectTypeOf<StripeListItem<'/v1/customers'>>().toEqualTypeOf<components['schemas']['customer']>()
    expectTypeOf(stripe.paginate('/v1/invoices')).toEqualTypeOf<AsyncIterable<components['schemas']['invoice']>>()
    // @ts-expect-error /v1/balance is not a list
    void (() => stripe.paginate('/v1/balance'))
  })

  it('methods take path params, query and form fields side by side', () => {
    expectTypeOf(stripe.postCustomers).returns.resolves.toEqualTypeOf<components['schemas']['customer']>()
    expectTypeOf(stripe.getCustomersCustomer).parameter(0).toHaveProperty('customer').toEqualTypeOf<string>()
    // @ts-expect-error items must be an array of objects
    void (() => stripe.postSubscriptions({ customer: 'cus_1', items: 'price_1' }))
  })
})
