// sendTemplate's types as a workspace app sees them: through the package's `exports` (`types` → the
// built .d.ts, which read generated/loops-templates.ts), under the app's own strict tsc. A missing or
// unknown variable fails the app's build naming it; with every variable the same file compiles and,
// run under tsx, sends through the stand-in.
import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { loopsPublishedTemplates } from '../../generated/loops-templates.js'
import { type LoopsStandIn, startLoopsStandIn } from '../../src/testing/index.js'
import { repoRoot } from '../helpers/temp-repo.js'

const run = promisify(execFile)
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc')
let mono: string
let app: string
let standIn: LoopsStandIn

const call = (dataVariables: string) => `import { sendTemplate } from '@codebuff/integrations/loops'

const result = await sendTemplate('basic', { email: 'ada@example.com', dataVariables: ${dataVariables} }, { idempotencyKey: 'consumer-1' })
console.log(JSON.stringify({ ok: result.ok, key: result.idempotencyKey }))
`

beforeAll(async () => {
  mono = await mkdtemp(join(tmpdir(), 'templates-consumer-'))
  const pkg = join(mono, 'packages/integrations')
  for (const part of ['src', 'generated', 'package.json', 'tsconfig.json', 'tsconfig.build.json'])
    await cp(join(repoRoot, part), join(pkg, part), { recursive: true })
  await symlink(join(repoRoot, 'node_modules'), join(pkg, 'node_modules'), 'dir')
  // What `prepare` builds for consumers' tsc: the declaration files `exports.types` points at.
  await run(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--emitDeclarationOnly'], { cwd: pkg })
  app = join(mono, 'apps/backend')
  await mkdir(join(app, 'src'), { recursive: true })
  await mkdir(join(app, 'node_modules/@codebuff'), { recursive: true })
  await symlink(pkg, join(app, 'node_modules/@codebuff/integrations'), 'dir')
  await writeFile(
    join(app, 'package.json'),
    JSON.stringify({ name: 'backend', type: 'module', dependencies: { '@codebuff/integrations': '*' } }),
  )
  const compilerOptions = { target: 'ES2022', module: 'nodenext', strict: true, exactOptionalPropertyTypes: true, noEmit: true }
  await writeFile(
    join(app, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { ...compilerOptions, skipLibCheck: true, lib: ['ES2023', 'DOM'] } }),
  )
  await writeFile(join(app, 'src/missing.ts'), call("{ subject: 'Hi' }"))
  await writeFile(join(app, 'src/unknown.ts'), call("{ subject: 'Hi', message: 'Hello', teamSize: 3 }"))
  await writeFile(join(app, 'src/ok.ts'), call("{ subject: 'Hi', message: 'Hello' }"))
  const templates = Object.entries(loopsPublishedTemplates).map(([name, t]) => ({ name, id: t.id, dataVariables: [...t.dataVariables] }))
  standIn = await startLoopsStandIn({ templates })
}, 120_000)
afterAll(async () => {
  await standIn?.close()
  if (mono) await rm(mono, { recursive: true, force: true })
})

/** The app's tsc (one run over its three files): one file's diagnostics, '' when it compiles. */
let diagnostics: Promise<string> | undefined
const compile = async (file: string) => {
  diagnostics ??= run(process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit', '--pretty', 'false'], { cwd: app }).then(
    () => '',
    (error: { stdout: string }) => error.stdout,
  )
  return (await diagnostics)
    .split('\n')
    .filter((l) => l.startsWith(`src/${file}`))
    .join('\n')
}

it('a send without a variable the template requires fails the app’s tsc, naming the variable', async () => {
  expect(await compile('missing.ts')).toMatch(/src\/missing\.ts\(3,\d+\): error TS2741: Property 'message' is missing/)
}, 120_000)

it('a variable the template does not have fails the app’s tsc, naming it', async () => {
  expect(await compile('unknown.ts')).toMatch(/src\/unknown\.ts\(3,\d+\): error TS2353: .*'teamSize' does not exist/)
}, 120_000)

it('with exactly the template’s variables it compiles, and run in the app it sends (the stand-in records it)', async () => {
  expect(await compile('ok.ts')).toBe('')
  const tsx = join(repoRoot, 'node_modules/tsx/dist/esm/index.mjs')
  const { stdout } = await run(process.execPath, ['--conditions=source', '--import', tsx, 'src/ok.ts'], {
    cwd: app,
    env: { ...process.env, LOOPS_BASE_URL: standIn.url, LOOPS_API_KEY: standIn.apiKey, LOOPS_TEMPLATE_BASIC: '' },
  })
  expect(JSON.parse(stdout)).toEqual({ ok: true, key: 'consumer-1' })
  standIn.expectEmailSent({ transactionalId: 'tpl_basic', to: 'ada@example.com', data: { subject: 'Hi', message: 'Hello' } })
}, 120_000)
