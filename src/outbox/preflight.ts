import { ConfigError } from '../core/errors.ts'
import type { EnvSource } from '../core/runtime/env.ts'
import { readLoopsEnv } from '../loops/config.ts'
import type { LoopsEmailsOptions } from '../loops/emails.ts'
import { loopsTemplates, type LoopsTemplateName } from '../loops/templates.ts'

/** How long a starting worker waits for Redis before it refuses to start. @default 5000 */
export const WORKER_REDIS_CHECK_MS = 5_000

const context = { service: 'outbox', operation: 'worker-config' }

/** OUTBOX_CONCURRENCY, when the caller passed no `concurrency`: a positive integer or a ConfigError naming it. */
export function concurrencyFromEnv(env: EnvSource): number | undefined {
  const raw = env.OUTBOX_CONCURRENCY
  if (raw === undefined || raw === '') return undefined
  const n = Number(raw)
  if (Number.isInteger(n) && n > 0) return n
  throw new ConfigError(`OUTBOX_CONCURRENCY must be a positive integer (jobs in flight per worker), got "${raw}".`, context)
}

/**
 * What a worker checks before it takes a job: a job it could not possibly deliver (no API key, a template
 * without its transactional id) would go straight to the failed set, so a worker missing any of them refuses
 * to start, naming every missing variable at once. A caller that passes its own `client` owns the key.
 */
export function checkWorkerConfig(options: { client?: unknown; templates?: LoopsEmailsOptions['templates'] }, env: EnvSource): void {
  const loops = readLoopsEnv(env) // throws a ConfigError naming a malformed LOOPS_* variable
  const problems: string[] = []
  if (!options.client && !loops.LOOPS_API_KEY && !loops.LOOPS_DRY_RUN)
    problems.push('LOOPS_API_KEY is not set (Loops → Settings → API), and no `client` was passed')
  for (const name of Object.keys(loopsTemplates) as LoopsTemplateName[]) {
    const { envVar } = loopsTemplates[name]
    if (!options.templates?.[name] && !loops[envVar])
      problems.push(`${envVar} is not set (the transactional id of the ${name} email; or pass templates.${name})`)
  }
  if (problems.length)
    throw new ConfigError(
      `the outbox worker would fail every job it cannot deliver, so it does not start: ${problems.join('; ')}.`,
      context,
    )
}
