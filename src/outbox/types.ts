/**
 * The outbox's public shapes, apart from both implementations (Redis in `outbox.ts`, in-process in
 * `in-process.ts`), so neither imports the other's module for its types.
 */
import type { AnyIntegrationError } from '../core/errors.ts'
import type { SendOptions } from '../loops/emails.ts'
import type { PublishedTemplateName, TemplateSend } from '../loops/published-templates.ts'
import type { BasicEmailData, InvitationEmailData, SignupEventData, WelcomeEmailData } from '../loops/templates.ts'

/** The send is stored (or, without Redis, handed to this process's delivery loop); a worker delivers it. */
export interface Queued {
  queued: true
  /** The job id: the idempotency key (escaped only if BullMQ cannot take it as is). */
  id: string
  /** Every delivery attempt sends this key, so Loops emails once even if a worker dies mid-send. */
  idempotencyKey: string
}
export type EnqueueResult = { ok: true } & Queued
/**
 * A failure names the key too: `ok: false` with a retryable error (Redis slow or gone) may still have
 * stored the job, so retry with `result.idempotencyKey` and the queue keeps it one job.
 */
export type OutboxResult = EnqueueResult | { ok: false; error: AnyIntegrationError; idempotencyKey?: string }
export type OutboxSendOptions = Pick<SendOptions, 'idempotencyKey'>

export interface Outbox {
  sendInvitationEmail(data: InvitationEmailData & { email: string }, options?: OutboxSendOptions): Promise<OutboxResult>
  sendWelcomeEmail(data: WelcomeEmailData & { email: string }, options?: OutboxSendOptions): Promise<OutboxResult>
  sendBasicEmail(data: BasicEmailData & { email: string }, options?: OutboxSendOptions): Promise<OutboxResult>
  sendSignupEvent(data: SignupEventData, options?: OutboxSendOptions): Promise<OutboxResult>
  /** `sendTemplate` queued: checked now (published name, exactly its variables), sent by a worker with its env's template id. */
  sendTemplate<N extends PublishedTemplateName>(name: N, data: TemplateSend<N>, options?: OutboxSendOptions): Promise<OutboxResult>
  /** `redis` (durable) or `in-process` (lost if the process dies). */
  readonly mode: 'redis' | 'in-process'
  close(): Promise<void>
}
