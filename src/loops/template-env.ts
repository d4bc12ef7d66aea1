/**
 * `invitation` → `LOOPS_TEMPLATE_INVITATION`; `Sign up confirmation` → `LOOPS_TEMPLATE_SIGN_UP_CONFIRMATION`:
 * the env var that holds a template's transactional id in this environment. On its own (no generated
 * import) so `npm run templates -- pull` runs even before generated/loops-templates.ts exists.
 */
export const templateEnvVar = (name: string): string =>
  `LOOPS_TEMPLATE_${
    name
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'UNNAMED'
  }`
