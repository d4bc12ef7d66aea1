import { describe, expectTypeOf, it } from 'vitest'
import type { components } from '../../generated/loops.js'
import {
  createLoopsWebhookHandler,
  verifyLoopsWebhook,
  type LoopsWebhookEvent,
  type LoopsWebhookEventName,
  type LoopsWebhookHandlers,
} from '../../src/loops/index.js'

type Schemas = components['schemas']

describe('Loops webhook types come from the spec', () => {
  it("on['email.hardBounced'] receives the hard-bounce payload type", () => {
    type HardBounceHandler = NonNullable<LoopsWebhookHandlers['email.hardBounced']>
    expectTypeOf<Parameters<HardBounceHandler>[0]>().toEqualTypeOf<Schemas['WebhookEmailHardBouncedPayload']>()
    expectTypeOf<Parameters<NonNullable<LoopsWebhookHandlers['contact.created']>>[0]>().toEqualTypeOf<
      Schemas['WebhookContactCreatedPayload']
    >()
    createLoopsWebhookHandler({
      on: {
        'email.hardBounced': (event) => {
          expectTypeOf(event.eventName).toEqualTypeOf<'email.hardBounced'>()
          expectTypeOf(event.contactIdentity.email).toEqualTypeOf<string>()
          expectTypeOf(event.sourceType).toEqualTypeOf<'loop' | 'campaign' | 'transactional'>()
        },
        'contact.mailingList.subscribed': (event) => expectTypeOf(event.mailingList.isPublic).toEqualTypeOf<boolean>(),
        // @ts-expect-error: not an event Loops sends
        'email.teleported': () => {},
      },
    })
  })

  it('the event union is discriminated by eventName and lists all 17 events', async () => {
    expectTypeOf<LoopsWebhookEventName>().toEqualTypeOf<
      | 'contact.unsubscribed'
      | 'contact.created'
      | 'contact.deleted'
      | 'contact.mailingList.subscribed'
      | 'contact.mailingList.unsubscribed'
      | 'transactional.email.sent'
      | 'campaign.email.sent'
      | 'loop.email.sent'
      | 'email.delivered'
      | 'email.softBounced'
      | 'email.hardBounced'
      | 'email.clicked'
      | 'email.unsubscribed'
      | 'email.resubscribed'
      | 'email.opened'
      | 'email.spamReported'
      | 'testing.testEvent'
    >()
    const check = async () => {
      const event = await verifyLoopsWebhook('', new Headers())
      expectTypeOf(event).toEqualTypeOf<LoopsWebhookEvent>()
      if (event.eventName === 'testing.testEvent') expectTypeOf(event).toEqualTypeOf<Schemas['WebhookTestingTestEventPayload']>()
      // @ts-expect-error: the test event has no contactIdentity, so the union does not either
      void event.contactIdentity
    }
    void check
  })
})
