import { defaultLogger, type Logger } from '../core/observability/logger.ts'
import type { WebhookDedupeStore } from '../core/webhooks/webhook-dedupe.ts'
import { DEFAULT_REDIS_TIMEOUT_MS, fastFailConnection, redisCall, redisLocation } from './redis.ts'

export interface RedisWebhookDedupeStoreOptions {
  /** @default process.env.REDIS_URL */
  redisUrl?: string | undefined
  /**
   * Redis Cluster seed nodes (`['host:port', …]` or `'host:port,host:port'`); credentials and TLS from
   * `redisUrl`/REDIS_URL if set. @default process.env.REDIS_CLUSTER_NODES (unless `redisUrl` is passed)
   */
  redisClusterNodes?: string | readonly string[]
  /** @default 'integrations:webhook' */
  prefix?: string
  /** How long a call waits for an unreachable Redis before rejecting (retryable NetworkError). @default 2000 */
  redisTimeoutMs?: number
  logger?: Logger
}

/**
 * A `WebhookDedupeStore` for `createLoopsWebhookHandler({ seen })` shared by every instance:
 * `SET NX PX` claims atomically (one instance wins a redelivery race), `DEL` releases. Calls reject
 * with a retryable NetworkError when Redis is down: answer the vendor 5xx so it redelivers later.
 */
export function createRedisWebhookDedupeStore(
  options: RedisWebhookDedupeStoreOptions = {},
): WebhookDedupeStore & { close(): Promise<void> } {
  const url = redisLocation(options)
  if (!url) throw new RangeError('createRedisWebhookDedupeStore needs redisUrl (or REDIS_URL, REDIS_CLUSTER_NODES)')
  const timeoutMs = options.redisTimeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS
  const redis = fastFailConnection(url, (options.logger ?? defaultLogger()).child({ component: 'webhook-dedupe' }), timeoutMs)
  const prefix = options.prefix ?? 'integrations:webhook'
  const context = (operation: string) => ({ service: 'redis', operation })
  return {
    async claim(id, ttlMs) {
      const set = await redisCall(redis, url, timeoutMs, context('webhookDedupe.claim'), () =>
        redis.set(`${prefix}:${id}`, '1', 'PX', Math.max(1, Math.ceil(ttlMs)), 'NX'),
      )
      return set === 'OK'
    },
    async release(id) {
      await redisCall(redis, url, timeoutMs, context('webhookDedupe.release'), () => redis.del(`${prefix}:${id}`))
    },
    async close() {
      redis.disconnect()
    },
  }
}
