/**
 * Browser code (a client component's logic) importing the package barrel: safe, it reads no env and
 * creates nothing at import. Error classes and types are usable on the client; clients are not.
 */
import { createLoopsClient, IntegrationError } from '@codebuff/integrations'
import type { InviteState } from './actions.js'

/** Turns a server action's failure into a message (shows the barrel's error classes work in the browser). */
export function describeFailure(error: unknown): string {
  return error instanceof IntegrationError && error.retryable ? 'Temporarily unavailable, try again.' : 'Something went wrong.'
}

/** What happens if browser code tries to build the server client: the guard refuses. */
export function tryToCreateServerClient(): string {
  try {
    createLoopsClient()
    return 'created'
  } catch (error) {
    return (error as Error).message
  }
}

/** The server action's result type is shared with the client. */
export const isDone = (state: InviteState) => state.status === 'sent' || state.status === 'already-sent'
