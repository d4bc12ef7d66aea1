import { describe, expect, it } from 'vitest'
import { createLoopsClient, createLoopsEmails } from '../../src/loops/index.js'
import { captureLogs, jsonResponse, scriptedFetch } from '../helpers/capture.js'

describe('helpers with an explicit client read only what the send needs', () => {
  const data = { email: 'ada@example.com', firstName: 'Ada', organizationName: 'Analytical Engines' }

  it('an env whose LOOPS_DRY_RUN / LOOPS_BASE_URL are malformed does not fail a helper whose client is given', async () => {
    const { fetch, calls } = scriptedFetch(() => jsonResponse({ success: true }))
    const client = createLoopsClient({ apiKey: 'k_test', baseUrl: 'https://loops.test/api', fetch, logger: captureLogs().logger })
    const env = { LOOPS_DRY_RUN: 'maybe', LOOPS_BASE_URL: 'not a url', LOOPS_TEMPLATE_WELCOME: 'tpl_welcome' }
    const result = await createLoopsEmails({ client, env }).sendWelcomeEmail(data)
    expect(result).toMatchObject({ ok: true, call: { attempts: 1, status: 200 } })
    expect(JSON.parse(calls[0]!.body!)).toMatchObject({ transactionalId: 'tpl_welcome', email: 'ada@example.com' })
  })

  it('a blank template id is a ConfigError naming the variable, and nothing is sent', async () => {
    const { fetch, calls } = scriptedFetch(() => jsonResponse({ success: true }))
    const client = createLoopsClient({ apiKey: 'k_test', baseUrl: 'https://loops.test/api', fetch, logger: captureLogs().logger })
    const result = await createLoopsEmails({ client, env: { LOOPS_TEMPLATE_WELCOME: '  ' } }).sendWelcomeEmail(data)
    expect(result).toMatchObject({ ok: false, error: { name: 'ConfigError' } })
    expect(!result.ok && result.error.message).toMatch(/LOOPS_TEMPLATE_WELCOME/)
    expect(calls).toHaveLength(0)
  })

  it('the call info reads the vendor request id on demand, and a bad caller key is refused before sending', async () => {
    const { fetch, calls } = scriptedFetch(() => jsonResponse({ success: true }, 200, { 'x-request-id': 'req_1' }))
    const client = createLoopsClient({ apiKey: 'k_test', baseUrl: 'https://loops.test/api', fetch, logger: captureLogs().logger })
    const emails = createLoopsEmails({ client, templates: { welcome: 'tpl_w' } })
    const sent = await emails.sendWelcomeEmail(data, { idempotencyKey: 'welcome-1' })
    expect(sent).toMatchObject({ ok: true, idempotencyKey: 'welcome-1', call: { requestId: 'req_1', idempotencyKey: 'welcome-1' } })
    const bad = await emails.sendWelcomeEmail(data, { idempotencyKey: 'two words' })
    expect(bad).toMatchObject({ ok: false, idempotencyKey: 'two words', error: { name: 'ValidationError', attempts: 0 } })
    expect(calls).toHaveLength(1)
  })
})
