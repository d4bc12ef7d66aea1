import { execFile, spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { createLoopsClient, createLoopsEmails } from '@codebuff/integrations/loops'
import { repoRoot } from '../helpers/temp-repo.js'

const args = (...rest: string[]) => ['--conditions=source', '--import', 'tsx', 'scripts/stand-in.ts', ...rest]
const env = { ...process.env, LOOPS_TEMPLATE_INVITATION: '', LOOPS_TEMPLATE_WELCOME: '', LOOPS_TEMPLATE_BASIC: '' }

const runToEnd = (...rest: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(process.execPath, args(...rest), { cwd: repoRoot, env, timeout: 20_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    ),
  )

describe('npm run stand-in', () => {
  it('--help prints the usage, --api-key included, and exits 0 without starting a server', async () => {
    const { code, stdout } = await runToEnd('--help')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^usage: npm run stand-in/)
    expect(stdout).toContain('--api-key K')
    expect(stdout).not.toContain('listening')
  }, 20_000)

  it('an unknown option or a bad number exits 1 naming it, with the usage', async () => {
    const unknown = await runToEnd('--prot', '80')
    expect([unknown.code, unknown.stderr]).toEqual([1, expect.stringContaining("Unknown option '--prot'")])
    const bad = await runToEnd('--rate-limit', 'fast')
    expect([bad.code, bad.stderr]).toEqual([1, expect.stringMatching(/--rate-limit must be a whole number ≥ 1, got "fast"[\s\S]*usage:/)])
  }, 20_000)

  it('prints every env var the client and the helpers need; pasted, they send an invitation through it', async () => {
    const child = spawn(process.execPath, args('loops', '--api-key', 'k_cli_fixed'), { cwd: repoRoot, env })
    try {
      let out = ''
      child.stdout.on('data', (d) => (out += d))
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', () => out.includes('Ctrl-C') && resolve())
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)))
      })
      const printed = Object.fromEntries([...out.matchAll(/export (\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]))
      expect(Object.keys(printed).sort()).toEqual([
        'LOOPS_API_KEY',
        'LOOPS_BASE_URL',
        'LOOPS_TEMPLATE_BASIC',
        'LOOPS_TEMPLATE_INVITATION',
        'LOOPS_TEMPLATE_WELCOME',
        'LOOPS_WEBHOOK_SECRET',
      ])
      expect(printed.LOOPS_API_KEY).toBe('k_cli_fixed')

      const emails = createLoopsEmails({ client: createLoopsClient({ env: printed, rateLimit: false }), env: printed })
      const result = await emails.sendInvitationEmail({
        email: 'ada@example.com',
        firstName: 'Ada',
        organizationName: 'Analytical Engines',
        inviterName: 'Charles',
        invitationUrl: 'https://app.example.com/invite/1',
      })
      expect(result.ok).toBe(true)
      await expect.poll(() => out).toContain('POST /v1/transactional → 200')
    } finally {
      child.kill('SIGTERM')
    }
  }, 30_000)
})
