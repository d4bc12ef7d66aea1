import { isDeepStrictEqual } from 'node:util'
import { type PublishedTemplateName, publishedTemplate } from '../loops/published-templates.ts'
import { templateEnvVar } from '../loops/template-env.ts'
import { loopsTemplates, type LoopsTemplateName } from '../loops/templates.ts'

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
  /** Event and contact properties sent with it. */
  properties: Record<string, unknown>
  idempotencyKey?: string
  at: Date
}

export interface EmailMatch {
  /**
   * A helper's template name (resolved through `templateIds` or its LOOPS_TEMPLATE_* env var), or a published
   * template's (the stand-in's `templates`, else LOOPS_TEMPLATE_<NAME>, else generated/loops-templates.ts).
   */
  template?: LoopsTemplateName | PublishedTemplateName
  transactionalId?: string
  to?: string
  /** Data variables that must be present with these values (deep equality, key order ignored; `undefined` ≠ absent). */
  data?: Record<string, unknown>
}

/** Thrown by the expect* helpers; its message lists what was actually sent. */
export class SentEmailsAssertionError extends Error {
  override name = 'SentEmailsAssertionError'
}

const sameEmail = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase()
const hasValue = (fields: Record<string, unknown>, key: string, value: unknown) =>
  Object.hasOwn(fields, key) && isDeepStrictEqual(fields[key], value)

function checkMatch(method: string, match: unknown): void {
  if (match === null || typeof match !== 'object' || Array.isArray(match))
    throw new TypeError(`${method} takes an object to match, e.g. { template: 'invitation', to: 'ada@example.com' }; got ${String(match)}`)
}

const describeEmail = (e: SentEmail) => `  - ${e.transactionalId} → ${e.email} ${JSON.stringify(e.dataVariables)}`

/**
 * The recorder of what a Loops stand-in or mock accepted, with assertions that read like the sentence
 * they test. (Not the BullMQ outbox of `@codebuff/integrations/outbox`: this one only records.)
 */
export class SentEmails {
  readonly emails: SentEmail[] = []
  readonly events: SentEvent[] = []

  /** @param templateIds transactional ids by template name; default: the LOOPS_TEMPLATE_* env vars at assertion time */
  constructor(private readonly templateIds: Partial<Record<string, string>> = {}) {}

  private idFor(template: string): string | undefined {
    const env = typeof process !== 'undefined' ? process.env : {}
    if (Object.hasOwn(this.templateIds, template)) return this.templateIds[template]
    if (Object.hasOwn(loopsTemplates, template)) return env[loopsTemplates[template as LoopsTemplateName].envVar]
    const published = publishedTemplate(template)
    if (published) return env[templateEnvVar(template)]?.trim() || published.id
    throw new SentEmailsAssertionError(
      `unknown template "${String(template)}": use one of ${Object.keys(loopsTemplates).join(', ')}, or a published template's name`,
    )
  }

  findEmails(match: EmailMatch): SentEmail[] {
    checkMatch('findEmails', match)
    const id = match.transactionalId ?? (match.template ? this.idFor(match.template) : undefined)
    if (match.template && !id) {
      throw new SentEmailsAssertionError(
        `template "${match.template}" has no id: set ${templateEnvVar(match.template)} or pass templateIds to the stand-in`,
      )
    }
    return this.emails.filter(
      (e) =>
        (id === undefined || e.transactionalId === id) &&
        (match.to === undefined || sameEmail(e.email, match.to)) &&
        Object.entries(match.data ?? {}).every(([k, v]) => hasValue(e.dataVariables, k, v)),
    )
  }

  /** Asserts exactly one email matches (a second one would be a double send) and returns it. */
  expectEmailSent(match: EmailMatch): SentEmail {
    checkMatch('expectEmailSent', match)
    const found = this.findEmails(match)
    if (found.length === 1) return found[0]!
    const sent = this.emails.length ? this.emails.map(describeEmail).join('\n') : '  (nothing)'
    throw new SentEmailsAssertionError(
      `expected exactly one email matching ${JSON.stringify(match)}, found ${found.length}. Sent:\n${sent}`,
    )
  }

  /** Asserts exactly one event matches; `email` is compared case-insensitively, as in expectEmailSent. */
  expectEventSent(match: { eventName: string; email?: string; userId?: string }): SentEvent {
    checkMatch('expectEventSent', match)
    const found = this.events.filter(
      (e) =>
        e.eventName === match.eventName &&
        (match.email === undefined || sameEmail(e.email, match.email)) &&
        (match.userId === undefined || e.userId === match.userId),
    )
    if (found.length === 1) return found[0]!
    throw new SentEmailsAssertionError(
      `expected exactly one "${match.eventName}" event matching ${JSON.stringify(match)}, ` +
        `found ${found.length} of ${this.events.length} events`,
    )
  }

  expectNothingSent(): void {
    if (this.emails.length || this.events.length) {
      throw new SentEmailsAssertionError(
        `expected nothing sent, found ${this.emails.length} email(s) ` +
          `and ${this.events.length} event(s):\n${this.emails.map(describeEmail).join('\n')}`,
      )
    }
  }
}

/** @deprecated renamed `SentEmails` (it records what was sent; "outbox" is the BullMQ queue). */
export const LoopsOutbox = SentEmails
/** @deprecated renamed `SentEmails`. */
export type LoopsOutbox = SentEmails
/** @deprecated renamed `SentEmailsAssertionError`. */
export const OutboxAssertionError = SentEmailsAssertionError
/** @deprecated renamed `SentEmailsAssertionError`. */
export type OutboxAssertionError = SentEmailsAssertionError
