import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { AuthenticationError, ConfigError, ServerError, ValidationError } from '../../src/core/errors.js'
import { createLoopsClient, createLoopsEmails, loopsEnvSchema, loopsTemplates, type LoopsClient } from '../../src/loops/index.js'
import { startLoopsStandIn, type LoopsStandIn } from '../../src/testing/loops-stand-in.js'
import { captureLogs } from '../helpers/capture.js'

let standIn: LoopsStandIn
let client: LoopsClient
const templates = { invitation: 'tpl_invitation', welcome: 'tpl_welcome', basic: 'tpl_basic' }
beforeAll(async () => {
  standIn = await startLoopsStandIn({ templateIds: templates })
  client = createLoopsClient({
    baseUrl: standIn.url,
    apiKey: standIn.apiKey,
    logger: captureLogs().logger,
    retryDelays: { initialMs: 10, maxMs: 20 },
  })
})
afterEach(() => {
  expect(standIn.requests.flatMap((r) => r.validationErrors)).toEqual([])
  standIn.reset()
})
afterAll(() => standIn.close())

const invitation = {
  email: 'ada@example.com',
  firstName: 'Ada',
  organizationName: 'Analytical Engines',
  inviterName: 'Charles',
  invitationUrl: 'https://app.example.com/invite/42',
}
const emails = () => createLoopsEmails({ client, templates })

describe('email helpers', () => {
  it('derive a send function and an env var from each template declaration', () => {
    const helpers = createLoopsEmails({ client, templates }) as unknown as Record<string, unknown>
    for (const [name, { envVar }] of Object.entries(loopsTemplates)) {
      expect(typeof helpers[`send${name[0]!.toUpperCase()}${name.slice(1)}Email`]).toBe('function')
      expect(Object.keys(loopsEnvSchema.shape)).toContain(envVar)
    }
  })

  it('sendInvitationEmail sends the invitation template with its data, role defaulting to member', async () => {
    const result = await emails().sendInvitationEmail(invitation)
    expect(result).toMatchObject({ ok: true, id: expect.stringMatching(/^[0-9a-f-]{36}$/), call: { attempts: 1, status: 200 } })
    const sent = standIn.expectEmailSent({ template: 'invitation', to: 'ada@example.com' })
    expect(sent.dataVariables).toEqual({
      firstName: 'Ada',
      organizationName: 'Analytical Engines',
      inviterName: 'Charles',
      invitationUrl: 'https://app.example.com/invite/42',
      role: 'member',
    })
  })

  it('sendWelcomeEmail and sendBasicEmail use their own templates', async () => {
    const { sendWelcomeEmail, sendBasicEmail } = emails()
    expect((await sendWelcomeEmail({ email: 'ada@example.com', firstName: 'Ada', organizationName: 'AE', role: 'admin' })).ok).toBe(true)
    expect((await sendBasicEmail({ email: 'ada@example.com', subject: 'Hello', message: 'World' })).ok).toBe(true)
    expect(standIn.expectEmailSent({ template: 'welcome', to: 'ada@example.com' }).dataVariables.role).toBe('admin')
    expect(standIn.expectEmailSent({ template: 'basic', data: { subject: 'Hello' } }).dataVariables.message).toBe('World')
  })

  it('sendSignupEvent records the signup event with the contact properties', async () => {
    const result = await emails().sendSignupEvent({ userId: 'usr_1', email: 'ada@example.com', firstName: 'Ada' })
    expect(result.ok).toBe(true)
    expect(standIn.expectEventSent({ eventName: 'signup', email: 'ada@example.com', userId: 'usr_1' }).properties).toEqual({
      firstName: 'Ada',
    })
  })

  describe('invalid data → { ok: false } with zero requests', () => {
    const cases: [string, () => ReturnType<ReturnType<typeof emails>['sendInvitationEmail']>, string][] = [
      ['a bad email', () => emails().sendInvitationEmail({ ...invitation, email: 'ada' }), 'email'],
      ['a relative invitation URL', () => emails().sendInvitationEmail({ ...invitation, invitationUrl: '/invite/42' }), 'invitationUrl'],
      ['a missing organization name', () => emails().sendInvitationEmail({ ...invitation, organizationName: '' }), 'organizationName'],
      ['a signup without userId', () => emails().sendSignupEvent({ email: 'ada@example.com', firstName: 'Ada' } as never), 'userId'],
    ]
    it.each(cases)('%s', async (_what, run, field) => {
      const result = await run()
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.error).toBeInstanceOf(ValidationError)
      expect((result.error as ValidationError).issues.map((i) => i.path.join('.'))).toContain(field)
      expect(result.error.retryable).toBe(false)
      expect(standIn.requests).toHaveLength(0)
    })
  })

  it('a missing template id is a ConfigError naming the env var, nothing sent', async () => {
    const result = await createLoopsEmails({ client, env: {} }).sendInvitationEmail(invitation)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toBeInstanceOf(ConfigError)
    expect(result.error.message).toContain('set LOOPS_TEMPLATE_INVITATION')
    expect(standIn.requests).toHaveLength(0)
  })

  it('template ids come from LOOPS_TEMPLATE_* when not given in code', async () => {
    const result = await createLoopsEmails({ client, env: { LOOPS_TEMPLATE_WELCOME: 'tpl_welcome' } }).sendWelcomeEmail({
      email: 'ada@example.com',
      firstName: 'Ada',
      organizationName: 'AE',
    })
    expect(result.ok).toBe(true)
    expect(standIn.sent[0]!.transactionalId).toBe('tpl_welcome') // no templates option: from the env
  })

  it('retries a 503 inside the helper and reports the attempts', async () => {
    standIn.inject({ fault: { status: 503 } })
    const result = await emails().sendInvitationEmail(invitation)
    expect(result).toMatchObject({ ok: true, call: { attempts: 2 } })
    expect(standIn.sent).toHaveLength(1)
  })

  it('re-running a route with the same idempotencyKey never emails twice', async () => {
    const first = await emails().sendInvitationEmail(invitation, { idempotencyKey: 'invite_42' })
    const again = await emails().sendInvitationEmail(invitation, { idempotencyKey: 'invite_42' })
    expect(first).toMatchObject({ ok: true, id: 'invite_42' })
    expect(first.ok && first.duplicate).toBeFalsy()
    expect(again).toMatchObject({ ok: true, id: 'invite_42', duplicate: true })
    expect(standIn.sent).toHaveLength(1)
  })

  it('a failure that may have reached Loops names its key, and retrying with it never emails twice', async () => {
    // The first attempt reaches Loops and its answer is lost; the two retries never get through:
    // the email went out, the caller saw a retryable NetworkError.
    standIn.inject({ fault: { drop: 'after' } })
    standIn.inject({ fault: { drop: 'before' }, times: 2 })
    const failed = await emails().sendInvitationEmail(invitation)
    expect(failed.ok).toBe(false)
    expect(!failed.ok && failed.error.retryable).toBe(true)
    expect(standIn.sent).toHaveLength(1)
    const retried = await emails().sendInvitationEmail(invitation, { idempotencyKey: failed.idempotencyKey })
    expect(retried).toMatchObject({ ok: true, duplicate: true, idempotencyKey: failed.idempotencyKey })
    expect(standIn.sent).toHaveLength(1)
  })

  it('a refused input still names the key the send would have used', async () => {
    const result = await emails().sendBasicEmail({ email: 'not-an-email', subject: 'S', message: 'M' }, { idempotencyKey: 'basic_1' })
    expect(result).toMatchObject({ ok: false, idempotencyKey: 'basic_1' })
  })

  it('never throws: a vendor outage is { ok: false } with a retryable error', async () => {
    standIn.inject({ fault: { status: 503 }, times: 3 })
    const result = await emails().sendBasicEmail({ email: 'ada@example.com', subject: 'S', message: 'M' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toBeInstanceOf(ServerError)
    expect(result.error.retryable).toBe(true)
  })

  describe('never rejects, whatever the caller passes', () => {
    const uuid = expect.stringMatching(/^[0-9a-f-]{36}$/)
    const throwsNullProto = () => {
      throw Object.create(null)
    }
    it('options null are no options: the email goes out with a fresh key', async () => {
      const result = await emails().sendInvitationEmail(invitation, null as never)
      expect(result).toMatchObject({ ok: true, idempotencyKey: uuid })
      expect(standIn.sent).toHaveLength(1)
    })

    const cases: [string, () => Promise<unknown>][] = [
      [
        'options with a throwing getter',
        () =>
          emails().sendInvitationEmail(invitation, {
            get idempotencyKey(): string {
              throw new Error('options getter')
            },
          }),
      ],
      [
        'data whose getter throws a null-prototype object',
        () =>
          emails().sendInvitationEmail(Object.defineProperty({ ...invitation }, 'firstName', { get: throwsNullProto, enumerable: true })),
      ],
      [
        'a signal aborted with a null-prototype reason',
        () => {
          const controller = new AbortController()
          controller.abort(Object.create(null))
          return emails().sendInvitationEmail(invitation, { signal: controller.signal })
        },
      ],
    ]
    it.each(cases)('%s → { ok: false, error, idempotencyKey }, nothing sent', async (_, call) => {
      const result = await call()
      expect(result).toMatchObject({ ok: false, error: expect.any(Error), idempotencyKey: uuid })
      expect((result as { error: Error }).error.message).toMatch(/^\[sendInvitationEmail\]/)
      expect(standIn.requests).toHaveLength(0)
    })
  })

  it('never throws: a wrong key or no key is { ok: false } with the typed error', async () => {
    const wrong = await createLoopsEmails({
      client: createLoopsClient({ baseUrl: standIn.url, apiKey: 'nope' }),
      templates,
    }).sendSignupEvent({ userId: 'u', email: 'ada@example.com', firstName: 'Ada' })
    const none = await createLoopsEmails({ client: createLoopsClient({ baseUrl: standIn.url, env: {} }), templates }).sendSignupEvent({
      userId: 'u',
      email: 'ada@example.com',
      firstName: 'Ada',
    })
    expect([wrong.ok, !wrong.ok && wrong.error.constructor]).toEqual([false, AuthenticationError])
    expect([none.ok, !none.ok && none.error.constructor]).toEqual([false, ConfigError])
  })
})
