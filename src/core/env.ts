import * as z from 'zod/mini'
import { ConfigError } from './errors.ts'

export type EnvSource = Record<string, string | undefined>

/** `process.env` where there is one (Node, edge runtimes), else nothing. Read per call, never at import. */
export function processEnv(): EnvSource {
  return (typeof process !== 'undefined' && process.env) || {}
}

/**
 * Parses env vars with a zod schema keyed by variable name. Empty strings count as missing (a
 * blank line in .env is not a value); one ConfigError lists every bad variable.
 */
export function readEnv<S extends z.ZodMiniObject>(service: string, schema: S, source: EnvSource): z.infer<S> {
  const picked: Record<string, string | undefined> = {}
  for (const name of Object.keys(schema.shape)) {
    const value = source[name]
    picked[name] = value === undefined || value.trim() === '' ? undefined : value.trim()
  }
  const parsed = schema.safeParse(picked)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; ')
  throw new ConfigError(`Invalid ${service} environment — ${problems}. Fix these variables (or pass the matching client options).`, {
    service,
    operation: 'config',
  })
}

const TRUE = ['1', 'true', 'yes', 'on']
const FALSE = ['0', 'false', 'no', 'off']

/** `1`/`true`/`yes`/`on` → true; `0`/`false`/`no`/`off` → false; anything else is an error. */
export const booleanFlag = () =>
  z.pipe(
    z
      .string()
      .check(
        z.refine((v) => TRUE.includes(v.toLowerCase()) || FALSE.includes(v.toLowerCase()), 'expected 1/0, true/false, yes/no or on/off'),
      ),
    z.transform((v: string) => TRUE.includes(v.toLowerCase())),
  )
