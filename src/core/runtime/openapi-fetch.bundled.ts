import createClient, { createFinalURL, createQuerySerializer, defaultPathSerializer } from 'openapi-fetch'
import type { OpenapiFetchApi } from './openapi-fetch.node.ts'

/** openapi-fetch in bundles (`#openapi-fetch` for bundlers): named imports the bundler can see and tree-shake. */
export const openapiFetch: OpenapiFetchApi = { default: createClient, createFinalURL, createQuerySerializer, defaultPathSerializer }
