import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest'
import { createLoopsClient, createTemplateSender, type SendResult, type TemplateData } from '@codebuff/integrations/loops'
import { type LoopsStandIn, startLoopsStandIn } from '@codebuff/integrations/testing'
import { loopsPublishedTemplates } from '../../generated/loops-templates.js'

// The stand-in publishes what the committed file says (the team it was pulled from), so the file's ids work.
const published = Object.entries(loopsPublishedTemplates).map(([name, t]) => ({ name, id: t.id, dataVariables: [...t.dataVariables] }))
let standIn: LoopsStandIn
beforeAll(async () => {
  standIn = await startLoopsStandIn({ templates: published })
})
afterEach(() => standIn.reset())
afterAll(() => standIn.close())

const sender = (env: Record<string, string> = {}) =>
  createTemplateSender({
    client: createLoopsClient({ baseUrl: standIn.url, apiKey: standIn.apiKey, rateLimit: false, maxRetries: 0 }),
    env,
  })
const basic = { email: 'ada@example.com', dataVariables: { subject: 'Hello', message: 'Welcome aboard' } }

describe('sendTemplate', () => {
  it('sends a published template by name with the generated file’s id; the stand-in records it', async () => {
    const result = await sender()('basic', basic, { idempotencyKey: 'basic-1' })
    expect(result).toMatchObject({ ok: true, id: 'basic-1', idempotencyKey: 'basic-1', call: { attempts: 1 } })
    standIn.expectEmailSent({ transactionalId: 'tpl_basic', to: 'ada@example.com', data: basic.dataVariables })
  })

  it('the same key twice is one email: the second result says duplicate', async () => {
    const send = sender()
    await send('basic', basic, { idempotencyKey: 'basic-2' })
    expect(await send('basic', basic, { idempotencyKey: 'basic-2' })).toMatchObject({ ok: true, duplicate: true })
    expect(standIn.sent).toHaveLength(1)
  })

  it('LOOPS_TEMPLATE_<NAME> beats the generated id (another team), and the templateId option beats both', async () => {
    standIn.templates.push({ id: 'tpl_staging_basic', name: 'basic-staging', dataVariables: ['message', 'subject'] })
    await sender({ LOOPS_TEMPLATE_BASIC: 'tpl_staging_basic' })('basic', basic)
    await sender({ LOOPS_TEMPLATE_BASIC: 'tpl_nope' })('basic', basic, { templateId: 'tpl_basic' })
    expect(standIn.sent.map((e) => e.transactionalId)).toEqual(['tpl_staging_basic', 'tpl_basic'])
  })

  it('a 404 says which id was used and where it came from', async () => {
    const fromEnv = await sender({ LOOPS_TEMPLATE_BASIC: 'tpl_other_team' })('basic', basic)
    expect(fromEnv.ok).toBe(false)
    if (fromEnv.ok) return
    expect(fromEnv.error).toMatchObject({ name: 'NotFoundError', status: 404, operation: 'sendTemplate' })
    expect(fromEnv.error.message).toContain(
      'Loops has no transactional email tpl_other_team (template "basic", id from LOOPS_TEMPLATE_BASIC)',
    )

    standIn.templates.splice(
      standIn.templates.findIndex((t) => t.name === 'basic'),
      1,
    ) // the email was deleted in Loops
    const fromFile = await sender()('basic', basic)
    expect(!fromFile.ok && fromFile.error.message).toContain('tpl_basic (template "basic", id from generated/loops-templates.ts)')
  })

  it('Loops’ 400 for a variable the file does not list says the template changed since the pull and what to run', async () => {
    standIn.templates.find((t) => t.name === 'basic')!.dataVariables.push('teamSize')
    const result = await sender()('basic', basic)
    expect(result).toMatchObject({ ok: false, error: { name: 'ValidationError', status: 400 } })
    expect(!result.ok && result.error.message).toMatch(
      /Loops refused "basic": Missing required data variable\(s\): teamSize\. The template changed in Loops .* templates -- check/,
    )
  })

  it('refuses, before sending, data the types would refuse (JavaScript callers, casts): naming each variable', async () => {
    const send = sender() as (name: string, data: unknown) => Promise<SendResult>
    const missing = await send('basic', { email: 'ada@example.com', dataVariables: { subject: 'Hi' } })
    expect(!missing.ok && missing.error.message).toMatch(/the "basic" template requires `message`, which the send lacks/)
    const unknown = await send('basic', { email: 'ada@example.com', dataVariables: { ...basic.dataVariables, teamSize: 3 } })
    expect(!unknown.ok && unknown.error.message).toMatch(/has no data variable `teamSize`/)
    const badValue = await send('basic', { email: 'ada@example.com', dataVariables: { subject: 'Hi', message: { html: 1 } } })
    expect(!badValue.ok && badValue.error.message).toMatch(/dataVariables.message must be a string or a finite number/)
    const noTemplate = await send('farewell', { email: 'ada@example.com' })
    expect(!noTemplate.ok && noTemplate.error.message).toMatch(/no published template named "farewell"/)
    const badEmail = await send('basic', { ...basic, email: 'not-an-email' })
    expect(badEmail).toMatchObject({ ok: false, error: { name: 'ValidationError' } })
    expect(standIn.requests).toHaveLength(0)
  })

  it('never throws: unreadable options settle into a result with a key', async () => {
    const options = Object.defineProperty({}, 'idempotencyKey', {
      get() {
        throw new Error('boom')
      },
    })
    const result = await sender()('basic', basic, options)
    expect(result).toMatchObject({ ok: false, error: { name: 'ValidationError' }, idempotencyKey: expect.any(String) })
  })

  it('types: the name is a published one, the variables exactly the template’s, strings or numbers', () => {
    const send = sender()
    expectTypeOf<TemplateData<'basic'>>().toEqualTypeOf<{ message: string | number; subject: string | number }>()
    // @ts-expect-error `message` is missing
    void (() => send('basic', { email: 'a@example.com', dataVariables: { subject: 'Hi' } }))
    // @ts-expect-error `teamSize` is not a variable of the template
    void (() => send('basic', { email: 'a@example.com', dataVariables: { subject: 'Hi', message: 'M', teamSize: 1 } }))
    // @ts-expect-error not a published template
    void (() => send('farewell', { email: 'a@example.com', dataVariables: {} }))
    // @ts-expect-error a boolean is neither string nor number
    void (() => send('basic', { email: 'a@example.com', dataVariables: { subject: 'Hi', message: true } }))
  })
})
