import { type ParseArgsConfig, parseArgs } from 'node:util'

type Options = NonNullable<ParseArgsConfig['options']>

export type Parsed<O extends Options> =
  | {
      kind: 'run'
      values: ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>>['values']
      positionals: string[]
    }
  | { kind: 'exit'; code: number }

/**
 * node:util parseArgs in strict mode (a typo such as `--concurency` is an error, never ignored); `--help`
 * prints `usage` and exits 0, a bad flag prints the error and `usage` and exits 1.
 */
export function parseCli<const O extends Options>(name: string, usage: string, options: O, argv: string[]): Parsed<O> {
  try {
    const all = { ...options, help: { type: 'boolean', short: 'h' } } as O
    const { values, positionals } = parseArgs({ args: argv, options: all, strict: true, allowPositionals: true })
    if ((values as { help?: boolean }).help) {
      console.log(usage)
      return { kind: 'exit', code: 0 }
    }
    return { kind: 'run', values, positionals }
  } catch (err) {
    // parseArgs' messages end with advice about `--` that fits no command here.
    const message = (err as Error).message.split('. To specify a positional')[0]!.replace(/\.$/, '')
    console.error(`${name}: ${message}\n${usage}`)
    return { kind: 'exit', code: 1 }
  }
}

/** A flag's value as a positive integer (0 allowed with `zero`), or undefined when absent; throws a usage line. */
export function integerFlag(name: string, raw: string | undefined, { zero = false } = {}): number | undefined {
  if (raw === undefined) return undefined
  const n = Number(raw)
  if (raw.trim() !== '' && Number.isInteger(n) && (n > 0 || (zero && n === 0))) return n
  throw new UsageError(`--${name} must be a ${zero ? 'non-negative' : 'positive'} integer, got "${raw}"`)
}

export class UsageError extends Error {}

/**
 * The one line a command prints when it fails: a ConfigError or NetworkError is already a sentence that names
 * the variable; anything else is a bug, shown with its stack.
 */
export function failureLine(command: string, err: unknown): string {
  const name = (err as Error)?.name
  if (name === 'ConfigError' || name === 'NetworkError' || err instanceof UsageError) return `${command}: ${(err as Error).message}`
  return `${command}: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`
}
