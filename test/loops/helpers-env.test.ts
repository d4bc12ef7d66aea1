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

  it('the plain parse and zod put the same body on the wire: declared variables in order, role defaulted, text trimmed', async () => {
    const { fetch, calls } = scriptedFetch(() => jsonResponse({ success: true }))
    const client = createLoopsClient({ apiKey: 'k_test', baseUrl: 'https://loops.test/api', fetch, logger: captureLogs().logger })
    const emails = createLoopsEmails({ client, templates: { invitation: 'tpl_i' } })
    const invitation = { email: 'ada@example.com', firstName: ' Ada ', organizationName: 'AE', inviterName: 'C', extra: 1 }
    // A plain URL takes the zod-free path; surrounding spaces only zod accepts (it trims them).
    const plainPath = await emails.sendInvitationEmail({ ...invitation, invitationUrl: 'https://app.example.com/i/1' })
    const zodPath = await emails.sendInvitationEmail({ ...invitation, invitationUrl: ' https://app.example.com/i/1 ' })
    expect([plainPath.ok, zodPath.ok]).toEqual([true, true])
    const wire =
      '{"transactionalId":"tpl_i","email":"ada@example.com","dataVariables":{"firstName":"Ada","organizationName":"AE",' +
      '"inviterName":"C","invitationUrl":"https://app.example.com/i/1","role":"member"}}'
    expect(calls.map((c) => c.body)).toEqual([wire, wire])
  })

  it('a result names its key in a fixed shape: ok, id, idempotencyKey, call (and duplicate), or ok, error, idempotencyKey', async () => {
    const { fetch } = scriptedFetch(
      () => jsonResponse({ success: true }),
      () => jsonResponse({ success: false, message: 'Idempotency key has been used' }, 409),
    )
    const client = createLoopsClient({ apiKey: 'k_test', baseUrl: 'https://loops.test/api', fetch, logger: captureLogs().logger })
    const emails = createLoopsEmails({ client, templates: { welcome: 'tpl_w' } })
    const sent = await emails.sendWelcomeEmail(data, { idempotencyKey: 'w-1' })
    const again = await emails.sendWelcomeEmail(data, { idempotencyKey: 'w-1' })
    const refused = await emails.sendWelcomeEmail({ ...data, email: 'nope' }, { idempotencyKey: 'w-2' })
    expect([sent, again, refused].map((r) => Object.keys(r))).toEqual([
      ['ok', 'id', 'idempotencyKey', 'call'],
      ['ok', 'id', 'idempotencyKey', 'call', 'duplicate'],
      ['ok', 'error', 'idempotencyKey'],
    ])
  })
})
