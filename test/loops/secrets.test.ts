import { inspect } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLoopsClient } from '../../src/loops/index.js'
import { startLoopsStandIn, type LoopsStandIn } from '../../src/testing/loops-stand-in.js'
import type { Fault } from '../../src/testing/stand-in.js'
import { captureLogs } from '../helpers/capture.js'

const KEY = 'sk_loops_SECRET_9f8e7d6c5b4a'
const EMAIL = 'grace.hopper@example.com'
let standIn: LoopsStandIn
beforeAll(async () => (standIn = await startLoopsStandIn({ apiKey: KEY })))
afterAll(() => standIn.close())

const faults: Fault[] = [
  { status: 500 },
  { status: 502, body: '<html><title>Bad Gateway</title></html>' },
  { status: 503 },
  { status: 429, headers: { 'retry-after': '0' } },
  { drop: 'before' },
  { delayMs: 1_000 },
  { malformed: true },
  { status: 400, body: { success: false, message: `Key ${KEY} cannot send to ${EMAIL}` } },
  { status: 401, body: { success: false, message: `Invalid API key ${KEY}` } },
]

describe('secrets', () => {
  it('the API key appears in no log line, error message, cause, stack or serialised error; emails are masked in logs', async () => {
    const logs = captureLogs()
    const loops = createLoopsClient({
      baseUrl: standIn.url,
      apiKey: KEY,
      logger: logs.logger,
      timeoutMs: 100,
      retryDelays: { initialMs: 5, maxMs: 10 },
      rateLimit: false,
    })
    const errors: unknown[] = []
    for (const fault of faults) {
      standIn.inject({ fault, times: 3 })
      await loops
        .sendTransactionalEmail({ transactionalId: 'tpl', email: EMAIL, dataVariables: { apiKey: KEY } })
        .catch((e: unknown) => errors.push(e))
      await loops.findContact({ email: EMAIL }).catch((e: unknown) => errors.push(e))
      standIn.reset()
    }
    await createLoopsClient({ baseUrl: standIn.url, apiKey: KEY, logger: logs.logger, dryRun: true }).sendEvent({
      eventName: 'signup',
      email: EMAIL,
      eventProperties: { token: KEY },
    })
    expect(errors.length).toBeGreaterThanOrEqual(faults.length)
    expect(logs.lines.length).toBeGreaterThan(20)

    const everything = [
      ...logs.lines,
      ...errors.flatMap((e) => [
        String(e),
        (e as Error).stack ?? '',
        JSON.stringify(e),
        inspect(e, { depth: 8 }),
        inspect((e as Error).cause, { depth: 8 }),
      ]),
    ].join('\n')
    const leaks = everything.split('\n').filter((l) => l.includes(KEY))
    expect(leaks).toEqual([])
    expect(logs.lines.join('\n')).not.toContain(EMAIL)
    expect(logs.lines.join('\n')).toContain('g***@example.com')
  })
})
