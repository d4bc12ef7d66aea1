/** The transactional id of each helper's template in the tests: a worker refuses to start without all three. */
export const TEMPLATE_IDS = { basic: 'tpl_basic', invitation: 'tpl_invitation', welcome: 'tpl_welcome' } as const

/** The Loops env of a worker talking to a stand-in: its URL and key, and every template's id. */
export function workerLoopsEnv(standIn: { url: string; apiKey: string }, baseUrl = standIn.url) {
  return {
    LOOPS_BASE_URL: baseUrl,
    LOOPS_API_KEY: standIn.apiKey,
    LOOPS_TEMPLATE_INVITATION: TEMPLATE_IDS.invitation,
    LOOPS_TEMPLATE_WELCOME: TEMPLATE_IDS.welcome,
    LOOPS_TEMPLATE_BASIC: TEMPLATE_IDS.basic,
  }
}
