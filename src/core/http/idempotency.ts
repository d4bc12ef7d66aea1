import { ValidationError } from '../errors.ts'

/**
 * The one place idempotency keys are minted and checked: client methods, `.raw`, the Loops helpers
 * and the outbox all use these, so a key one accepts the others accept too.
 */

/** A fresh key: a UUID (36 visible ASCII characters, fits every vendor's cap). Never re-checked. */
export const mintIdempotencyKey = (): string => crypto.randomUUID()

const VISIBLE_ASCII = /^[\x21-\x7e]+$/

/**
 * Why an idempotency key cannot be sent, or undefined when it can: a string of 1–`max` visible ASCII
 * characters (fetch refuses line breaks and emoji in a header; vendors cap the length).
 */
export function idempotencyKeyProblem(key: unknown, max: number): string | undefined {
  if (typeof key !== 'string') return `must be a string, got ${typeof key}`
  if (key === '' || key.length > max) return `must be 1–${max} characters, got ${key.length}`
  if (!VISIBLE_ASCII.test(key)) return 'may hold only visible ASCII characters (no spaces, line breaks or emoji)'
  return undefined
}

/** A caller's key, or a ValidationError (`attempts: 0`) that says what is wrong and that nothing was `done`. */
export function checkIdempotencyKey(
  key: unknown,
  max: number,
  where: { service: string; operation: string; label: string },
  done: 'sent' | 'queued' = 'sent',
): ValidationError | undefined {
  const problem = idempotencyKeyProblem(key, max)
  if (!problem) return undefined
  return new ValidationError(`[${where.label}] idempotencyKey ${problem}; nothing was ${done}.`, {
    service: where.service,
    operation: where.operation,
    attempts: 0,
  })
}
