import type * as Zod from 'zod/mini'

/**
 * The zod/mini functions the package calls, and nothing else: bundles import exactly these (so the
 * bundler keeps only what they use), Node requires zod on first use. Using another one is a type error
 * until it is added here and to zod.bundled.ts.
 */
export type ZodApi = Pick<
  typeof Zod,
  | '_default'
  | 'boolean'
  | 'custom'
  | 'email'
  | 'extend'
  | 'minLength'
  | 'object'
  | 'optional'
  | 'pipe'
  | 'refine'
  | 'regex'
  | 'string'
  | 'transform'
  | 'trim'
  | 'url'
>
