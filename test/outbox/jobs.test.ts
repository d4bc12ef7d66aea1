import { describe, expect, it } from 'vitest'
import { RateLimitError, ServerError } from '../../src/core/errors.js'
import {
  backoffDelayMs,
  fastAccepts,
  inputSchemas,
  jobIdFor,
  OUTBOX_HELPERS,
  serializeError,
  validateInput,
} from '../../src/outbox/jobs.js'

describe('outbox jobs', () => {
  it('uses the idempotency key as the job id, escaping only what BullMQ refuses', () => {
    expect(jobIdFor('invite-42')).toBe('invite-42')
    expect(jobIdFor('550e8400-e29b-41d4-a716-446655440000')).toBe('550e8400-e29b-41d4-a716-446655440000')
    expect(jobIdFor('invite:42')).toBe('key%invite%3A42')
    expect(jobIdFor('42')).toBe('key%42')
    // An escaped id cannot collide with a key that looks like one.
    expect(jobIdFor('key%42')).not.toBe(jobIdFor('42'))
  })

  it('backs off exponentially with jitter, capped, and never sooner than Retry-After', () => {
    const policy = { initialMs: 1000, maxMs: 10_000 }
    expect(backoffDelayMs(1, new ServerError('x', { service: 'loops', operation: 'op' }), policy, () => 0)).toBe(1000)
    expect(backoffDelayMs(3, undefined, policy, () => 0)).toBe(4000)
    expect(backoffDelayMs(3, undefined, policy, () => 1)).toBe(3000) // up to 25 % less, so workers spread out
    expect(backoffDelayMs(10, undefined, policy, () => 0)).toBe(10_000)
    const limited = new RateLimitError('429', { service: 'loops', operation: 'op', retryAfterMs: 7000 })
    expect(backoffDelayMs(1, limited, policy, () => 0)).toBe(7000)
  })

  it('serializes a typed error for the failed set without its body or cause', () => {
    const error = new RateLimitError('[POST /v1/transactional] 429', {
      service: 'loops',
      operation: 'sendTransactionalEmail',
      status: 429,
      retryAfterMs: 2000,
      body: { secret: 'x' },
    })
    expect(serializeError(error)).toEqual({
      name: 'RateLimitError',
      message: '[POST /v1/transactional] 429',
      status: 429,
      retryable: true,
      retryAfterMs: 2000,
    })
    expect(serializeError(new TypeError('boom'))).toEqual({ name: 'TypeError', message: 'boom', retryable: false })
  })

  it('validates like the helper, naming each bad field', () => {
    expect(validateInput('sendSignupEvent', { userId: 'u1', email: 'a@example.com', firstName: 'Ada' })).toBeUndefined()
    const error = validateInput('sendSignupEvent', { userId: ' ', email: 'nope', firstName: '' })
    expect(error?.name).toBe('ValidationError')
    expect(error?.message).toMatch(/userId: must not be empty.*email: must be an email address.*firstName: must not be empty/)
  })

  it('never lets the fast path accept what zod rejects (a corpus of each field)', () => {
    const strings = ['Ada', ' Ada ', '', '   ', '\t', 42, null, undefined, ['x']]
    const emails = ['ada@example.com', 'bad', 'a@b', ' ada@example.com', 'ä@example.com', '', undefined]
    const urls = [
      'https://app.example.com/i/1',
      ' https://x.io ',
      'HTTP://X.IO',
      'http:example.com',
      'https:/p',
      'ftp://x.io',
      'nope',
      'mailto:a@b.c',
      '',
      7,
    ]
    let accepted = 0
    for (const helper of OUTBOX_HELPERS) {
      for (const email of emails)
        for (const text of strings)
          for (const url of urls)
            for (const role of [undefined, 'admin', '  ', null]) {
              const input = {
                email,
                firstName: text,
                organizationName: 'Acme',
                inviterName: text,
                invitationUrl: url,
                role,
                subject: text,
                message: 'm',
                userId: text,
              }
              if (!fastAccepts[helper](input)) continue
              accepted++
              expect([helper, input, inputSchemas[helper].safeParse(input).success]).toEqual([helper, input, true])
            }
    }
    expect(accepted).toBeGreaterThan(0)
  })
})

describe('a REDIS_URL ioredis cannot parse', () => {
  it('is a ConfigError that never quotes the URL (it may hold the password)', async () => {
    const { createOutbox } = await import('../../src/outbox/index.js')
    let error: unknown
    try {
      createOutbox({ redisUrl: 'redis://:s3cretPW@[bad' })
    } catch (e) {
      error = e
    }
    expect(error).toMatchObject({ name: 'ConfigError' })
    expect(JSON.stringify(error) + String((error as Error).stack)).not.toContain('s3cretPW')
  })
})
