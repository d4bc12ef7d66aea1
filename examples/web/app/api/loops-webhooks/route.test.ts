import { build } from 'esbuild'
import { runInNewContext } from 'node:vm'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { mockLoops, type LoopsFake } from '@codebuff/integrations/testing'
import { forgetUndeliverable, undeliverableReason } from '../../../lib/deliverability.js'
import { POST } from './route.js'

let loops: LoopsFake
beforeAll(() => {
  loops = mockLoops()
  // Configured the way the app is in production: the secret from env, read per request.
  vi.stubEnv('LOOPS_WEBHOOK_SECRET', loops.webhookSecret)
})
afterEach(() => forgetUndeliverable())
afterAll(async () => {
  vi.unstubAllEnvs()
  await loops.close()
})

const ada = { id: 'c_ada', email: 'ada@example.com', userId: 'u_ada' }

describe('examples/web: POST /api/loops-webhooks', () => {
  it('a hard bounce marks the address undeliverable', async () => {
    const response = await POST(await loops.webhookRequest('email.hardBounced', { contactIdentity: ada }))
    expect(response.status).toBe(200)
    expect(await undeliverableReason('ada@example.com')).toBe('hard-bounce')
  })

  it('a delivery that is not signed by Loops changes nothing', async () => {
    const forged = await loops.webhookRequest('email.hardBounced', { contactIdentity: ada }, { secret: 'whsec_Zm9yZ2VkLXNlY3JldA==' })
    expect((await POST(forged)).status).toBe(401)
    expect(await undeliverableReason('ada@example.com')).toBeUndefined()
  })

  it('other events are acknowledged without marking anyone', async () => {
    expect((await POST(await loops.webhookRequest('email.delivered', { contactIdentity: ada }))).status).toBe(200)
    expect(await undeliverableReason('ada@example.com')).toBeUndefined()
  })

  it('bundles for the edge runtime (Web Crypto, no node:crypto) and verifies there', async () => {
    const result = await build({
      entryPoints: [new URL('./route.ts', import.meta.url).pathname],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'entry',
      platform: 'browser',
      conditions: ['edge-light', 'worker', 'source'],
      logLevel: 'silent',
    })
    const code = result.outputFiles[0]!.text
    expect(code).not.toMatch(/node:crypto|createHmac|pino/)
    const edge = {
      Request,
      Response,
      Headers,
      TextEncoder,
      TextDecoder,
      crypto,
      atob,
      btoa,
      URL,
      structuredClone,
      setTimeout,
      clearTimeout,
    }
    const quiet = { log() {}, info() {}, warn() {}, error() {}, debug() {} }
    const context: Record<string, any> = { ...edge, process: { env: { LOOPS_WEBHOOK_SECRET: loops.webhookSecret } }, console: quiet }
    runInNewContext(code, context)
    const response: Response = await context.entry.POST(await loops.webhookRequest('email.spamReported', { contactIdentity: ada }))
    expect(response.status).toBe(200)
  })
})
