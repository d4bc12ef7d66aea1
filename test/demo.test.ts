import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { repoRoot } from './helpers/temp-repo.js'

const run = (args: string[], env: Record<string, string> = {}) =>
  promisify(execFile)(process.execPath, ['--conditions=source', '--import', 'tsx', 'scripts/demo.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  )

describe('npm run demo (the quick start main job)', () => {
  it('prints the table from the local stand-in and exits 0', async () => {
    const { code, stdout } = await run([])
    expect(code).toBe(0)
    expect(stdout).toMatch(/welcome email\s+a\*\*\*@example\.com\s+welcome\s+1\s+\d+\s+sent/)
    expect(stdout).toMatch(/invitation \(503 injected once\)\s+\S+\s+invitation\s+2\s+\d+\s+sent/)
    expect(stdout).toMatch(/invitation re-run \(same key\).+already sent \(not sent again\)/)
    expect(stdout).toContain('The stand-in accepted 3 email(s) and 1 event(s); 6 requests, 0 failed spec validation.')
    expect(stdout).not.toContain('ada.lovelace@')
  }, 30_000)

  it('--live without a key says exactly what to set, sends nothing, exits 2', async () => {
    const { code, stderr } = await run(['--live'], { LOOPS_API_KEY: '', LOOPS_TEMPLATE_WELCOME: '', DEMO_TO: '' })
    expect(code).toBe(2)
    expect(stderr).toMatch(/Set these environment variables first:\n {2}LOOPS_API_KEY/)
    expect(stderr).toContain('DEMO_TO')
  }, 30_000)
})
