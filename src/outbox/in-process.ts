import { defaultLogger, type Logger } from '../core/observability/logger.ts'
import { sleep } from '../core/http/sleep.ts'
import type { LoopsClient } from '../loops/client.ts'
import { createLoopsEmails } from '../loops/emails.ts'
import { createTemplateSender } from '../loops/send-template.ts'
import {
  backoffDelayMs,
  DEFAULT_ATTEMPTS,
  jobIdFor,
  OUTBOX_HELPERS,
  type OutboxHelper,
  type OutboxJob,
  TEMPLATE_JOB,
  templateJobInput,
  validateInput,
} from './jobs.ts'
import type { Outbox, OutboxResult, OutboxSendOptions } from './types.ts'

/**
 * The outbox without Redis: the same API, delivered by this process with the same retries and
 * backoff. Not durable: sends still queued when the process dies are gone (close() says how many).
 */
export function createInProcessOutbox(options: { client?: LoopsClient; attempts?: number; logger?: Logger }): Outbox {
  const logger = options.logger ?? defaultLogger().child({ component: 'outbox' })
  const emails = createLoopsEmails(options.client ? { client: options.client } : {})
  const sendTemplate = createTemplateSender(options.client ? { client: options.client } : {})
  const send = (helper: OutboxJob, input: object, idempotencyKey: string) =>
    helper === TEMPLATE_JOB
      ? sendTemplate((input as { template: never }).template, input as never, { idempotencyKey })
      : (emails[helper] as (i: object, o: OutboxSendOptions) => ReturnType<Outbox[OutboxHelper]>)(input, { idempotencyKey })
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS
  const stop = new AbortController()
  /** Keys queued or delivered by this process: the same key enqueued twice is one send. */
  const known = new Set<string>()
  const pending = new Set<Promise<void>>()
  let dropped = 0

  async function deliver(helper: OutboxJob, input: object, idempotencyKey: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const result = await send(helper, input, idempotencyKey)
      if (result.ok) return
      const { error } = result
      if (!error.retryable || attempt >= attempts) {
        logger.error({ helper, attempts: attempt, error: { type: error.name, message: error.message } }, 'outbox send failed for good')
        return
      }
      await sleep(backoffDelayMs(attempt, error), stop.signal)
    }
  }

  const enqueue =
    (helper: OutboxJob) =>
    async (input: object, sendOptions: OutboxSendOptions = {}): Promise<OutboxResult> => {
      const invalid = validateInput(helper, input)
      if (invalid) return { ok: false, error: invalid }
      const idempotencyKey = sendOptions.idempotencyKey ?? crypto.randomUUID()
      if (!known.has(idempotencyKey) && !stop.signal.aborted) {
        known.add(idempotencyKey)
        const run: Promise<void> = deliver(helper, input, idempotencyKey)
          .catch(() => void dropped++) // only a close() abort lands here
          .finally(() => pending.delete(run))
        pending.add(run)
      }
      return { ok: true, queued: true, id: jobIdFor(idempotencyKey), idempotencyKey }
    }

  return {
    ...(Object.fromEntries(OUTBOX_HELPERS.map((h) => [h, enqueue(h)])) as Pick<Outbox, OutboxHelper>),
    sendTemplate: (name, data, options) => enqueue(TEMPLATE_JOB)(templateJobInput(name, data), options),
    mode: 'in-process',
    async close() {
      // Sends on the wire finish; sends waiting out a backoff are dropped, and said so.
      stop.abort(new Error('outbox closed'))
      await Promise.all(pending)
      if (dropped) logger.warn({ dropped }, 'in-process outbox closed with sends still pending: they were not delivered')
    },
  }
}
