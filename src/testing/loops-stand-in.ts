import { randomUUID } from 'node:crypto'
import { setupServer } from 'msw/node'
import { LOOPS_DEFAULT_BASE_URL } from '../loops/config.ts'
import { loopsTemplates, type LoopsTemplateName } from '../loops/templates.ts'
import { serveOnLoopback } from './loopback-server.ts'
import { mswHandlersFor } from './msw.ts'
import { packagedSpec } from './packaged-spec.ts'
import { SentEmails } from './sent-emails.ts'
import {
  deliverLoopsWebhook,
  loopsWebhookRequest,
  newWebhookSecret,
  type DeliverWebhookOptions,
  type WebhookDeliveryResult,
  type WebhookEventNameArg,
  type WebhookPayloadArg,
  type WebhookRequestOptions,
} from './loops-webhooks.ts'
import { createStandIn, type FaultRule, type Handler, type RecordedRequest, type StandInOptions } from './stand-in.ts'

export interface StandInContact {
  id: string
  email: string
  userId?: string | null
  [property: string]: unknown
}

interface LoopsState {
  recorder: SentEmails
  contacts: Map<string, StandInContact>
}

const loopsSpec = () => packagedSpec('loops')

const ok = (body: unknown = { success: true }) => ({ status: 200, body })
const fail = (status: number, message: string) => ({ status, body: { success: false, message } })

const handlers: Record<string, Handler<LoopsState>> = {
  testApiKey: () => ok({ success: true, teamName: 'Stand-in team' }),
  sendTransactionalEmail: ({ body, headers, state }) => {
    const key = headers.get('idempotency-key')
    state.recorder.emails.push({
      transactionalId: body.transactionalId,
      email: body.email,
      dataVariables: body.dataVariables ?? {},
      ...(key ? { idempotencyKey: key } : {}),
      at: new Date(),
    })
    return ok()
  },
  sendEvent: ({ body, headers, state }) => {
    const key = headers.get('idempotency-key')
    const { eventName, email, userId, eventProperties, mailingLists: _lists, ...contactProperties } = body
    state.recorder.events.push({
      eventName,
      ...(email ? { email } : {}),
      ...(userId ? { userId } : {}),
      properties: { ...contactProperties, ...eventProperties },
      ...(key ? { idempotencyKey: key } : {}),
      at: new Date(),
    })
    return ok()
  },
  createContact: ({ body, state }) => {
    if (state.contacts.has(body.email)) return fail(409, 'Email or userId is already on list.')
    const contact = { ...body, id: randomUUID() }
    state.contacts.set(body.email, contact)
    return ok({ success: true, id: contact.id })
  },
  updateContact: ({ body, state }) => {
    const contact = { ...(state.contacts.get(body.email) ?? { id: randomUUID() }), ...body }
    state.contacts.set(contact.email, contact)
    return ok({ success: true, id: contact.id })
  },
  findContact: ({ query, state }) =>
    ok(
      [...state.contacts.values()].filter(
        (c) => c.email === query.get('email') || (query.has('userId') && c.userId === query.get('userId')),
      ),
    ),
  deleteContact: ({ body, state }) => {
    const found = [...state.contacts.values()].find((c) => c.email === body.email || (body.userId && c.userId === body.userId))
    if (!found) return fail(404, 'Contact not found.')
    state.contacts.delete(found.email)
    return ok({ success: true, message: 'Contact deleted.' })
  },
  listMailingLists: () => ok([{ id: 'list_product', name: 'Product updates', description: null, isPublic: true }]),
}

export interface LoopsStandInOptions extends StandInOptions {
  /** Transactional ids by template name, for `expectEmailSent({ template })`. @default LOOPS_TEMPLATE_* env vars */
  templateIds?: Partial<Record<LoopsTemplateName, string>>
  /** The secret webhooks are signed with; give the route the same (LOOPS_WEBHOOK_SECRET). @default a fresh whsec_… */
  webhookSecret?: string
}

function loopsCore(options: LoopsStandInOptions) {
  const core = createStandIn<LoopsState>(
    {
      spec: loopsSpec(),
      basePath: '/api',
      errorBody: (_status, message) => ({ success: false, message }),
      idempotency: {
        status: 409,
        ttlMs: 24 * 60 * 60 * 1000,
        sameBody: 'Idempotency key has been used.',
        differentBody: 'Idempotency key already used with a different request body.',
      },
      createState: () => ({ recorder: new SentEmails(options.templateIds), contacts: new Map() }),
      handlers,
    },
    options,
  )
  // The secret webhooks from this fake are signed with, next to the API key it expects.
  return Object.assign(core, { webhookSecret: options.webhookSecret ?? newWebhookSecret() })
}

/** What both the loopback stand-in and the msw mock give a test. */
export interface LoopsFake {
  apiKey: string
  /** Every request received, with its outcome and any spec validation errors. */
  requests: RecordedRequest[]
  /** The accepted emails and events, with expect* assertions. */
  readonly recorder: SentEmails
  /** @deprecated renamed `recorder` ("outbox" is the BullMQ queue). */
  readonly outbox: SentEmails
  readonly sent: SentEmails['emails']
  readonly events: SentEmails['events']
  readonly contacts: Map<string, StandInContact>
  expectEmailSent: SentEmails['expectEmailSent']
  expectEventSent: SentEmails['expectEventSent']
  /** Queue a fault (status, reset, lost response, delay, malformed body) for the next request(s). */
  inject(rule: FaultRule): void
  reset(): void
  close(): Promise<void>
  /** The `whsec_…` secret this fake signs webhooks with: give it to the route under test. */
  webhookSecret: string
  /**
   * A signed `Request` as Loops would POST it, to call a route handler directly. The payload is the
   * spec's example for the event with `payload` laid over it; `{ id }` repeats a message, `{ secret }` signs wrongly.
   */
  webhookRequest<N extends WebhookEventNameArg>(
    eventName: N,
    payload?: WebhookPayloadArg<N>,
    options?: WebhookRequestOptions,
  ): Promise<Request>
}

function fake(core: ReturnType<typeof loopsCore>, close: () => Promise<void>): LoopsFake {
  const { webhookSecret } = core
  return {
    webhookSecret,
    webhookRequest: (eventName, payload, options = {}) =>
      loopsWebhookRequest(eventName, payload, { ...options, secret: options.secret ?? webhookSecret }),
    apiKey: core.apiKey,
    requests: core.requests,
    // Getters: reset() replaces the state; these always show the current one.
    get recorder() {
      return core.state.recorder
    },
    get outbox() {
      return core.state.recorder
    },
    get sent() {
      return core.state.recorder.emails
    },
    get events() {
      return core.state.recorder.events
    },
    get contacts() {
      return core.state.contacts
    },
    expectEmailSent: (match) => core.state.recorder.expectEmailSent(match),
    expectEventSent: (match) => core.state.recorder.expectEventSent(match),
    inject: core.inject,
    reset: core.reset,
    close,
  }
}

export interface LoopsStandIn extends LoopsFake {
  /** Base URL to give the client: `http://127.0.0.1:<port>/api`. */
  url: string
  /**
   * POSTs a webhook signed with `webhookSecret` to `url` over real HTTP, as Loops does; the payload is the
   * spec's example for the event with `payload` laid over it. `{ id }` re-sends a message (a Loops retry).
   */
  deliverWebhook<N extends WebhookEventNameArg>(
    url: string,
    eventName: N,
    payload?: WebhookPayloadArg<N>,
    options?: DeliverWebhookOptions & { secret?: string },
  ): Promise<WebhookDeliveryResult>
}

/**
 * A local Loops on 127.0.0.1 (random free port): the operations the helpers use, every request
 * validated against the Loops spec, Loops' bearer auth, idempotency (24 h; 409 on reuse), an optional
 * rate limit (429 + Retry-After) and its error shape.
 *
 * @example
 * const standIn = await startLoopsStandIn()
 * const loops = createLoopsClient({ baseUrl: standIn.url, apiKey: standIn.apiKey })
 * standIn.expectEmailSent({ template: 'invitation', to: 'ada@example.com' })
 * await standIn.close()
 */
export async function startLoopsStandIn(options: LoopsStandInOptions & { port?: number } = {}): Promise<LoopsStandIn> {
  const core = loopsCore(options)
  const server = await serveOnLoopback(core as never, options.port)
  const deliverWebhook: LoopsStandIn['deliverWebhook'] = (url, eventName, payload, delivery = {}) =>
    deliverLoopsWebhook(url, eventName, payload, { ...delivery, secret: delivery.secret ?? core.webhookSecret })
  // Not a spread: that would freeze the getters' current values.
  return Object.defineProperties(fake(core, server.close), {
    url: { value: `${server.origin}/api`, enumerable: true },
    deliverWebhook: { value: deliverWebhook, enumerable: true },
  }) as LoopsStandIn
}

/** Sets each variable that is unset (or blank) while a mock runs; returns the undo. */
function provideEnv(values: Record<string, string>): () => void {
  const previous = new Map<string, string | undefined>()
  for (const [name, value] of Object.entries(values)) {
    if (process.env[name]?.trim()) continue
    previous.set(name, process.env[name])
    process.env[name] = value
  }
  return () => {
    for (const [name, value] of previous) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

/**
 * Loops faked in-process with msw: requests to Loops' URL (or `LOOPS_BASE_URL`, or `baseUrl`) are answered
 * by the same spec-validating stand-in; anything else unhandled is an error. Accepts any key unless
 * `apiKey` is given.
 *
 * Works with no env at all: until `close()`, it fills in whatever the package's helpers would need and
 * is unset — `LOOPS_API_KEY` and a `LOOPS_TEMPLATE_*` id per template (`mock_invitation`, …) — so code
 * under test that calls `sendInvitationEmail` runs unchanged.
 *
 * @example
 * const loops = mockLoops()
 * await inviteUser('ada@example.com')
 * loops.expectEmailSent({ template: 'invitation', to: 'ada@example.com' })
 */
export function mockLoops(options: LoopsStandInOptions & { baseUrl?: string } = {}): LoopsFake {
  const names = Object.keys(loopsTemplates) as LoopsTemplateName[]
  const envIds = Object.fromEntries(names.map((name) => [name, process.env[loopsTemplates[name].envVar]?.trim()]))
  const templateIds = Object.fromEntries(
    names.map((name) => [name, options.templateIds?.[name] ?? (envIds[name] || `mock_${name}`)]),
  ) as Record<LoopsTemplateName, string>
  const restoreEnv = provideEnv({
    LOOPS_API_KEY: options.apiKey ?? 'test_mock_key',
    ...Object.fromEntries(names.map((name) => [loopsTemplates[name].envVar, templateIds[name]])),
  })
  const core = loopsCore({ ...options, templateIds, apiKey: options.apiKey ?? 'test_mock_key' })
  const anyKey = options.apiKey === undefined
  const handle = core.handle
  // Without an expected key, the mock behaves as if every bearer key were valid.
  if (anyKey)
    core.handle = (request) => {
      const headers = new Headers(request.headers)
      if (headers.has('authorization')) headers.set('authorization', `Bearer ${core.apiKey}`)
      return handle(new Request(request, { headers }))
    }
  const baseUrl = options.baseUrl ?? (process.env.LOOPS_BASE_URL?.trim() || LOOPS_DEFAULT_BASE_URL)
  const server = setupServer(...mswHandlersFor(core as never, baseUrl))
  server.listen({ onUnhandledRequest: 'error' })
  return fake(core, async () => {
    core.stop()
    server.close()
    restoreEnv()
  })
}
