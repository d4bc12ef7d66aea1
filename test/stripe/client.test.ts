// Starter test written by `npm run new-integration`: replace the sample call with real ones.
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { operations } from '../../generated/stripe.js'
import { ConfigError } from '@codebuff/integrations'
import { createStripeClient } from '@codebuff/integrations/stripe'
import { createSpecValidator } from '@codebuff/integrations/testing'

const spec = JSON.parse(readFileSync(new URL('../../specs/stripe.openapi.json', import.meta.url), 'utf8'))
const calls: { url: string; init: RequestInit }[] = []
const fetch = async (url: string, init: RequestInit) => {
  calls.push({ url, init })
  return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } })
}

beforeEach(() => {
  calls.length = 0
})

describe('Stripe client', () => {
  it('has one method per spec operation (417)', () => {
    const client = createStripeClient({ apiKey: 'k' }) as unknown as Record<string, unknown>
    expect(Object.keys(operations).filter((n) => typeof client[n] === 'function')).toHaveLength(417)
  })

  it('without STRIPE_API_KEY a call is a ConfigError naming it, and nothing is sent', async () => {
    const client = createStripeClient({ env: {}, fetch }) as unknown as Record<string, (input?: unknown) => Promise<unknown>>
    await expect(client.getAccount!({})).rejects.toThrow(ConfigError)
    await expect(client.getAccount!({})).rejects.toThrow('STRIPE_API_KEY')
    expect(calls).toHaveLength(0)
  })

  it('GET /v1/account goes out authenticated, to the path the spec declares', async () => {
    const client = createStripeClient({ apiKey: 'k_starter', fetch, baseUrl: 'https://stand-in.test' }) as unknown as Record<string, (input?: unknown) => Promise<unknown>>
    await client.getAccount!({})
    expect(calls).toHaveLength(1)
    const url = new URL(calls[0]!.url)
    const match = createSpecValidator(spec).match(calls[0]!.init.method ?? 'GET', url.pathname)
    expect(match?.pathTemplate).toBe("/v1/account")
    expect(calls[0]!.init.headers).toMatchObject({ "authorization": expect.stringContaining('k_starter') })
  })
})
