import { Cluster, type ClusterOptions, Redis, type RedisOptions } from 'ioredis'
import { ConfigError, IntegrationError, NetworkError } from '../core/errors.ts'
import type { Logger } from '../core/observability/logger.ts'
import { watchLiveness } from './liveness.ts'

/** How long a producer or a direct call waits for Redis before it answers "not reachable". @default 2000 */
export const DEFAULT_REDIS_TIMEOUT_MS = 2_000

/** A connection to one Redis server or to a Redis Cluster. */
export type RedisClient = Redis | Cluster

/** `redis-cluster://host:port,host:port` (`redis-clusters://` with TLS): how a cluster travels where a URL does. */
const CLUSTER_URL = /^redis-cluster(s?):\/\/(?:([^@/]*)@)?([^/?#@]+)$/i
export const isClusterUrl = (url: string): boolean => /^redis-clusters?:\/\//i.test(url)

/**
 * Where Redis is: the cluster's nodes (`redisClusterNodes`, else `REDIS_CLUSTER_NODES` unless a
 * `redisUrl` was passed) as a `redis-cluster://` location, with the user, password and TLS of
 * `redisUrl`/`REDIS_URL` when set; else `redisUrl`/`REDIS_URL`; undefined when neither is set.
 */
export function redisLocation(options: { redisUrl?: string | undefined; redisClusterNodes?: string | readonly string[] | undefined }) {
  const nodes = options.redisClusterNodes ?? (options.redisUrl === undefined ? process.env.REDIS_CLUSTER_NODES : undefined)
  const list = (typeof nodes === 'string' ? nodes.split(',') : (nodes ?? [])).map((n) => n.trim()).filter(Boolean)
  const url = options.redisUrl ?? process.env.REDIS_URL
  if (!list.length) return url
  let auth = ''
  let tls = ''
  if (url && URL.canParse(url)) {
    const u = new URL(url)
    if (u.username || u.password) auth = `${u.username}:${u.password}@`
    if (u.protocol === 'rediss:') tls = 's'
  }
  return `redis-cluster${tls}://${auth}${list.join(',')}`
}

interface ClusterTarget {
  nodes: { host: string; port: number }[]
  redisOptions: RedisOptions
}
function parseCluster(url: string): ClusterTarget | undefined {
  const match = CLUSTER_URL.exec(url)
  if (!match) return undefined
  const nodes = match[3]!.split(',').map((node) => {
    const at = node.lastIndexOf(':')
    return { host: node.slice(0, at).replace(/^\[|\]$/g, ''), port: Number(node.slice(at + 1)) }
  })
  if (nodes.some((n) => !n.host || !Number.isInteger(n.port) || n.port < 1 || n.port > 65535)) return undefined
  const [user, password] = (match[2] ?? '').split(':').map(decodeURIComponent)
  return {
    nodes,
    redisOptions: { ...(user ? { username: user } : {}), ...(password ? { password } : {}), ...(match[1] ? { tls: {} } : {}) },
  }
}

/**
 * BullMQ's key prefix: in a cluster every key of a queue must hash to one slot (its Lua scripts touch
 * several keys at once), so the prefix is a hash tag. A single server keeps BullMQ's default (`bull`).
 */
export const queuePrefix = (url: string): { prefix?: string } => (isClusterUrl(url) ? { prefix: '{outbox}' } : {})

/** The connection a BullMQ Worker takes: reconnecting forever (`maxRetriesPerRequest: null`, as BullMQ requires). */
export function workerConnection(url: string): { url: string } | Cluster {
  assertRedisUrl(url)
  const cluster = parseCluster(url)
  if (!cluster) return { url }
  return new Cluster(cluster.nodes, { redisOptions: { ...cluster.redisOptions, maxRetriesPerRequest: null } })
}

/** `redis://host:port/db` without user or password: safe for messages and logs. */
export function describeRedis(url: string): string {
  const cluster = CLUSTER_URL.exec(url)
  if (cluster) return `redis-cluster${cluster[1]}://${cluster[3]}`
  try {
    const u = new URL(url)
    return `${u.protocol}//${u.host}${u.pathname === '/' ? '' : u.pathname}`
  } catch {
    return 'the Redis URL (unparsable)'
  }
}

/**
 * A connection for calls that must answer within a bounded time (producers, the shared limiter,
 * the webhook dedupe store): commands fail at once while disconnected (no offline queue) instead of
 * waiting for a reconnect, and it keeps reconnecting in the background (connecting at once, not
 * lazily: BullMQ gives up on a connection whose first explicit connect failed).
 * Workers use BullMQ's own connections (`maxRetriesPerRequest: null`, as BullMQ requires).
 *
 * The bound is on the connection, not on each command: `watchLiveness` drops a connection that sent
 * nothing back for `timeoutMs` while commands wait, and a dropped connection rejects every command
 * on it at once (`maxRetriesPerRequest: 0`). A per-command `commandTimeout` would count the time a
 * command waits behind thousands of others in ioredis's pipeline: a burst of enqueues on a healthy
 * Redis would be told "could not reach Redis" (issue 19, item 11).
 */
export function fastFailConnection(url: string, logger: Logger, timeoutMs = DEFAULT_REDIS_TIMEOUT_MS): RedisClient {
  const options: RedisOptions = {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: timeoutMs,
    retryStrategy: (times) => Math.min(100 * 2 ** times, 2_000),
  }
  assertRedisUrl(url)
  const cluster = parseCluster(url)
  if (cluster) {
    const clusterOptions: ClusterOptions = {
      enableOfflineQueue: false,
      clusterRetryStrategy: (times) => Math.min(100 * 2 ** times, 2_000),
      slotsRefreshTimeout: timeoutMs,
      redisOptions: { ...options, retryStrategy: undefined, ...cluster.redisOptions } as RedisOptions,
    }
    const client = new Cluster(cluster.nodes, clusterOptions)
    client.on('+node', (node: Redis) => watchLiveness(node, timeoutMs))
    watchErrors(client, url, logger)
    return client
  }
  const redis = new Redis(url, options)
  watchErrors(redis, url, logger)
  watchLiveness(redis, timeoutMs)
  return redis
}

/** A URL ioredis cannot parse is a ConfigError that never quotes it (it may hold the password). */
export function assertRedisUrl(url: string): void {
  let parsed: URL | undefined
  try {
    parsed = new URL(url)
  } catch {}
  if (parsed && (parsed.protocol === 'redis:' || parsed.protocol === 'rediss:')) return
  if (isClusterUrl(url) && parseCluster(url)) return
  throw new ConfigError(
    isClusterUrl(url)
      ? 'REDIS_CLUSTER_NODES (or redisClusterNodes) is not a list of host:port; fix it (it is not shown here).'
      : 'REDIS_URL (or redisUrl) is not a redis:// or rediss:// URL; fix it (it is not shown here: it may hold a password).',
    {
      service: 'redis',
      operation: 'config',
    },
  )
}

/** Logs the first error of each outage (not one line per reconnect attempt); without a listener ioredis prints to stderr. */
export function watchErrors(redis: RedisClient, url: string, logger: Logger): void {
  let down = false
  redis.on('error', (err: Error & { code?: string }) => {
    if (down) return
    down = true
    logger.warn({ redis: describeRedis(url), reason: err.code ?? err.message }, 'Redis unreachable; reconnecting')
  })
  redis.on('ready', () => {
    if (down) logger.info({ redis: describeRedis(url) }, 'Redis reachable again')
    down = false
  })
}

/**
 * Resolves once `redis` is connected, or fails within `timeoutMs` with a retryable NetworkError
 * (never a hang): what a caller needs to answer "try again later".
 */
export async function whenReady(redis: RedisClient, url: string, timeoutMs: number, context: { service: string; operation: string }) {
  if (redis.status === 'ready') return
  let lastError: (Error & { code?: string }) | undefined
  let onError = (_err: Error) => {}
  let onReady = () => {}
  let timer: NodeJS.Timeout | undefined
  try {
    await new Promise<void>((resolve, reject) => {
      onReady = resolve
      // A refused password or user is not an outage: waiting for a reconnect cannot fix it.
      onError = (err: Error) => void (isAuthFailure(err) ? reject(authFailure(url, err, context)) : (lastError = err))
      redis.once('ready', onReady)
      redis.on('error', onError)
      timer = setTimeout(() => reject(unreachable(url, timeoutMs, lastError, context)), timeoutMs)
    })
  } finally {
    clearTimeout(timer)
    redis.off('ready', onReady)
    redis.off('error', onError)
  }
}

const AUTH_FAILURE = /\b(WRONGPASS|NOAUTH|NOPERM)\b/

/** Redis refused the credentials (WRONGPASS, NOAUTH) or the user's rights (NOPERM): a configuration problem. */
export const isAuthFailure = (err: unknown): boolean =>
  typeof (err as Error)?.message === 'string' && AUTH_FAILURE.test((err as Error).message)

/**
 * A ConfigError (not retryable: retrying with the same password cannot succeed) naming what Redis
 * said (WRONGPASS, NOAUTH, NOPERM) and never the password.
 */
export function authFailure(url: string, cause: Error, context: { service: string; operation: string }): ConfigError {
  const code = AUTH_FAILURE.exec(cause.message)?.[1] ?? 'NOAUTH'
  const why =
    code === 'NOPERM'
      ? "the Redis user lacks a permission the outbox needs (its ACL must allow BullMQ's commands and scripts)"
      : code === 'WRONGPASS'
        ? 'the user or password in REDIS_URL is wrong'
        : 'Redis requires a password and REDIS_URL has none'
  return new ConfigError(
    `[${context.operation}] Redis at ${describeRedis(url)} refused this client (${code}): ${why}. ` +
      'Fix REDIS_URL or the ACL; retrying will not help.',
    // Redis's own words only (they name a user or command, never the password); not ioredis's error, which holds AUTH's arguments.
    { ...context, cause: new Error(cause.message.slice(0, 300)) },
  )
}

export function unreachable(
  url: string,
  timeoutMs: number,
  cause: (Error & { code?: string }) | undefined,
  context: { service: string; operation: string },
): NetworkError {
  const reason = cause ? ` (${cause.code ?? cause.message})` : ''
  return new NetworkError(
    `[${context.operation}] could not reach Redis at ${describeRedis(url)} within ${timeoutMs} ms${reason}. ` +
      'Check REDIS_URL and that Redis is up, then try again.',
    // A copy, not ioredis's error: that one carries the command (AUTH's password included).
    { ...context, attempts: 1, ...(cause ? { cause: new Error(cause.code ?? cause.message) } : {}) },
  )
}

/** Runs one Redis call on a fast-fail connection; any Redis failure becomes a retryable NetworkError. */
export function redisCall<T>(
  redis: RedisClient,
  url: string,
  timeoutMs: number,
  context: { service: string; operation: string },
  run: () => Promise<T>,
): Promise<T> {
  // Connected (the usual case): straight to the command, no extra await on the enqueue path.
  const pending = redis.status === 'ready' ? run() : whenReady(redis, url, timeoutMs, context).then(run)
  return pending.catch((err: Error) => {
    if (err instanceof IntegrationError) throw err
    if (isAuthFailure(err)) throw authFailure(url, err, context)
    // Redis answered with an error (a script bug, a wrong type): not an outage, say it as it is.
    if (err?.name === 'ReplyError') throw err
    throw unreachable(url, timeoutMs, err, context)
  })
}
