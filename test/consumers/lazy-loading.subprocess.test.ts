// A cold start pays only for what its first call needs: measured in a fresh Node process, step by step.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'
import { repoRoot } from '../helpers/temp-repo.js'

it('import and a first send (client or helper) load no zod, pino or openapi-fetch; each loads when something needs it, and behaves as before', async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'test/consumers/lazy-loading-child.mjs'],
    { cwd: repoRoot, env: { ...process.env, LOG_LEVEL: 'info' } },
  )
  const lines = stdout.trim().split('\n')
  const steps = JSON.parse(lines.at(-1)!)
  expect(steps.import).toEqual({ zod: false, pino: false, openapiFetch: false })
  expect(steps.firstSend).toEqual({ zod: false, pino: false, openapiFetch: false })
  // The helpers too: plainly valid template data takes the zod-free parse.
  expect([steps.invitation, steps.afterInvitation]).toEqual([true, { zod: false, pino: false, openapiFetch: false }])
  // The retry writes a warn line: pino is required then, and writes it as before (pino's own fields).
  expect(steps.afterRetry).toEqual({ zod: false, pino: true, openapiFetch: false })
  const warn = JSON.parse(lines.find((l) => l.includes('"retrying"'))!)
  expect(warn).toMatchObject({
    level: 40,
    name: '@codebuff/integrations',
    service: 'loops',
    msg: 'retrying',
    pid: expect.any(Number),
  })
  // A bad input needs zod to name what is wrong; exported schemas work synchronously as before.
  expect(steps.invalid).toMatch(/^ValidationError: .*email: must be an email address/)
  expect(steps.afterInvalid.zod).toBe(true)
  expect(steps.exportedSchema).toBe(false)
  // Query parameters are serialized by openapi-fetch, required on that first use.
  expect(steps.afterQuery.openapiFetch).toBe(true)
}, 30_000)
