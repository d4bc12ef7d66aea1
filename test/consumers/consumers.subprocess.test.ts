/**
 * The package as a monorepo uses it, with the real tools: a throwaway npm-workspaces repo
 * (test/consumers/fixture: the package copied from this working tree as a workspace, a Node backend
 * and a Next.js 16 app, versions pinned by the fixture's lockfile) is installed from the npm cache
 * (`--prefer-offline`; only the npm registry is ever contacted), then built and run the way its apps
 * would be. The backend and web code is the examples/ code the README shows.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startLoopsStandIn, type LoopsStandIn } from '@codebuff/integrations/testing'
import { repoRoot } from '../helpers/temp-repo.js'

/** A key value that must never reach a client chunk; the stand-in accepts only it. */
const SECRET = 'sk_consumer_SECRET_must_not_ship_7731'
const TEMPLATE = 'tpl_invitation_fixture'
// What the package's `prepare` (scripts/build.mjs and its modules) needs beside the sources.
const PACKAGE_PARTS = [
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'src',
  'generated',
  'specs',
  'scripts/build.mjs',
  'scripts/build',
]

let dir: string
let standIn: LoopsStandIn
const servers: ChildProcess[] = []

/** The apps' env: nothing inherited from this repo's shell that could change what they do. */
function appEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) if (!/^(LOOPS_|STRIPE_|NODE_OPTIONS|VITEST|npm_)/.test(name)) env[name] = value
  return { ...env, NEXT_TELEMETRY_DISABLED: '1', LOG_LEVEL: 'silent', ...extra }
}

function run(cwd: string, command: string, args: string[], env = appEnv(), timeout = 240_000) {
  return new Promise<{ code: number; out: string }>((resolve) => {
    execFile(command, args, { cwd, env, timeout, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) || 1 : 0, out: `${stdout}${stderr}` }),
    )
  })
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

/** Starts a long-running app and resolves once `url` answers (or rejects with its output). */
async function serve(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv, url: string) {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  servers.push(child)
  let out = ''
  child.stdout!.on('data', (d) => (out += d))
  child.stderr!.on('data', (d) => (out += d))
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited ${child.exitCode}:\n${out}`)
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      return { child, output: () => out }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`${args.join(' ')} did not answer ${url} within 30 s:\n${out}`)
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })

const invite = {
  email: 'ada@example.com',
  firstName: 'Ada',
  organizationName: 'Analytical Engines',
  inviterName: 'Charles',
  invitationUrl: 'https://app.example.com/invite/42',
}
const postJson = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (r) => [
    r.status,
    await r.json(),
  ])
const sentTo = (key: string) => standIn.sent.filter((e) => e.idempotencyKey === key)

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'integrations-consumers-'))
  await cp(join(repoRoot, 'test/consumers/fixture'), dir, { recursive: true })
  const pkg = join(dir, 'packages/integrations')
  for (const part of PACKAGE_PARTS) await cp(join(repoRoot, part), join(pkg, part), { recursive: true })
  // The README's examples are the apps' code.
  await mkdir(join(dir, 'apps/backend/src'), { recursive: true })
  await cp(join(repoRoot, 'examples/backend/server.ts'), join(dir, 'apps/backend/src/server.ts'))
  await mkdir(join(dir, 'apps/web/app/api/invitations'), { recursive: true })
  await cp(join(repoRoot, 'examples/web/app/api/invitations/route.ts'), join(dir, 'apps/web/app/api/invitations/route.ts'))
  await cp(join(repoRoot, 'examples/web/app/invite/actions.ts'), join(dir, 'apps/web/app/invite/actions.ts'))

  // `npm install` at the root is the only step: it links the workspaces and runs the package's `prepare` build.
  const install = await run(dir, 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], appEnv(), 600_000)
  if (install.code !== 0) throw new Error(`npm install failed:\n${install.out}`)
  standIn = await startLoopsStandIn({ apiKey: SECRET, templateIds: { invitation: TEMPLATE } })
}, 660_000)

afterAll(async () => {
  await Promise.all(servers.map(stop))
  await standIn?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

const loopsEnv = () => appEnv({ LOOPS_API_KEY: SECRET, LOOPS_BASE_URL: standIn.url, LOOPS_TEMPLATE_INVITATION: TEMPLATE })

describe('backend (Node): examples/backend/server.ts in apps/backend', () => {
  const backend = () => join(dir, 'apps/backend')
  let typecheck: { nodenext: { code: number; out: string }; bundler: { code: number; out: string } }
  beforeAll(async () => {
    const tsc = join(dir, 'node_modules/typescript/bin/tsc')
    // The nodenext config also emits dist/, which plain node runs below.
    typecheck = {
      nodenext: await run(backend(), process.execPath, [tsc, '-p', 'tsconfig.json']),
      bundler: await run(backend(), process.execPath, [tsc, '-p', 'tsconfig.bundler.json']),
    }
  }, 240_000)

  it('typechecks under strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess, skipLibCheck: false (nodenext and bundler)', () => {
    expect(typecheck).toEqual({ nodenext: { code: 0, out: '' }, bundler: { code: 0, out: '' } })
  })

  it('compiled by its own tsc and run by plain node: one email through the stand-in, none on a re-run', async () => {
    const port = await freePort()
    const app = await serve(
      backend(),
      process.execPath,
      ['dist/server.js'],
      { ...loopsEnv(), PORT: String(port) },
      `http://127.0.0.1:${port}/`,
    )
    const body = { ...invite, inviteId: 'inv_backend_node' }
    expect(await postJson(`http://127.0.0.1:${port}/invitations`, body)).toEqual([202, { sent: true, duplicate: false }])
    expect(await postJson(`http://127.0.0.1:${port}/invitations`, body)).toEqual([202, { sent: true, duplicate: true }])
    expect(sentTo('inv_backend_node')).toHaveLength(1)
    await stop(app.child)
  }, 60_000)

  it('a CommonJS module require()s it (Node ≥ 20.19 require(esm); typed by tsc under module nodenext)', async () => {
    const cjs = await run(backend(), process.execPath, ['dist/legacy.cjs'], loopsEnv(), 20_000)
    expect(cjs).toEqual({ code: 0, out: '{"ok":true,"duplicate":false}\n' })
    expect(sentTo('inv_backend_cjs')).toHaveLength(1)
  })

  it('under tsx (no flag) it runs the sources; plain node refuses a build older than them instead of running it', async () => {
    // An edit to the package after its build: the build is stale now.
    const edited = join(dir, 'packages/integrations/src/loops/emails.ts')
    const before = await stat(edited)
    await utimes(edited, new Date(), new Date())
    try {
      const port = await freePort()
      const tsx = join(dir, 'node_modules/tsx/dist/cli.mjs')
      const app = await serve(
        backend(),
        process.execPath,
        [tsx, 'src/server.ts'],
        { ...loopsEnv(), PORT: String(port) },
        `http://127.0.0.1:${port}/`,
      )
      expect(await postJson(`http://127.0.0.1:${port}/invitations`, { ...invite, inviteId: 'inv_backend_tsx' })).toEqual([
        202,
        { sent: true, duplicate: false },
      ])
      expect(sentTo('inv_backend_tsx')).toHaveLength(1)
      await stop(app.child)

      const stale = await run(backend(), process.execPath, ['dist/server.js'], { ...loopsEnv(), PORT: String(await freePort()) }, 20_000)
      expect(stale.code).not.toBe(0)
      expect(stale.out).toContain('StaleBuildError')
      expect(stale.out).toContain('dist/ is older than src/loops/emails.ts')
      expect(stale.out).toContain('npm run build -w @codebuff/integrations')
    } finally {
      await utimes(edited, before.atime, before.mtime)
    }
  }, 120_000)
})

describe('an installed copy (registry or tarball)', () => {
  it('is never called stale, though npm stamps every file with the install time', async () => {
    const installed = join(dir, 'installed/node_modules/@codebuff/integrations')
    await rm(join(dir, 'installed'), { recursive: true, force: true })
    await mkdir(dirname(installed), { recursive: true })
    await cp(join(dir, 'packages/integrations'), installed, { recursive: true, filter: (path) => !path.includes('node_modules') })
    const later = new Date(Date.now() + 60_000)
    await utimes(join(installed, 'src/loops/emails.ts'), later, later)
    const script = "await import('@codebuff/integrations/loops'); await new Promise((r) => setTimeout(r, 400)); console.log('alive')"
    const out = await run(join(dir, 'installed'), process.execPath, ['--input-type=module', '-e', script], loopsEnv(), 20_000)
    expect(out).toEqual({ code: 0, out: 'alive\n' })
  })
})

describe('web (Next.js 16): examples/web route handler and server action in apps/web', () => {
  const web = () => join(dir, 'apps/web')
  const next = () => join(dir, 'node_modules/next/dist/bin/next')
  let build: { code: number; out: string }
  let base: string
  beforeAll(async () => {
    // The key sits in the build env: it must still not reach a client chunk.
    build = await run(web(), process.execPath, [next(), 'build'], loopsEnv(), 300_000)
    if (build.code !== 0) return
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    await serve(web(), process.execPath, [next(), 'start', '-H', '127.0.0.1', '-p', String(port)], loopsEnv(), `${base}/`)
  }, 360_000)

  it('next build (Turbopack) succeeds', () => {
    expect(build.code, build.out).toBe(0)
    expect(build.out).toContain('Turbopack')
  })

  it('client chunks hold no API key value, no pino, no ajv', async () => {
    const chunks = join(web(), '.next/static')
    const files = (await readdir(chunks, { recursive: true })).filter((f) => f.endsWith('.js'))
    expect(files.length).toBeGreaterThan(0)
    const code = (await Promise.all(files.map((f) => readFile(join(chunks, f), 'utf8')))).join('\n')
    expect(code).toContain('IntegrationError') // the client component's import did reach the client
    expect(code).not.toContain(SECRET)
    expect(code).not.toMatch(/\bpino\b/)
    expect(code).not.toMatch(/\bajv\b/i)
  })

  it('next start on 127.0.0.1: the route handler sends one invitation, and a re-run with the same key is a duplicate', async () => {
    const body = { ...invite, inviteId: 'inv_web_route' }
    expect(await postJson(`${base}/api/invitations`, body)).toEqual([202, { sent: true, duplicate: false }])
    expect(await postJson(`${base}/api/invitations`, body)).toEqual([202, { sent: true, duplicate: true }])
    expect(sentTo('inv_web_route')).toHaveLength(1)
  })

  it('the server action sends one invitation, and a re-run with the same key is a duplicate', async () => {
    // How a browser calls a server action: POST to the page with its id (from Next's manifest) and the arguments.
    const manifest = JSON.parse(await readFile(join(web(), '.next/server/server-reference-manifest.json'), 'utf8'))
    const [actionId] = Object.entries(manifest.node as Record<string, { exportedName: string }>).find(
      ([, a]) => a.exportedName === 'inviteMember',
    )!
    const callAction = () =>
      fetch(`${base}/invite`, {
        method: 'POST',
        headers: { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
        body: JSON.stringify(['inv_web_action', invite]),
      }).then((r) => r.text())
    expect(await callAction()).toContain('{"status":"sent"}')
    expect(await callAction()).toContain('{"status":"already-sent"}')
    expect(sentTo('inv_web_action')).toHaveLength(1)
  })
})

describe('npm pack', () => {
  it('contains every file exports and imports name (prepack builds them first, whatever state dist/ is in)', async () => {
    const pkgDir = join(dir, 'packages/integrations')
    await rm(join(pkgDir, 'dist'), { recursive: true, force: true })
    const pack = await run(pkgDir, 'npm', ['pack', '--dry-run', '--json'])
    expect(pack.code, pack.out).toBe(0)
    const packed = new Set(
      (
        JSON.parse(pack.out.slice(pack.out.indexOf('[\n'), pack.out.lastIndexOf('\n]') + 2)) as [{ files: { path: string }[] }]
      )[0].files.map((f) => f.path),
    )
    const manifest = JSON.parse(await readFile(join(pkgDir, 'package.json'), 'utf8'))
    const targets = (value: unknown): string[] =>
      typeof value === 'string' ? [value.replace(/^\.\//, '')] : Object.values(value as object).flatMap(targets)
    const named = [...targets(manifest.exports), ...targets(manifest.imports)]
    expect(named.length).toBeGreaterThan(20)
    expect(named.filter((file) => !packed.has(file))).toEqual([])
    expect(packed.has('dist/build-guard/loops.js')).toBe(true)
  }, 120_000)
})

/** Keeps the fixture honest: its lockfile pins the Next.js the test claims to use. */
it('the fixture lockfile pins next 16, react and react-dom', async () => {
  const lock = JSON.parse(await readFile(join(repoRoot, 'test/consumers/fixture/package-lock.json'), 'utf8'))
  expect(lock.packages['node_modules/next'].version).toMatch(/^16\./)
  expect(lock.packages['node_modules/react'].version).toMatch(/^19\./)
  expect(lock.packages['node_modules/react-dom'].version).toMatch(/^19\./)
})
