import { describe, expect, it } from 'vitest'
import { loopsInputSchemas } from '../../src/loops/validation.js'

// The fast predicate may only ever accept what the zod schema accepts.
const emails = [
  'ada@example.com',
  'a.b+c@sub.example.co',
  "o'brien@example.ie",
  'bad',
  'a@b',
  '.a@example.com',
  'a..b@example.com',
  'a@-x.com',
  '',
  ' ada@example.com',
  'ada@example.com ',
  'ä@example.com',
]
const ids = ['tpl', '  ', '', ' x ', 42, undefined, null]
const objects = [undefined, {}, { a: 1 }, [], 'x', null, 3]

describe('validation fast path agrees with zod', () => {
  it('sendTransactionalEmail: every combination in the corpus gets the same verdict', () => {
    const { safeParse, schema } = loopsInputSchemas.sendTransactionalEmail
    let accepted = 0
    for (const email of emails)
      for (const transactionalId of ids)
        for (const dataVariables of objects)
          for (const addToAudience of [undefined, true, 'yes']) {
            const input = { transactionalId, email, dataVariables, addToAudience }
            const verdict = safeParse(input).success
            expect([input, verdict]).toEqual([input, schema.safeParse(input).success])
            if (verdict) accepted++
          }
    expect(accepted).toBeGreaterThan(0)
  })

  it('sendEvent: every combination in the corpus gets the same verdict', () => {
    const { safeParse, schema } = loopsInputSchemas.sendEvent
    for (const email of [...emails, undefined])
      for (const userId of ids)
        for (const eventName of ['signup', '', 7])
          for (const eventProperties of objects) {
            const input = { eventName, email, userId, eventProperties }
            expect([input, safeParse(input).success]).toEqual([input, schema.safeParse(input).success])
          }
  })

  it('non-objects are rejected with zod issues', () => {
    for (const input of [null, 'x', [], 3]) expect(loopsInputSchemas.sendTransactionalEmail.safeParse(input).success).toBe(false)
  })
})
