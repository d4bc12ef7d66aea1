import { createIORedisClient, type IRedisClient } from 'bullmq'
import type { Cluster, Redis } from 'ioredis'
import type { Logger } from '../core/observability/logger.ts'

/**
 * A job id that sits in the failed set is replaced by the next add of that id (a corrected re-send),
 * while an id that is waiting, active or completed is kept as is (BullMQ ignores an add whose id
 * exists). Done inside BullMQ's own add script, so an enqueue stays one Redis command, like a bare
 * `queue.add` (a separate `ZSCORE` per enqueue cost 1.32× a bare add at p50; this, ≤ 1.15×).
 *
 * How, through BullMQ's public client adapter (`IRedisClient`), not its files: BullMQ registers each
 * Lua script with `client.defineCommand(name, { numberOfKeys, lua })` and runs it with `runCommand`.
 * The connection handed to the Queue defines `addStandardJob:<version>` with {@link REPLACE_FAILED}
 * in front, when the script BullMQ hands over still has the layout that snippet relies on
 * ({@link fitsReplacement}). If not (a BullMQ upgrade changed it), the script is defined unchanged and
 * `mode()` says `'zscore'`: the outbox then checks the failed set with a separate command, as before,
 * and `test/outbox/failed-replace.subprocess.test.ts` fails until this file is brought up to date.
 *
 * Only `addStandardJob` is touched: the outbox's job options (no delay, priority or parent) never pick
 * BullMQ's other add scripts; a test checks that a corrected re-send replaces a failed job.
 */

/** BullMQ's script for a job without delay, priority or parent. */
export const ADD_SCRIPT = 'addStandardJob'

/**
 * Runs before BullMQ's add script, in the same call (atomic). ARGV[1] is BullMQ's msgpacked argument
 * list: [1] the queue's key prefix (`bull:loops-outbox:`, hash-tagged on a cluster so every key is in
 * one slot), [2] the job id. KEYS[3] is the queue's meta hash, KEYS[8] its event stream. A failed job
 * of that id is removed the way BullMQ's removeJob does it (same keys, same `removed` event); BullMQ's
 * script then finds no job of that id and adds the new one.
 */
export const REPLACE_FAILED = `
-- @codebuff/integrations outbox: an add whose id is in the failed set replaces that job.
do
  local outboxArgs = cmsgpack.unpack(ARGV[1])
  local outboxId = outboxArgs[2]
  local outboxFailed = outboxArgs[1] .. "failed"
  if outboxId ~= "" and redis.call("ZSCORE", outboxFailed, outboxId) then
    local outboxJob = outboxArgs[1] .. outboxId
    redis.call("ZREM", outboxFailed, outboxId)
    redis.call("DEL", outboxJob, outboxJob .. ":logs", outboxJob .. ":dependencies",
      outboxJob .. ":processed", outboxJob .. ":failed", outboxJob .. ":unsuccessful")
    local maxEvents = tonumber(redis.call("HGET", KEYS[3], "opts.maxLenEvents")) or 10000
    redis.call("XADD", KEYS[8], "MAXLEN", "~", maxEvents, "*", "event", "removed", "jobId", outboxId, "prev", "failed")
  end
end
`

/** What {@link REPLACE_FAILED} takes for granted in BullMQ's add script; each line must appear verbatim. */
export const ADD_SCRIPT_LAYOUT = [
  "KEYS[3] 'meta'",
  'KEYS[8] events stream key',
  'local args = cmsgpack.unpack(ARGV[1])',
  'jobId = args[2]',
  'jobIdKey = args[1] .. jobId',
  'if rcall("EXISTS", jobIdKey) == 1 then',
] as const

interface ScriptDefinition {
  numberOfKeys: number
  lua: string
  readOnly?: boolean
}

/** Whether BullMQ's add script still has the layout {@link REPLACE_FAILED} relies on. */
export const fitsReplacement = (definition: ScriptDefinition): boolean =>
  definition.numberOfKeys === 9 && ADD_SCRIPT_LAYOUT.every((line) => definition.lua.includes(line))

export interface FailedReplacement {
  /** The connection to give the Queue: the same client, whose add script replaces failed jobs. */
  connection: IRedisClient
  /**
   * `'script'`: every add replaces a failed job of its id itself. `'zscore'`: it does not (BullMQ's
   * script changed, or was never defined on this connection); the caller checks the failed set.
   * `undefined` until the Queue's connection has loaded its scripts (`queue.waitUntilReady()`).
   */
  mode(): 'script' | 'zscore' | undefined
  /** Called once the Queue is ready: a script BullMQ never defined means `'zscore'`. */
  settle(): void
}

/** Wraps `redis` for a BullMQ Queue so that its add script replaces a job of the same id in the failed set. */
export function replaceFailedOnAdd(redis: Redis | Cluster, logger?: Logger): FailedReplacement {
  let mode: 'script' | 'zscore' | undefined
  const defineCommand = (name: string, definition: ScriptDefinition) => {
    if (name.startsWith(`${ADD_SCRIPT}:`)) {
      const fits = fitsReplacement(definition)
      mode = fits ? 'script' : 'zscore'
      if (fits) definition = { ...definition, lua: REPLACE_FAILED + definition.lua }
      else
        logger?.warn({ script: name }, 'BullMQ changed its add script: the outbox checks the failed set with a separate ZSCORE per enqueue')
    }
    redis.defineCommand(name, definition)
  }
  // BullMQ's own adapter for the client (what the Queue would build from it), with only the script
  // registration changed; everything else reads through to it.
  const adapter = createIORedisClient(redis)
  const connection = new Proxy(adapter, {
    get: (target, prop) => (prop === 'defineCommand' ? defineCommand : Reflect.get(target, prop)),
  })
  return {
    connection,
    mode: () => mode,
    settle() {
      mode ??= 'zscore'
    },
  }
}
