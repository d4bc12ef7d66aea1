/**
 * The production image: a monorepo copied without dist/ (the package's tracked files as a workspace, an app
 * workspace depending on it), installed with `npm ci --omit=dev` (no devDependencies: no tsx, no vitest),
 * then run by plain node from the app's workspace. The lockfile is the package's own, rewritten for the
 * monorepo, so the install uses the versions this repo pins (tarballs from the warm npm cache).
 */
import { execFile, execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type LoopsStandIn, startLoopsStandIn } from '../../src/testing/index.js'
import { type RedisServer, startRedisServer } from '../helpers/redis-server.js'
import { repoRoot } from '../helpers/temp-repo.js'

let dir: string
let install: { code: number; out: string }
let standIn: LoopsStandIn
let redis: RedisServer
const app = () => join(dir, 'apps/worker')
const pkg = () => join(dir, 'packages/integrations')

function run(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}, timeout = 60_000) {
  const clean: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env))
    if (!/^(LOOPS_|NODE_OPTIONS|VITEST|npm_|REDIS_URL)/.test(name)) clean[name] = value
  return new Promise<{ code: number; out: string; stderr: string }>((resolve) => {
    execFile(command, args, { cwd, env: { ...clean, LOG_LEVEL: 'silent', ...env }, timeout }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) || 1 : 0, out: `${stdout}${stderr}`, stderr }),
    )
  })
}

/** The package's lockfile, its root entry moved to packages/integrations, plus the app workspace and the two links. */
async function monorepoLockfile(): Promise<object> {
  const lock = JSON.parse(await readFile(join(repoRoot, 'package-lock.json'), 'utf8'))
  const { '': own, ...installed } = lock.packages
  const workspaces = ['packages/integrations', 'apps/worker']
  return {
    name: 'production-monorepo',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'production-monorepo', workspaces },
      'apps/worker': { name: 'worker-app', version: '1.0.0', dependencies: { '@codebuff/integrations': '*' } },
      'packages/integrations': own,
      'node_modules/@codebuff/integrations': { resolved: 'packages/integrations', link: true },
      'node_modules/worker-app': { resolved: 'apps/worker', link: true },
      ...installed,
    },
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'integrations-production-'))
  // What `git clone` (or a Docker COPY of a checkout) gives: tracked files (and new ones not ignored), no dist/.
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' })
  for (const file of files.split('\0').filter(Boolean)) {
    if (file === 'package-lock.json' || !existsSync(join(repoRoot, file))) continue
    await mkdir(dirname(join(pkg(), file)), { recursive: true })
    await cp(join(repoRoot, file), join(pkg(), file))
  }
  const workspaces = ['packages/integrations', 'apps/worker']
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'production-monorepo', private: true, workspaces }))
  await mkdir(app(), { recursive: true })
  const appPackage = {
    name: 'worker-app',
    version: '1.0.0',
    private: true,
    type: 'module',
    dependencies: { '@codebuff/integrations': '*' },
  }
  await writeFile(join(app(), 'package.json'), JSON.stringify(appPackage))
  await writeFile(join(dir, 'package-lock.json'), JSON.stringify(await monorepoLockfile()))
  install = await run(dir, 'npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], {}, 600_000)
  standIn = await startLoopsStandIn({ templateIds: { invitation: 'tpl_invitation' } })
  redis = await startRedisServer()
}, 660_000)

afterAll(async () => {
  await standIn?.close()
  await redis?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

const loopsEnv = () => ({ LOOPS_API_KEY: standIn.apiKey, LOOPS_BASE_URL: standIn.url, LOOPS_TEMPLATE_INVITATION: 'tpl_invitation' })
const invite = (key: string) => `
  const { sendInvitationEmail } = await import('@codebuff/integrations/loops')
  const data = { email: 'ada@example.com', firstName: 'Ada', organizationName: 'Engines', inviterName: 'Charles', invitationUrl: 'https://example.com/i' }
  const r = await sendInvitationEmail(data, { idempotencyKey: '${key}' })
  console.log(r.ok ? 'sent' : r.error.message)`

describe('npm ci --omit=dev of a monorepo copied without dist/', () => {
  it('succeeds, installs no devDependency, and builds what plain node runs', () => {
    expect(install.code, install.out).toBe(0)
    expect(existsSync(join(dir, 'node_modules/vitest')) || existsSync(join(dir, 'node_modules/tsx'))).toBe(false)
    expect(existsSync(join(pkg(), 'dist/node/loops.js'))).toBe(true)
  })

  it('plain node in the app workspace imports every runtime entry and sends', async () => {
    const script = `
      for (const entry of ['', '/loops', '/stripe', '/outbox']) {
        const m = await import('@codebuff/integrations' + entry)
        if (Object.keys(m).length === 0) throw new Error('empty ' + entry)
      }
      ${invite('inv_production')}`
    const result = await run(app(), process.execPath, ['--input-type=module', '-e', script], loopsEnv())
    expect(result.out).toBe('sent\n')
    expect(standIn.sent.filter((e) => e.idempotencyKey === 'inv_production')).toHaveLength(1)
  })

  it('a stack trace names src/*.ts lines, with no flag, and no line of minified bundle', async () => {
    const script =
      "const { createLoopsClient } = await import('@codebuff/integrations/loops'); createLoopsClient({ apiKey: 'k', timeoutMs: Infinity })"
    const result = await run(app(), process.execPath, ['--input-type=module', '-e', script])
    expect(result.code).toBe(1)
    const frames = result.stderr.split('\n').filter((line) => line.startsWith('    at '))
    expect(frames[0]).toMatch(/at checkClientOptions \(.*packages\/integrations\/src\/core\/http\/client-options\.ts:\d+:\d+\)/)
    expect(frames).toContainEqual(
      expect.stringMatching(/at createLoopsClient \(.*packages\/integrations\/src\/loops\/client\.ts:\d+:\d+\)/),
    )
    expect(frames.filter((line) => line.includes('dist/node/'))).toEqual([])
    // Node prints the line an uncaught error was thrown from: a line of code, not 64 KB of bundle.
    expect(Math.max(...result.stderr.split('\n').map((line) => line.length))).toBeLessThan(300)
  })

  it('a source edited after the build: the import throws before anything is sent (no send, then exit 1)', async () => {
    const edited = join(pkg(), 'src/loops/emails.ts')
    const before = await stat(edited)
    await utimes(edited, new Date(), new Date())
    try {
      const result = await run(app(), process.execPath, ['--input-type=module', '-e', invite('inv_stale')], loopsEnv())
      expect(result.code).not.toBe(0)
      expect(result.out).toContain('StaleBuildError')
      expect(result.out).toContain('dist/ is older than src/loops/emails.ts')
      expect(result.out).not.toContain('sent')
      expect(standIn.sent.filter((e) => e.idempotencyKey === 'inv_stale')).toEqual([])
    } finally {
      await utimes(edited, before.atime, before.mtime)
    }
  })

  it('the codebuff-outbox bin runs from the app workspace with plain node (npm exec and node_modules/.bin)', async () => {
    const help = await run(app(), 'npm', ['exec', '--', 'codebuff-outbox', '--help'])
    expect(help.code, help.out).toBe(0)
    expect(help.out).toContain('codebuff-outbox <command>')
    const status = await run(app(), join(dir, 'node_modules/.bin/codebuff-outbox'), ['status', '--json'], { REDIS_URL: redis.url })
    expect(status.code, status.out).toBe(0)
    expect(JSON.parse(status.out)).toMatchObject({ waiting: 0, failed: 0 })
  })
})
