import { z } from '#zod'
import type * as Zod from 'zod/mini'
import { ConfigError } from '../errors.ts'

export type EnvSource = Record<string, string | undefined>

/** `process.env` where there is one (Node, edge runtimes), else nothing. Read per call, never at import. */
export function processEnv(): EnvSource {
  return (typeof process !== 'undefined' && process.env) || {}
}

/**
 * Parses env vars with a zod schema keyed by variable name. Empty strings count as missing (a
 * blank line in .env is not a value); one ConfigError lists every bad variable.
 */
export function readEnv<S extends Zod.ZodMiniObject>(service: string, schema: S, source: EnvSource): Zod.infer<S> {
  const picked = pickEnv(Object.keys(schema.shape), source)
  const parsed = schema.safeParse(picked)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; ')
  throw new ConfigError(`Invalid ${service} environment — ${problems}. Fix these variables (or pass the matching client options).`, {
    service,
    operation: 'config',
  })
}

/** The named variables, trimmed; blank ones count as missing. */
export function pickEnv(names: readonly string[], source: EnvSource): Record<string, string | undefined> {
  const picked: Record<string, string | undefined> = {}
  for (const name of names) {
    const value = source[name]
    picked[name] = value === undefined || value.trim() === '' ? undefined : value.trim()
  }
  return picked
}

/**
 * URLs the WHATWG parser surely accepts with an http(s) scheme, told without running it (in a helper's
 * send, `new URL` cost ~4 µs of cache-cold CPU): a plain domain whose last label starts with a letter
 * (so it is never read as an IPv4 number), no `xn--` label (punycode can fail), a port of at most 4
 * digits, then anything without whitespace (path, query and fragment never fail to parse). Anything
 * else goes to the parser. test/loops/plain-url.test.ts fuzzes the claim against zod.
 */
export const PLAIN_HTTP_URL = /^https?:\/\/(?:(?!xn--)[a-z0-9][a-z0-9-]*\.)*(?!xn--)[a-z][a-z0-9-]*(?::\d{1,4})?(?:[/?#]\S*)?$/i

/**
 * Values `z.url({ protocol: /^https?$/ })` accepts unchanged, decided without zod (an env fast path):
 * `http(s)://` written out (zod refuses `http:host`), nothing to trim or strip, and the URL parser agrees.
 */
export const isHttpUrl = (value: string): boolean => {
  if (PLAIN_HTTP_URL.test(value)) return true
  if (!/^https?:\/\/\S+$/i.test(value)) return false
  try {
    return /^https?:$/.test(new URL(value).protocol)
  } catch {
    return false
  }
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

/** booleanFlag's answer without zod: true/false for a known word, undefined for anything it would reject. */
export function parseBooleanFlag(value: string): boolean | undefined {
  const word = value.toLowerCase()
  return TRUE.includes(word) ? true : FALSE.includes(word) ? false : undefined
}
