// What keeps zod off a cold start's first send: plain fast paths that must decide exactly as zod does.
import * as z from 'zod/mini'
import { describe, expect, it } from 'vitest'
import { readEnv } from '../../src/core/env.js'
import { loopsEnvSchema, readLoopsEnv } from '../../src/loops/config.js'
import { EMAIL } from '../../src/loops/validation.js'

describe('zod-free fast paths decide as zod does', () => {
  it("the email fast path uses zod's own email regex (up to a `\\-` that means `-` in a character class)", () => {
    const unescape = (source: string) => source.replaceAll('\\-', '-')
    expect([unescape(EMAIL.source), EMAIL.flags]).toEqual([unescape(z.regexes.email.source), z.regexes.email.flags])
  })

  it('reading the Loops env without zod gives what the schema gives, and a bad value still gets the schema’s message', () => {
    const values = {
      LOOPS_BASE_URL: [
        undefined,
        '',
        '  ',
        'https://app.loops.so/api',
        'http://127.0.0.1:4010/api',
        ' https://x.test ',
        'ftp://x.test',
        'nope',
        'javascript:alert(1)',
      ],
      LOOPS_DRY_RUN: [undefined, '', '1', 'TRUE', 'off', ' yes ', 'maybe', '2'],
      LOOPS_API_KEY: [undefined, '', ' k_1 '],
      LOOPS_TEMPLATE_INVITATION: [undefined, 'tpl_1', '   '],
    }
    let compared = 0
    for (const LOOPS_BASE_URL of values.LOOPS_BASE_URL)
      for (const LOOPS_DRY_RUN of values.LOOPS_DRY_RUN)
        for (const LOOPS_API_KEY of values.LOOPS_API_KEY)
          for (const LOOPS_TEMPLATE_INVITATION of values.LOOPS_TEMPLATE_INVITATION) {
            const source = { LOOPS_BASE_URL, LOOPS_DRY_RUN, LOOPS_API_KEY, LOOPS_TEMPLATE_INVITATION }
            const viaZod = capture(() => readEnv('Loops', loopsEnvSchema, source))
            const fast = capture(() => readLoopsEnv(source))
            expect(fast, JSON.stringify(source)).toEqual(viaZod)
            compared++
          }
    expect(compared).toBe(9 * 8 * 3 * 3)
  })
})

/** The parsed env without undefined members (zod omits them), or the error message. */
function capture(read: () => Record<string, unknown>) {
  try {
    return { env: Object.fromEntries(Object.entries(read()).filter(([, v]) => v !== undefined)) }
  } catch (error) {
    return { error: (error as Error).message }
  }
}
