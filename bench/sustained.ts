import { pino } from 'pino'
import { createLoopsClient } from '../src/loops/index.js'
import { startLoopsStandIn } from '../src/testing/index.js'

export interface SustainedFigures {
  sends: number
  limitPerSecond: number
  delivered: number
  failed: number
  lost: number
  duplicates: number
  status429: number
  achievedPerSecond: number
  shareOfLimit: number
  seconds: number
}

/**
 * `sends` emails queued at once through a client limited to the vendor's rate, against the stand-in
 * enforcing the same rate with 429s. Every send has its own idempotency key, so a duplicate email
 * would show as two accepted emails with one key.
 */
export async function measureSustained(sends: number, limitPerSecond: number): Promise<SustainedFigures> {
  const standIn = await startLoopsStandIn({ rateLimit: { requestsPerSecond: limitPerSecond } })
  const client = createLoopsClient({
    baseUrl: standIn.url,
    apiKey: standIn.apiKey,
    rateLimit: { requestsPerSecond: limitPerSecond },
    logger: pino({ level: 'silent' }),
    maxRetries: 5,
  })
  const started = performance.now()
  try {
    const results = await Promise.allSettled(
      Array.from({ length: sends }, (_, i) =>
        client.sendTransactionalEmail({ transactionalId: 'tpl_bench', email: `user${i}@example.com` }, { idempotencyKey: `bench-${i}` }),
      ),
    )
    const seconds = (performance.now() - started) / 1000
    const byKey = new Map<string, number>()
    for (const email of standIn.sent) byKey.set(email.idempotencyKey ?? '', (byKey.get(email.idempotencyKey ?? '') ?? 0) + 1)
    const delivered = new Set(standIn.sent.map((e) => e.idempotencyKey)).size
    const accepted = standIn.requests.filter((r) => r.outcome === 200).map((r) => r.at)
    const span = (Math.max(...accepted) - Math.min(...accepted)) / 1000
    const achieved = accepted.length > 1 ? (accepted.length - 1) / span : NaN
    return {
      sends,
      limitPerSecond,
      delivered,
      failed: results.filter((r) => r.status === 'rejected').length,
      lost: sends - delivered,
      duplicates: [...byKey.values()].reduce((n, c) => n + c - 1, 0),
      status429: standIn.requests.filter((r) => r.outcome === 429).length,
      achievedPerSecond: achieved,
      shareOfLimit: achieved / limitPerSecond,
      seconds,
    }
  } finally {
    await standIn.close()
  }
}
