import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { startStandIn, type FaultRule, type RecordedRequest, type StandIn, type StandInOptions } from './stand-in.js'

/** An email the stand-in accepted, as Loops would have sent it. */
export interface SentEmail {
  transactionalId: string
  email: string
  dataVariables: Record<string, unknown>
  idempotencyKey?: string
  at: Date
}
export interface SentEvent {
  eventName: string
  email?: string
  userId?: string
  eventProperties: Record<string, unknown>
  idempotencyKey?: string
  at: Date
}
export interface StandInContact {
  id: string
  email: string
  userId?: string | null
  [property: string]: unknown
}

interface LoopsState {
  emails: SentEmail[]
  events: SentEvent[]
  contacts: Map<string, StandInContact>
}

let spec: Record<string, any> | undefined
/** The same spec the client is generated from, shipped with the package (from src/ or from dist/src/). */
const loopsSpec = () => {
  if (spec) return spec
  for (const up of ['../../', '../../../']) {
    try {
      return (spec = JSON.parse(readFileSync(new URL(`${up}specs/loops.openapi.json`, import.meta.url), 'utf8')))
    } catch {}
  }
  throw new Error('@codebuff/integrations/testing: specs/loops.openapi.json is missing from the package')
}

const ok = (body: unknown = { success: true }) => ({ status: 200, body })
const fail = (status: number, message: string) => ({ status, body: { success: false, message } })

export interface LoopsStandIn extends Omit<StandIn<LoopsState>, 'state'> {
  /** Every transactional email accepted, in order. */
  sent: SentEmail[]
  /** Every event accepted, in order. */
  events: SentEvent[]
  contacts: Map<string, StandInContact>
  requests: RecordedRequest[]
  inject(rule: FaultRule): void
}

/**
 * A local Loops on 127.0.0.1 for tests, the demo and examples: the operations the helpers use,
 * validated against the Loops spec, with Loops' bearer auth, idempotency (24 h, 409 on reuse),
 * rate limit (429 + Retry-After) and error shape.
 *
 * @example
 * const loops = await startLoopsStandIn()
 * const client = createLoopsClient({ baseUrl: loops.url, apiKey: loops.apiKey })
 * …
 * expect(loops.sent).toHaveLength(1)
 * await loops.close()
 */
export async function startLoopsStandIn(options: StandInOptions = {}): Promise<LoopsStandIn> {
  const inner = await startStandIn<LoopsState>(
    {
      spec: loopsSpec(),
      basePath: '/api',
      errorBody: (_status, message) => ({ success: false, message }),
      idempotency: { status: 409, ttlMs: 24 * 60 * 60 * 1000, sameBody: 'Idempotency key has been used.', differentBody: 'Idempotency key already used with a different request body.' },
      createState: () => ({ emails: [], events: [], contacts: new Map() }),
      handlers: {
        testApiKey: () => ok({ success: true, teamName: 'Stand-in team' }),
        sendTransactionalEmail: ({ body, headers, state }) => {
          const key = headers.get('idempotency-key')
          state.emails.push({ transactionalId: body.transactionalId, email: body.email, dataVariables: body.dataVariables ?? {}, ...(key ? { idempotencyKey: key } : {}), at: new Date() })
          return ok()
        },
        sendEvent: ({ body, headers, state }) => {
          const key = headers.get('idempotency-key')
          const { eventName, email, userId, eventProperties, mailingLists: _lists, ...contactProperties } = body
          state.events.push({ eventName, ...(email ? { email } : {}), ...(userId ? { userId } : {}), eventProperties: { ...contactProperties, ...eventProperties }, ...(key ? { idempotencyKey: key } : {}), at: new Date() })
          return ok()
        },
        createContact: ({ body, state }) => {
          if (state.contacts.has(body.email)) return fail(409, 'Email or userId is already on list.')
          const contact = { ...body, id: randomUUID() }
          state.contacts.set(body.email, contact)
          return ok({ success: true, id: contact.id })
        },
        updateContact: ({ body, state }) => {
          const existing = state.contacts.get(body.email) ?? { id: randomUUID() }
          const contact = { ...existing, ...body }
          state.contacts.set(contact.email, contact)
          return ok({ success: true, id: contact.id })
        },
        findContact: ({ query, state }) =>
          ok([...state.contacts.values()].filter((c) => c.email === query.get('email') || (query.get('userId') !== null && c.userId === query.get('userId')))),
        deleteContact: ({ body, state }) => {
          const found = [...state.contacts.values()].find((c) => c.email === body.email || (body.userId && c.userId === body.userId))
          if (!found) return fail(404, 'Contact not found.')
          state.contacts.delete(found.email)
          return ok({ success: true, message: 'Contact deleted.' })
        },
        listMailingLists: () => ok([{ id: 'list_product', name: 'Product updates', description: null, isPublic: true }]),
      },
    },
    options,
  )
  return {
    url: inner.url,
    apiKey: inner.apiKey,
    requests: inner.requests,
    inject: inner.inject,
    reset: inner.reset,
    close: inner.close,
    // Getters: reset() replaces the state, these always show the current one.
    get sent() {
      return inner.state.emails
    },
    get events() {
      return inner.state.events
    },
    get contacts() {
      return inner.state.contacts
    },
  }
}
