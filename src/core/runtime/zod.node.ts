import { lazyValue } from './lazy-value.ts'
import { nodeRequire } from './node-require.ts'
import type { ZodApi } from './zod-api.ts'

/**
 * zod/mini on Node (`#zod`'s default), required the first time a schema is actually built. It costs
 * ~50 ms, and a cold start's first send needs none of it: env and the hot sends have plain fast paths,
 * so zod loads only to name what is wrong with an input, for a template email's data, or when code
 * reads an exported schema. Synchronous (require), so every schema keeps its synchronous API.
 */
export const z: ZodApi = lazyValue(() => nodeRequire('zod/mini') as ZodApi)
