import * as z from 'zod/mini'
import { servers } from '../../generated/loops.js'
import { booleanFlag, readEnv, type EnvSource } from '../core/env.js'
import { loopsTemplates, type LoopsTemplateEnvVar } from './templates.js'

/** One optional variable per template in templates.ts (LOOPS_TEMPLATE_INVITATION, …). */
const templateVars = Object.fromEntries(Object.values(loopsTemplates).map((t) => [t.envVar, z.optional(z.string())])) as {
  [K in LoopsTemplateEnvVar]: z.ZodMiniOptional<z.ZodMiniString>
}

/** The webhook receiver's variable, on its own so a webhook route is not failed by a bad sending variable. */
export const loopsWebhookEnvSchema = z.object({
  /** Loops → Settings → Webhooks: the endpoint's signing secret, `whsec_…`. */
  LOOPS_WEBHOOK_SECRET: z.optional(z.string()),
})

/** Every env var the Loops integration reads, by name. Nothing is read before the first request. */
export const loopsEnvSchema = z.object({
  /** Loops → Settings → API. */
  LOOPS_API_KEY: z.optional(z.string()),
  /** Point the client at a stand-in or proxy. */
  LOOPS_BASE_URL: z.optional(z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' })),
  /** `1`: log what would be sent, send nothing. */
  LOOPS_DRY_RUN: z.optional(booleanFlag()),
  ...loopsWebhookEnvSchema.shape,
  ...templateVars,
})

export type LoopsEnv = z.infer<typeof loopsEnvSchema>

/** The server URL the spec declares: https://app.loops.so/api */
export const LOOPS_DEFAULT_BASE_URL: string = servers[0]

export const readLoopsEnv = (source: EnvSource): LoopsEnv => readEnv('Loops', loopsEnvSchema, source)
