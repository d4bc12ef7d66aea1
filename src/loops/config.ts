import { z as zod } from '#zod'
import type * as z from 'zod/mini'
import { servers } from '../../generated/loops.ts'
import { booleanFlag, type EnvSource, isHttpUrl, parseBooleanFlag, pickEnv, readEnv } from '../core/runtime/env.ts'
import { lazyValue } from '../core/runtime/lazy-value.ts'
import { loopsTemplates, type LoopsTemplateEnvVar } from './templates.ts'

/** One optional variable per template in templates.ts (LOOPS_TEMPLATE_INVITATION, …). */
const templateVars = () =>
  Object.fromEntries(Object.values(loopsTemplates).map((t) => [t.envVar, zod.optional(zod.string())])) as {
    [K in LoopsTemplateEnvVar]: z.ZodMiniOptional<z.ZodMiniString>
  }

/** The webhook receiver's variable, on its own so a webhook route is not failed by a bad sending variable. */
export const loopsWebhookEnvSchema = lazyValue(() =>
  zod.object({
    /** Loops → Settings → Webhooks: the endpoint's signing secret, `whsec_…`. */
    LOOPS_WEBHOOK_SECRET: zod.optional(zod.string()),
  }),
)

/** Every env var the Loops integration reads, by name. Nothing is read before the first request. */
export const loopsEnvSchema = lazyValue(() =>
  zod.object({
    /** Loops → Settings → API. */
    LOOPS_API_KEY: zod.optional(zod.string()),
    /** Point the client at a stand-in or proxy. */
    LOOPS_BASE_URL: zod.optional(zod.url({ protocol: /^https?$/, message: 'must be an http(s) URL' })),
    /** `1`: log what would be sent, send nothing. */
    LOOPS_DRY_RUN: zod.optional(booleanFlag()),
    ...loopsWebhookEnvSchema.shape,
    ...templateVars(),
  }),
)

export type LoopsEnv = z.infer<typeof loopsEnvSchema>

/** The server URL the spec declares: https://app.loops.so/api */
export const LOOPS_DEFAULT_BASE_URL: string = servers[0]

/** Every variable loopsEnvSchema reads (a test keeps the two lists equal). */
export const LOOPS_ENV_NAMES = [
  'LOOPS_API_KEY',
  'LOOPS_BASE_URL',
  'LOOPS_DRY_RUN',
  'LOOPS_WEBHOOK_SECRET',
  ...Object.values(loopsTemplates).map((t) => t.envVar),
]

/**
 * The env as loopsEnvSchema parses it, decided without zod when every variable is plainly fine (the
 * first request of every cold start reads it); anything doubtful goes to the schema, which names the
 * problem. A test checks both agree.
 */
function quickLoopsEnv(source: EnvSource): LoopsEnv | undefined {
  const env = pickEnv(LOOPS_ENV_NAMES, source)
  if (env.LOOPS_BASE_URL !== undefined && !isHttpUrl(env.LOOPS_BASE_URL)) return undefined
  const dryRun = env.LOOPS_DRY_RUN === undefined ? undefined : parseBooleanFlag(env.LOOPS_DRY_RUN)
  if (env.LOOPS_DRY_RUN !== undefined && dryRun === undefined) return undefined
  return { ...env, LOOPS_DRY_RUN: dryRun } as LoopsEnv
}

export const readLoopsEnv = (source: EnvSource): LoopsEnv => quickLoopsEnv(source) ?? readEnv('Loops', loopsEnvSchema, source)
