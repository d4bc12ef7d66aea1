import { execFile, spawn } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { createLoopsClient, createLoopsEmails } from '@codebuff/integrations/loops'
import { repoRoot } from '../helpers/temp-repo.js'

const args = (...rest: string[]) => ['--conditions=source', '--import', 'tsx', 'scripts/stand-in.ts', ...rest]
const env = { ...process.env, LOOPS_TEMPLATE_INVITATION: '', LOOPS_TEMPLATE_WELCOME: '', LOOPS_TEMPLATE_BASIC: '' }

/** Starts the CLI stand-in and resolves its startup output once it is listening. */
async function startCli(...rest: string[]) {
  const child = spawn(process.execPath, args(...rest), { cwd: repoRoot, env })
  const output = { text: '' }
  child.stdout.on('data', (d) => (output.text += d))
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => output.text.includes('Ctrl-C') && resolve())
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${output.text}`)))
  })
  return { child, output }
}

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
      // No --templates: it still says which ids it takes (the helpers'); any other gets Loops' 404.
      expect(out).toContain('Transactional ids it knows (any other → 404, as Loops answers):')
      expect(out).toContain('  tpl_invitation  invitation (variables not checked: not in --templates)')

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

  it('--templates: the startup output says which ids it knows, and the log names the template and the masked recipient', async () => {
    const { child, output } = await startCli('loops', '--api-key', 'k_tpl', '--templates', 'test/fixtures/loops-templates.json')
    try {
      expect(output.text).toContain('Transactional ids it knows (any other → 404, as Loops answers):')
      expect(output.text).toContain('  tpl_basic  basic (subject, message)')
      const url = /export LOOPS_BASE_URL=(\S+)/.exec(output.text)![1]!
      const loops = createLoopsClient({ baseUrl: url, apiKey: 'k_tpl', rateLimit: false, maxRetries: 0 })
      const refused = await loops
        .sendTransactionalEmail({ transactionalId: 'tpl_basic', email: 'ada@example.com', dataVariables: { subject: 'Hi' } })
        .catch((e: Error) => e.message)
      expect(refused).toContain('Missing required data variable(s): message')
      await loops.sendTransactionalEmail({ transactionalId: 'tpl_unknown', email: 'grace@example.com' }).catch(() => {})
      await expect.poll(() => output.text).toContain('POST /v1/transactional → 400  basic → a***@example.com')
      await expect.poll(() => output.text).toContain('POST /v1/transactional → 404  unknown id tpl_unknown → g***@example.com')
      expect(output.text).not.toContain('ada@example.com')
    } finally {
      child.kill('SIGTERM')
    }
  }, 30_000)

  it('a --templates file that is not a list of templates exits 1 with one line', async () => {
    const { code, stderr } = await runToEnd('loops', '--templates', 'package.json')
    expect([code, stderr.split('\n')[0]]).toEqual([
      1,
      'stand-in: --templates package.json: expected a JSON array of { id, name, dataVariables }',
    ])
  }, 20_000)

  it('--deliver --id sends that webhook-id, so a duplicate delivery can be tried from a shell', async () => {
    const ids: string[] = []
    const server = createServer((req, res) => {
      ids.push(String(req.headers['webhook-id']))
      req.resume().on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const route = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
      const first = await runToEnd('loops', '--deliver', route, '--id', 'msg_repeat')
      const second = await runToEnd('loops', '--deliver', route, '--id', 'msg_repeat')
      expect([first.code, second.code]).toEqual([0, 0])
      expect(second.stdout).toContain('(webhook-id msg_repeat) → 200')
      expect(ids).toEqual(['msg_repeat', 'msg_repeat'])
    } finally {
      server.close()
    }
  }, 30_000)
})
