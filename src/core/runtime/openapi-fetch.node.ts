import { lazyValue } from './lazy-value.ts'
import { nodeRequire } from './node-require.ts'

/** The openapi-fetch functions the package calls (bundles import exactly these). */
export type OpenapiFetchApi = Pick<
  typeof import('openapi-fetch'),
  'default' | 'createFinalURL' | 'createQuerySerializer' | 'defaultPathSerializer'
>

/**
 * openapi-fetch on Node (`#openapi-fetch`'s default), required on first use: a send without path or
 * query parameters never needs it, and loading it at import is a tenth of a cold start's import time.
 */
export const openapiFetch: OpenapiFetchApi = lazyValue(() => nodeRequire('openapi-fetch') as OpenapiFetchApi)
