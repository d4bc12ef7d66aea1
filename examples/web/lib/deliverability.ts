/**
 * The app's own record of addresses it must stop mailing: business logic, so it lives in the app, not
 * in @codebuff/integrations. A Map stands in for the users table (`UPDATE users SET undeliverable_reason …`).
 */
export type UndeliverableReason = 'hard-bounce' | 'spam-report' | 'unsubscribed'

const undeliverable = new Map<string, { reason: UndeliverableReason; at: Date }>()

/** Idempotent: marking the same address twice keeps the first reason. */
export async function markUndeliverable(email: string, reason: UndeliverableReason): Promise<void> {
  const key = email.trim().toLowerCase()
  if (!undeliverable.has(key)) undeliverable.set(key, { reason, at: new Date() })
}

/** What support sees, and what the senders check before emailing. */
export async function undeliverableReason(email: string): Promise<UndeliverableReason | undefined> {
  return undeliverable.get(email.trim().toLowerCase())?.reason
}

export function forgetUndeliverable(): void {
  undeliverable.clear()
}
