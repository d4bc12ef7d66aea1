import { describe, expect, it } from 'vitest'
import { ValidationError } from '../../src/core/errors.js'
import { createLoopsClient } from '../../src/loops/index.js'
import { captureLogs, jsonResponse, scriptedFetch } from '../helpers/capture.js'

const setup = () => {
  const wire = scriptedFetch(() => jsonResponse({ success: true }))
  return { wire, loops: createLoopsClient({ apiKey: 'k_test_validation', fetch: wire.fetch, logger: captureLogs().logger }) }
}

describe('bad input never reaches the network', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['an invalid email', { transactionalId: 'tpl', email: 'not-an-email' }, 'email'],
    ['an empty transactionalId', { transactionalId: '  ', email: 'ada@example.com' }, 'transactionalId'],
    [
      'dataVariables that is a string',
      { transactionalId: 'tpl', email: 'ada@example.com', dataVariables: 'firstName=Ada' },
      'dataVariables',
    ],
    ['dataVariables that is an array', { transactionalId: 'tpl', email: 'ada@example.com', dataVariables: ['Ada'] }, 'dataVariables'],
  ]
  it.each(cases)('%s → ValidationError with the zod issue, zero requests', async (_what, input, field) => {
    const { wire, loops } = setup()
    const error = await loops.sendTransactionalEmail(input as never).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    const v = error as ValidationError
    expect(v.issues.map((i) => i.path.join('.'))).toContain(field)
    expect([v.attempts, v.retryable]).toEqual([0, false])
    expect(v.message).toContain('nothing was sent')
    expect(wire.calls).toHaveLength(0)
  })

  it('an event needs an email or a userId', async () => {
    const { wire, loops } = setup()
    await expect(loops.sendEvent({ eventName: 'signup' } as never)).rejects.toThrow(/needs email or userId/)
    expect(wire.calls).toHaveLength(0)
  })

  it('an idempotency key longer than Loops accepts (100) is refused before sending', async () => {
    const { wire, loops } = setup()
    await expect(
      loops.sendTransactionalEmail({ transactionalId: 'tpl', email: 'ada@example.com' }, { idempotencyKey: 'k'.repeat(101) }),
    ).rejects.toThrow(ValidationError)
    expect(wire.calls).toHaveLength(0)
  })

  it('valid input goes out once, as JSON, with the key, auth and User-Agent headers', async () => {
    const { wire, loops } = setup()
    await loops.sendTransactionalEmail(
      { transactionalId: 'tpl', email: 'ada@example.com', dataVariables: { n: 1 } },
      { idempotencyKey: 'invite_1' },
    )
    expect(wire.calls).toHaveLength(1)
    const [call] = wire.calls
    expect(call!.url).toBe('https://app.loops.so/api/v1/transactional')
    expect(JSON.parse(call!.body!)).toEqual({ transactionalId: 'tpl', email: 'ada@example.com', dataVariables: { n: 1 } })
    expect(Object.fromEntries(call!.headers)).toMatchObject({
      authorization: 'Bearer k_test_validation',
      'content-type': 'application/json',
      'idempotency-key': 'invite_1',
      'user-agent': expect.stringMatching(/^@codebuff\/integrations\/\d+\.\d+\.\d+$/),
    })
  })
})
