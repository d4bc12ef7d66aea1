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
    const ready = delivery.loaded
    if (ready) return ready.deliverTemplate(options, name, send, sendOptions)
    // A send that waits for the load reads what it sends now, as a loaded one does before its first await: the
    // caller may change its objects once this returns (a batch built in a loop), and the email must still be this one.
    const given = readNow(send, sendOptions)
    let loaded: Awaited<ReturnType<typeof delivery.load>>
    try {
      loaded = await delivery.load()
    } catch (err) {
      // A broken install: nothing was sent, and the result says so (with the key to retry with).
      return { ...failure('loops', 'sendTemplate', err), idempotencyKey: givenKey(sendOptions) ?? crypto.randomUUID() }
    }
    return loaded.deliverTemplate(options, name, given.send, given.sendOptions)
  }
}

/**
 * What deliverTemplate reads of a send (its email and variables, the options' key, signal and id), copied. What cannot
 * be read is passed as it is: deliverTemplate reads it again and refuses it as a loaded send would.
 */
function readNow(
  send: unknown,
  sendOptions: SendTemplateOptions | undefined,
): { send: unknown; sendOptions: SendTemplateOptions | undefined } {
  let copied = send
  try {
    if (typeof send === 'object' && send !== null) {
      const { email, dataVariables } = send as { email?: unknown; dataVariables?: unknown }
      const plain = typeof dataVariables === 'object' && dataVariables !== null && !Array.isArray(dataVariables)
      copied = { email, dataVariables: plain ? { ...dataVariables } : dataVariables }
    }
  } catch {
    copied = send
  }
  try {
    if (sendOptions === undefined || sendOptions === null) return { send: copied, sendOptions }
    const { idempotencyKey, signal, templateId } = sendOptions
    return { send: copied, sendOptions: { idempotencyKey, signal, templateId } as SendTemplateOptions }
  } catch {
    return { send: copied, sendOptions }
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
