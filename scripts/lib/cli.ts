import { type ParseArgsConfig, parseArgs } from 'node:util'

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>

/** What a script declares about its command line; `--help` is added to every script. */
export interface CommandSpec<O extends ParseArgsOptionsConfig> {
  /** The script's name as the user types it after `npm run`. */
  name: string
  /** Usage lines, printed by `--help` and after a bad flag. */
  usage: string
  options: O
  /** Whether bare words (vendor names…) are accepted. */
  positionals?: boolean
}

type Values<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>>['values']

export type ParsedCommand<O extends ParseArgsOptionsConfig> =
  | { kind: 'run'; values: Values<O>; positionals: string[] }
  | { kind: 'help'; text: string }
  | { kind: 'usage-error'; text: string }

/**
 * node:util parseArgs in strict mode: an unknown flag, a missing value or a stray word is an error
 * (a typo like `--dryrun` must not silently apply an update), never ignored.
 */
export function parseCommand<const O extends ParseArgsOptionsConfig>(spec: CommandSpec<O>, argv: string[]): ParsedCommand<O> {
  const options = { ...spec.options, help: { type: 'boolean', short: 'h' } } as O
  try {
    const { values, positionals } = parseArgs({ args: argv, options, strict: true, allowPositionals: true })
    if ((values as { help?: boolean }).help) return { kind: 'help', text: spec.usage }
    if (!spec.positionals && positionals.length > 0) {
      return { kind: 'usage-error', text: `${spec.name}: unexpected argument "${positionals[0]}"\n${spec.usage}` }
    }
    delete (values as { help?: boolean }).help
    return { kind: 'run', values: values as never, positionals }
  } catch (err) {
    // parseArgs' messages are one line, but end with advice about `--` that fits no script here.
    const message = (err as Error).message.split('. To specify a positional')[0]!.replace(/\.$/, '')
    return { kind: 'usage-error', text: `${spec.name}: ${message}\n${spec.usage}` }
  }
}

/** parseCommand for a script's entry point: prints help (exit 0) or the error and usage (exit 1) and stops. */
export function parseCommandLine<const O extends ParseArgsOptionsConfig>(spec: CommandSpec<O>, argv = process.argv.slice(2)) {
  const parsed = parseCommand(spec, argv)
  if (parsed.kind === 'help') {
    console.log(parsed.text)
    process.exit(0)
  }
  if (parsed.kind === 'usage-error') {
    console.error(parsed.text)
    process.exit(1)
  }
  return parsed
}

/**
 * The one line a script prints when it fails. Expected failures (SpecError) are already sentences;
 * anything else is a bug or an environment problem: its message, and the stack only on request.
 */
export function failureLine(script: string, err: unknown, expected: (err: unknown) => boolean): string {
  if (process.env.DEBUG && err instanceof Error && err.stack) return `${script}: ${err.stack}`
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err)
  return expected(err) ? `${script}: ${message}` : `${script}: unexpected error: ${message} (DEBUG=1 shows the stack)`
}
