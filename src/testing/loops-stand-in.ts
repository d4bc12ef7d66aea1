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

/** A published transactional email as the stand-in serves it (`GET /v1/transactional`) and checks sends against it. */
export interface StandInTemplate {
  id: string
  name: string
  /** The variables a send must carry (Loops answers 400 naming each missing one). */
  dataVariables: string[]
}

interface LoopsState {
  recorder: SentEmails
  contacts: Map<string, StandInContact>
  /** Published templates; tests may edit this list (a marketer changing a template in Loops). */
  templates: StandInTemplate[]
  /** Ids given as `templateIds`: known too, with no variables checked. */
  extraIds: string[]
  /** What `GET /v1/api-key` answers as the key's team. */
  teamName: string
}

const loopsSpec = () => packagedSpec('loops')

const ok = (body: unknown = { success: true }) => ({ status: 200, body })
const fail = (status: number, message: string) => ({ status, body: { success: false, message } })

/** Loops' documented 404 for a send (TransactionalFailure3Response). */
const NOT_FOUND = 'Transactional email not found.'
/**
 * What Loops answers instead of sending, or undefined: 404 for an id it does not know (only when the
 * stand-in was told which ids exist), 400 naming every required variable the send lacks.
 */
function refuseSend(state: LoopsState, id: string, data: Record<string, unknown>) {
  if (state.templates.length + state.extraIds.length === 0) return undefined
  const template = state.templates.find((t) => t.id === id)
  if (!template && !state.extraIds.includes(id))
    return { status: 404, body: { success: false, message: NOT_FOUND, error: { path: 'transactionalId', message: NOT_FOUND } } }
  const missing = template?.dataVariables.filter((name) => !Object.hasOwn(data, name)) ?? []
  if (!missing.length) return undefined
  const message = `Missing required data variable(s): ${missing.join(', ')}`
  return { status: 400, body: { success: false, message, error: { path: 'dataVariables', message }, transactionalId: id } }
}

/** One page of published templates, as Loops pages them (`perPage` 10–50, default 20; an opaque `cursor`). */
function templatesPage(state: LoopsState, query: URLSearchParams) {
  const perPage = Math.min(50, Math.max(10, Number.parseInt(query.get('perPage') ?? '20', 10) || 20))
  const cursor = query.get('cursor')
  const offset = cursor ? Number.parseInt(cursor.replace(/^page_/, ''), 10) : 0
  if (!Number.isInteger(offset) || offset < 0 || offset > state.templates.length) return fail(400, 'Invalid cursor.')
  const data = state.templates.slice(offset, offset + perPage).map((t) => ({ ...t, lastUpdated: '2026-01-01T00:00:00.000Z' }))
  const next = offset + perPage < state.templates.length ? `page_${offset + perPage}` : null
  const pagination = {
    totalResults: state.templates.length,
    returnedResults: data.length,
    perPage,
    totalPages: Math.ceil(state.templates.length / perPage),
    nextCursor: next,
    nextPage: next,
  }
  return ok({ pagination, data })
}

const handlers: Record<string, Handler<LoopsState>> = {
  testApiKey: ({ state }) => ok({ success: true, teamName: state.teamName }),
  listPublishedTransactionalEmails: ({ query, state }) => templatesPage(state, query),
  sendTransactionalEmail: ({ body, headers, state }) => {
    const refused = refuseSend(state, body.transactionalId, body.dataVariables ?? {})
    if (refused) return refused
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
  /**
   * Transactional ids by template name, for `expectEmailSent({ template })`; given, a send to any id not
   * here nor in `templates` is Loops' 404. @default LOOPS_TEMPLATE_* env vars (and any id is accepted)
   */
  templateIds?: Partial<Record<LoopsTemplateName, string>>
  /**
   * Published templates: served by `GET /v1/transactional` (what `npm run templates -- pull` reads), and
   * checked on send — an unknown id is a 404, a missing variable Loops' 400 naming it. @default none (any id accepted)
   */
  templates?: StandInTemplate[]
  /** The team `GET /v1/api-key` names (a pull records it as the file's source). @default 'Stand-in team' */
  teamName?: string
  /** The secret webhooks are signed with; give the route the same (LOOPS_WEBHOOK_SECRET). @default a fresh whsec_… */
  webhookSecret?: string
}

/** Helper template ids (invitation, …) taken from published templates of the same name, under the given ids. */
function withTemplateIds(options: LoopsStandInOptions): Partial<Record<LoopsTemplateName, string>> {
  const byName = (options.templates ?? []).filter((t) => Object.hasOwn(loopsTemplates, t.name)).map((t) => [t.name, t.id])
  return { ...Object.fromEntries(byName), ...options.templateIds }
}

/** Every published template's id by name, then the helpers' ids: what `expectEmailSent({ template })` resolves. */
const idsByName = (options: LoopsStandInOptions) => ({
  ...Object.fromEntries((options.templates ?? []).map((t) => [t.name, t.id])),
  ...withTemplateIds(options),
})

/** @param knownIds ids accepted besides the templates' (the caller's `templateIds`); none and no templates = any id. */
function loopsCore(options: LoopsStandInOptions, knownIds: (string | undefined)[] = Object.values(options.templateIds ?? {})) {
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
      createState: () => ({
        recorder: new SentEmails(idsByName(options)),
        contacts: new Map(),
        templates: (options.templates ?? []).map((t) => ({ ...t, dataVariables: [...t.dataVariables] })),
        extraIds: knownIds.filter((id): id is string => !!id),
        teamName: options.teamName ?? 'Stand-in team',
      }),
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
  /** The published templates (`templates` option); edit the list to change what Loops publishes. */
  readonly templates: StandInTemplate[]
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
    get templates() {
      return core.state.templates
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
  const given = withTemplateIds(options)
  const templateIds = Object.fromEntries(names.map((name) => [name, given[name] ?? (envIds[name] || `mock_${name}`)])) as Record<
    LoopsTemplateName,
    string
  >
  const restoreEnv = provideEnv({
    LOOPS_API_KEY: options.apiKey ?? 'test_mock_key',
    ...Object.fromEntries(names.map((name) => [loopsTemplates[name].envVar, templateIds[name]])),
  })
  // Strict about ids (404 for others) only when the test said which exist: templates or templateIds.
  const core = loopsCore({ ...options, templateIds, apiKey: options.apiKey ?? 'test_mock_key' }, Object.values(options.templateIds ?? {}))
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
