/**
 * codebuff-outbox — the outbox's command line (the package's `bin`, also `npm run worker` / `npm run outbox`):
 * `worker` delivers jobs; `status`, `failed`, `retry` look into the queue. Plain Node runs the build of this
 * file (dist/node/outbox-cli.js); the sources run under tsx.
 */
import { adminCommand, adminUsage } from './admin-command.ts'
import { workerCommand } from './worker-command.ts'

export const usage = `codebuff-outbox <command> [options]

  worker                 delivers the queued sends (worker --help: flags, env, health check)
${adminUsage}
  --help`

/** Runs one command; resolves the process's exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === 'worker') return workerCommand(rest)
  if (command === 'status' || command === 'failed' || command === 'retry') return adminCommand(command, rest, usage)
  if (command === '--help' || command === '-h') {
    console.log(usage)
    return 0
  }
  console.error(`codebuff-outbox: ${command ? `unknown command "${command}"` : 'which command?'}\n${usage}`)
  return 1
}
