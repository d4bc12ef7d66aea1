// The stand-ins know published templates: GET /v1/transactional, Loops' 404 and 400 on send, and the
// bearer scheme in any case. Written as a consumer would, through the package's export paths.
import { afterEach, describe, expect, it } from 'vitest'
import { createLoopsClient, sendTemplate } from '@codebuff/integrations/loops'
import { type LoopsFake, mockLoops, startLoopsStandIn } from '@codebuff/integrations/testing'

let fake: LoopsFake | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

const invitation = { id: 'tpl_inv', name: 'invitation', dataVariables: ['firstName', 'invitationUrl'] }
const post = (url: string, key: string, body: object, scheme = 'Bearer') =>
  fetch(`${url}/v1/transactional`, {
    method: 'POST',
    headers: { authorization: `${scheme} ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, body: await r.json() }))

describe('stand-in templates', () => {
  it('serves every published template through GET /v1/transactional, page by page', async () => {
    const templates = Array.from({ length: 23 }, (_, i) => ({ id: `tpl_${i}`, name: `t${i}`, dataVariables: [`v${i}`] }))
    const standIn = await startLoopsStandIn({ templates })
    fake = standIn
    const loops = createLoopsClient({ baseUrl: standIn.url, apiKey: standIn.apiKey, rateLimit: false })
    const first = await loops.listPublishedTransactionalEmails({ perPage: '10' })
    expect(first.data?.map((t) => t.id)).toEqual(templates.slice(0, 10).map((t) => t.id))
    expect(first.pagination).toMatchObject({ totalResults: 23, returnedResults: 10, perPage: 10, totalPages: 3 })
    const ids: string[] = []
    let cursor: string | undefined
    do {
      const page = await loops.listPublishedTransactionalEmails({ perPage: '10', ...(cursor ? { cursor } : {}) })
      ids.push(...(page.data ?? []).map((t) => t.id))
      cursor = page.pagination?.nextCursor ?? undefined
    } while (cursor)
    expect(ids).toEqual(templates.map((t) => t.id))
    expect(standIn.requests.every((r) => r.validationErrors.length === 0)).toBe(true)
  })

  it('a send lacking a required variable is Loops’ 400 naming it; nothing is recorded as sent', async () => {
    const standIn = await startLoopsStandIn({ templates: [invitation] })
    fake = standIn
    const answer = await post(standIn.url, standIn.apiKey, {
      transactionalId: 'tpl_inv',
      email: 'ada@example.com',
      dataVariables: { firstName: 'Ada' },
    })
    expect(answer).toEqual({
      status: 400,
      body: {
        success: false,
        message: 'Missing required data variable(s): invitationUrl',
        error: { path: 'dataVariables', message: 'Missing required data variable(s): invitationUrl' },
        transactionalId: 'tpl_inv',
      },
    })
    expect(standIn.sent).toEqual([])
  })

  it('an unknown transactionalId is Loops’ documented 404 with its body, once the stand-in knows its ids', async () => {
    const standIn = await startLoopsStandIn({ templates: [invitation], templateIds: { basic: 'tpl_basic' } })
    fake = standIn
    const unknown = await post(standIn.url, standIn.apiKey, { transactionalId: 'tpl_nope', email: 'ada@example.com' })
    expect(unknown).toEqual({
      status: 404,
      body: {
        success: false,
        message: 'Transactional email not found.',
        error: { path: 'transactionalId', message: 'Transactional email not found.' },
      },
    })
    // A templateIds id is known too (its variables unknown, so not checked).
    expect((await post(standIn.url, standIn.apiKey, { transactionalId: 'tpl_basic', email: 'ada@example.com' })).status).toBe(200)
  })

  it('without templates or template ids any id is accepted, as before', async () => {
    const standIn = await startLoopsStandIn()
    fake = standIn
    expect((await post(standIn.url, standIn.apiKey, { transactionalId: 'anything', email: 'ada@example.com' })).status).toBe(200)
  })

  it('accepts the bearer scheme in any case (RFC 9110), and still refuses a wrong key', async () => {
    const standIn = await startLoopsStandIn({ apiKey: 'k_case' })
    fake = standIn
    const body = { transactionalId: 't', email: 'ada@example.com' }
    expect((await post(standIn.url, 'k_case', body, 'bearer')).status).toBe(200)
    expect((await post(standIn.url, 'k_case', body, 'BEARER')).status).toBe(200)
    expect((await post(standIn.url, 'k_other', body, 'bearer')).status).toBe(401)
    expect((await post(standIn.url, 'k_case', body, 'Basic')).status).toBe(401)
  })

  it('mockLoops takes templates too, and a test can change what Loops publishes', async () => {
    fake = mockLoops({ templates: [invitation] })
    const loops = createLoopsClient({ apiKey: 'k', rateLimit: false })
    expect((await loops.listPublishedTransactionalEmails()).data).toEqual([expect.objectContaining(invitation)])
    fake.templates[0]!.dataVariables.push('teamSize')
    const refused = await loops
      .sendTransactionalEmail({
        transactionalId: 'tpl_inv',
        email: 'ada@example.com',
        dataVariables: { firstName: 'Ada', invitationUrl: 'https://x.example' },
      })
      .catch((e: Error) => e)
    expect(refused).toMatchObject({ name: 'ValidationError', status: 400, vendorMessage: 'Missing required data variable(s): teamSize' })
  })

  it('expectEmailSent({ template }) takes a published template’s name too, with or without stand-in templates', async () => {
    const basic = { email: 'ada@example.com', dataVariables: { subject: 'Hi', message: 'Hello' } }
    fake = mockLoops({ templates: [{ id: 'tpl_team_basic', name: 'basic', dataVariables: ['message', 'subject'] }] })
    expect(await sendTemplate('basic', basic)).toMatchObject({ ok: true })
    expect(fake.expectEmailSent({ template: 'basic', to: 'ada@example.com' }).transactionalId).toBe('tpl_team_basic')
    await fake.close()
    fake = mockLoops() // LOOPS_TEMPLATE_BASIC=mock_basic while it runs: sendTemplate and the assertion agree
    expect(await sendTemplate('basic', basic)).toMatchObject({ ok: true })
    expect(fake.expectEmailSent({ template: 'basic', to: 'ada@example.com' }).transactionalId).toBe('mock_basic')
    expect(() => fake!.expectEmailSent({ template: 'constructor' as never })).toThrow(/unknown template "constructor"/)
  })
})
