/**
 * @codebuff/integrations/outbox — Node only (Redis): a durable outbox for the Loops helpers (BullMQ),
 * its workers, a rate limit shared by every process, and a webhook dedupe store. Never imported by
 * the root barrel or any browser/edge path.
 */
// Every error class an enqueue result or a worker's failed job can carry.
export * from '../core/public-errors.ts'
export {
  createOutbox,
  type EnqueueResult,
  type Outbox,
  type OutboxOptions,
  type OutboxResult,
  type OutboxSendOptions,
  type Queued,
} from './outbox.ts'
export { startOutboxWorker, type OutboxWorker, type OutboxWorkerOptions, type OutboxWorkerState } from './worker.ts'
export { serveOutboxHealth, type OutboxHealthOptions, type OutboxHealthServer } from './health.ts'
export { type FailedJob, openOutboxAdmin, type OutboxAdmin, type OutboxCounts } from './admin.ts'
export { createSharedRateLimiter, type SharedRateLimiter, type SharedRateLimiterOptions } from './shared-rate-limiter.ts'
export type { WebhookDedupeStore } from '../core/webhooks/webhook-dedupe.ts'
export { createRedisWebhookDedupeStore, type RedisWebhookDedupeStoreOptions } from './webhook-dedupe.ts'
export type { SerializedError } from './jobs.ts'
