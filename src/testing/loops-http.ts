import { createOpenApiHttp } from 'openapi-msw'
import type { paths } from '../../generated/loops.ts'
import { LOOPS_DEFAULT_BASE_URL } from '../loops/config.ts'

/**
 * msw's `http`, typed by the Loops spec (openapi-msw): paths, params, bodies and responses are
 * checked against generated/loops.ts. For one-off overrides in a test:
 *
 * @example
 * server.use(loopsHttp.post('/v1/transactional', ({ response }) => response(400).json({ success: false, message: 'Not published' })))
 */
export const loopsHttp = createOpenApiHttp<paths>({ baseUrl: LOOPS_DEFAULT_BASE_URL })
