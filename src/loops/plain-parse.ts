import { isHttpUrl } from '../core/runtime/env.ts'

/** zod's own email regex (`z.regexes.email`), copied so the fast path needs no zod; a test keeps them equal. */
export const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/

/**
 * http(s) URLs that `new URL` always parses, recognised without it (a URL object costs 5–10 µs per
 * outbox enqueue in a busy process, as much as the rest of the validation): a host of letter/digit
 * labels with single inner hyphens (so no `xn--`, which may be bad punycode), the last one starting
 * with a letter (a numeric one makes WHATWG read the host as IPv4), no port or credentials, then
 * printable ASCII. Anything else goes to `isHttpUrl`; test/loops/plain-url.test.ts fuzzes the claim.
 */
export const PLAIN_HTTP_URL = /^https?:\/\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\.)*[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:[/?#][\x21-\x7e]*)?$/i

/**
 * The one set of fast validators (helpers, the client's input fast path, the outbox's enqueue check):
 * zod-free parsers for the common, plainly valid input of the helpers (a cold start's first
 * `sendInvitationEmail` would otherwise load zod, ~50 ms). Each accepts only values its zod
 * counterpart accepts and returns what zod would return; anything else is INVALID and the helper asks
 * zod, which decides and names the issue. test/loops/lazy-loading.test.ts checks them on a corpus.
 */
export const INVALID = Symbol('invalid')
export type PlainField = (value: unknown) => unknown

const filled = (v: unknown): v is string => typeof v === 'string' && v.trim() !== ''

export const plain = {
  /** `string().check(trim(), minLength(1))`: the trimmed text. */
  text: (v: unknown) => (filled(v) ? v.trim() : INVALID),
  /** validation.ts' `nonEmpty`: unchanged. */
  nonEmpty: (v: unknown) => (filled(v) ? v : INVALID),
  /** `_default(nonEmpty, 'member')`. */
  role: (v: unknown) => (v === undefined ? 'member' : filled(v) ? v : INVALID),
  /** `email()`: zod's own regex. */
  email: (v: unknown) => (typeof v === 'string' && EMAIL.test(v) ? v : INVALID),
  /** `url({ protocol: /^https?$/ })`, for values with no whitespace at all (zod would trim or strip them). */
  httpUrl: (v: unknown) =>
    typeof v === 'string' && (PLAIN_HTTP_URL.test(v) || (/^https?:\/\/\S+$/i.test(v) && isHttpUrl(v))) ? v : INVALID,
} satisfies Record<string, PlainField>

/** A `z.object` of these fields, without zod: the declared keys in order (others dropped), or undefined. */
export function plainObject(fields: Record<string, PlainField>) {
  const entries = Object.entries(fields)
  return (input: unknown): Record<string, unknown> | undefined => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined
    const out: Record<string, unknown> = {}
    for (const [key, parse] of entries) {
      const value = parse((input as Record<string, unknown>)[key])
      if (value === INVALID) return undefined
      if (value !== undefined) out[key] = value
    }
    return out
  }
}
