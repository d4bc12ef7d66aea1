import { describe, expect, it } from 'vitest'
import { decodeForm, encodeForm } from '../../src/core/http/form-encoding.js'

describe("form encoding in Stripe's bracket notation", () => {
  it.each([
    [{ metadata: { plan: 'pro' } }, 'metadata[plan]=pro'],
    [{ items: [{ price: 'price_123' }] }, 'items[0][price]=price_123'],
    [{ expand: ['customer'] }, 'expand[]=customer'],
    [{ expand: ['customer', 'invoice.subscription'] }, 'expand[]=customer&expand[]=invoice.subscription'],
    [{ items: [{ price: 'p1', quantity: 2 }, { price: 'p2' }] }, 'items[0][price]=p1&items[0][quantity]=2&items[1][price]=p2'],
    [
      { line_items: [{ price_data: { currency: 'eur', product_data: { name: 'Pro plan' } } }] },
      'line_items[0][price_data][currency]=eur&line_items[0][price_data][product_data][name]=Pro%20plan',
    ],
    [{ email: 'ada+test@example.com', name: 'Ada & Co' }, 'email=ada%2Btest%40example.com&name=Ada%20%26%20Co'],
    [{ metadata: { plan: '' }, description: null }, 'metadata[plan]=&description='],
    [{ trial_period_days: 14, cancel_at_period_end: true, off: false }, 'trial_period_days=14&cancel_at_period_end=true&off=false'],
    [{ skipped: undefined, kept: 'x' }, 'kept=x'],
    [{ 'weird key': 'v' }, 'weird%20key=v'],
  ])('%j → %s', (input, expected) => {
    expect(encodeForm(input)).toBe(expected)
  })

  it('dates are sent as Unix seconds', () => {
    expect(encodeForm({ timestamp: new Date('2026-01-01T00:00:00Z') })).toBe('timestamp=1767225600')
  })

  it('decodeForm reads back what encodeForm wrote (values as strings)', () => {
    const input = { customer: 'cus_1', items: [{ price: 'p1', quantity: 2 }], expand: ['a', 'b'], metadata: { plan: 'pro', note: 'a&b=c' } }
    expect(decodeForm(encodeForm(input))).toEqual({
      customer: 'cus_1',
      items: [{ price: 'p1', quantity: '2' }],
      expand: ['a', 'b'],
      metadata: { plan: 'pro', note: 'a&b=c' },
    })
  })
})
