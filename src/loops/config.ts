import { z } from 'zod'
import { booleanFlag, readEnv, type EnvSource } from '../core/env.js'
import { servers } from '../../generated/loops.js'

/** Every env var the Loops integration reads, by name. Nothing is read before the first request. */
export const loopsEnvSchema = z.object({
  /** Loops → Settings → API. */
  LOOPS_API_KEY: z.string().optional(),
  /** Point the client at a stand-in or proxy. */
  LOOPS_BASE_URL: z.url({ message: 'must be an http(s) URL' }).optional(),
  /** `1`: log what would be sent, send nothing. */
  LOOPS_DRY_RUN: booleanFlag(z).optional(),
  LOOPS_TEMPLATE_INVITATION: z.string().optional(),
  LOOPS_TEMPLATE_WELCOME: z.string().optional(),
  LOOPS_TEMPLATE_BASIC: z.string().optional(),
})

export type LoopsEnv = z.infer<typeof loopsEnvSchema>

/** The server URL the spec declares: https://app.loops.so/api */
export const LOOPS_DEFAULT_BASE_URL: string = servers[0]

export const readLoopsEnv = (source: EnvSource): LoopsEnv => readEnv('Loops', loopsEnvSchema, source)
