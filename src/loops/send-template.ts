/**
 * `sendTemplate`: a published Loops template sent by name, its data typed from generated/loops-templates.ts.
 * The work (checks, id, send) is template-delivery.ts, loaded with the first template send, not at import.
 */
import { failure } from '../core/result.ts'
import { lazyModule } from '../core/runtime/lazy-module.ts'
import type { EnvSource } from '../core/runtime/env.ts'
import type { LoopsClient } from './client.ts'
import type { SendOptions, SendResult } from './emails.ts'
import type { PublishedTemplateName, TemplateSend } from './published-templates.ts'

export interface SendTemplateOptions extends SendOptions {
  /** This environment's transactional id for the template; beats `LOOPS_TEMPLATE_<NAME>` and the generated file. */
  templateId?: string
}

export interface TemplateSenderOptions {
  /** @default the shared `loops` client */
  client?: LoopsClient
  /** Where `LOOPS_TEMPLATE_<NAME>` is read from. @default process.env, at send time */
  env?: EnvSource
}

const delivery = lazyModule(() => import('./template-delivery.ts'))

/**
 * `sendTemplate` over a client and an env: sends a published Loops template by name, its data typed from
 * generated/loops-templates.ts. Never throws; the result is the helpers' (`ok`, `idempotencyKey`, `duplicate`, …).
 */
export function createTemplateSender(options: TemplateSenderOptions = {}) {
  return async function sendTemplate<N extends PublishedTemplateName>(
    name: N,
    send: TemplateSend<N>,
    sendOptions?: SendTemplateOptions,
  ): Promise<SendResult> {
    let loaded: NonNullable<typeof delivery.loaded>
    try {
      loaded = delivery.loaded ?? (await delivery.load())
    } catch (err) {
      // A broken install: nothing was sent, and the result says so (with the key to retry with).
      return { ...failure('loops', 'sendTemplate', err), idempotencyKey: givenKey(sendOptions) ?? crypto.randomUUID() }
    }
    return loaded.deliverTemplate(options, name, send, sendOptions)
  }
}

function givenKey(sendOptions: SendTemplateOptions | undefined): string | undefined {
  try {
    return typeof sendOptions?.idempotencyKey === 'string' ? sendOptions.idempotencyKey : undefined
  } catch {
    return undefined
  }
}

/**
 * Sends a published Loops transactional email by name (`npm run templates -- pull` lists them). The id
 * is `LOOPS_TEMPLATE_<NAME>` when set, else the generated file's. Never throws.
 *
 * @example
 * const r = await sendTemplate('invitation', { email, dataVariables: { firstName, … } }, { idempotencyKey: invite.id })
 */
export const sendTemplate = createTemplateSender()
