import { describe, expectTypeOf, it } from 'vitest'
import { createLoopsClient, type SendTransactionalEmailInput, type SendTransactionalEmailResult } from '../../src/loops/index.js'

const loops = createLoopsClient({ apiKey: 'k' })

describe('types derived from the generated spec', () => {
  it('sendTransactionalEmail takes the spec body and resolves to its 200 body plus the duplicate marker', () => {
    expectTypeOf(loops.sendTransactionalEmail).parameter(0).toEqualTypeOf<SendTransactionalEmailInput>()
    expectTypeOf<SendTransactionalEmailInput>().toHaveProperty('transactionalId').toEqualTypeOf<string>()
    expectTypeOf(loops.sendTransactionalEmail).returns.resolves.toEqualTypeOf<SendTransactionalEmailResult>()
    expectTypeOf<SendTransactionalEmailResult['duplicate']>().toEqualTypeOf<true | undefined>()
  })

  it('path parameters join the input object and are required', () => {
    expectTypeOf(loops.getCampaign).parameter(0).toHaveProperty('campaignId').toEqualTypeOf<string>()
    // @ts-expect-error campaignId is required
    void (() => loops.getCampaign({}))
  })

  it('operations without required input can be called bare', () => {
    expectTypeOf(loops.listMailingLists).toBeCallableWith()
    expectTypeOf(loops.listMailingLists).returns.resolves.items.toHaveProperty('id')
  })

  it('wrong field types do not compile', () => {
    // @ts-expect-error transactionalId must be a string
    void (() => loops.sendTransactionalEmail({ transactionalId: 1, email: 'a@example.com' }))
    // @ts-expect-error email is required by the spec
    void (() => loops.sendTransactionalEmail({ transactionalId: 't' }))
  })
})
