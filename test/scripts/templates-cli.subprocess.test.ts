// `npm run templates -- pull | check` end to end, offline: the stand-in publishes the templates, the
// package sits in a throwaway monorepo next to a workspace that sends one of them.
import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type LoopsStandIn, startLoopsStandIn } from '@codebuff/integrations/testing'
import { repoRoot } from '../helpers/temp-repo.js'

let standIn: LoopsStandIn
let mono: string
let pkg: string
const FILE = 'generated/loops-templates.ts'

beforeAll(async () => {
  const seed = JSON.parse(await readFile(join(repoRoot, 'test/fixtures/loops-templates.json'), 'utf8'))
  // What `npm run stand-in -- loops --templates test/fixtures/loops-templates.json` serves: the committed file's source.
  standIn = await startLoopsStandIn({ templates: seed, teamName: 'Stand-in team, templates from test/fixtures/loops-templates.json' })
  mono = await mkdtemp(join(tmpdir(), 'templates-mono-'))
  pkg = join(mono, 'packages/integrations')
  for (const part of ['specs', 'generated', 'scripts', 'src', 'examples', 'package.json', 'tsconfig.json'])
    await cp(join(repoRoot, part), join(pkg, part), { recursive: true })
  await symlink(join(repoRoot, 'node_modules'), join(pkg, 'node_modules'), 'dir')
  await mkdir(join(mono, 'apps/web/app'), { recursive: true })
  await writeFile(join(mono, 'package.json'), JSON.stringify({ private: true, workspaces: ['apps/*', 'packages/*'] }))
  await writeFile(join(mono, 'apps/web/package.json'), JSON.stringify({ name: 'web', dependencies: { '@codebuff/integrations': '*' } }))
  await writeFile(
    join(mono, 'apps/web/app/invite.ts'),
    "import { sendTemplate } from '@codebuff/integrations/loops'\n\nexport const invite = (d: never) => sendTemplate('invitation', d)\n",
  )
})
afterAll(async () => {
  await standIn?.close()
  if (mono) await rm(mono, { recursive: true, force: true })
})

const templates = (command: string, env: Record<string, string> = {}) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(
      process.execPath,
      ['scripts/run.mjs', 'templates', command],
      { cwd: pkg, env: { ...process.env, LOOPS_BASE_URL: standIn.url, LOOPS_API_KEY: standIn.apiKey, ...env }, timeout: 40_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    ),
  )

describe('npm run templates', () => {
  it('pull reads the stand-in into the committed file byte for byte; a second pull leaves it untouched', async () => {
    const committed = await readFile(join(repoRoot, FILE), 'utf8')
    await rm(join(pkg, FILE))
    const first = await templates('pull')
    expect([first.code, first.stdout.trim()]).toEqual([0, `${FILE}: 3 published template(s), written`])
    expect(await readFile(join(pkg, FILE), 'utf8')).toBe(committed)
    const second = await templates('pull')
    expect(second.stdout.trim()).toBe(`${FILE}: 3 published template(s), unchanged`)
    expect(await readFile(join(pkg, FILE), 'utf8')).toBe(committed)
  }, 60_000)

  it('check exits 0 when Loops publishes what the file says', async () => {
    const result = await templates('check')
    expect([result.code, result.stdout]).toEqual([0, expect.stringContaining(`${FILE} matches what`)])
  }, 60_000)

  it('check exits 2 when a template gained a variable, naming it, the helper that lacks it and every caller', async () => {
    const invitation = standIn.templates.find((t) => t.name === 'invitation')!
    invitation.dataVariables.push('teamSize')
    try {
      const result = await templates('check')
      const example = (await readFile(join(pkg, 'examples/backend/invite-user.ts'), 'utf8')).split('\n')
      const line = example.findIndex((l) => l.includes('await sendInvitationEmail(')) + 1
      expect(result.code).toBe(2)
      expect(result.stdout).toContain('"invitation" gained the data variable `teamSize`')
      expect(result.stdout).toContain('invitation now requires `teamSize`, which sendInvitationEmail does not send')
      expect(result.stdout).toContain(`examples/backend/invite-user.ts:${line} (sendInvitationEmail)`)
      expect(result.stdout).toContain('apps/web/app/invite.ts:3 (sendTemplate)')
    } finally {
      invitation.dataVariables.pop()
    }
  }, 60_000)

  it('check exits 2 on an unpublished template, 1 with one line on an error (a rejected key)', async () => {
    const removed = standIn.templates.splice(
      standIn.templates.findIndex((t) => t.name === 'welcome'),
      1,
    )
    try {
      const gone = await templates('check')
      expect([gone.code, gone.stdout]).toEqual([2, expect.stringContaining('"welcome" is no longer published in Loops')])
    } finally {
      standIn.templates.push(...removed)
    }
    const denied = await templates('check', { LOOPS_API_KEY: 'k_wrong' })
    expect(denied.code).toBe(1)
    expect(denied.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^templates: \[GET \/v1\/transactional\] 401 Unauthorized: Invalid API key\. Loops rejected the API key/),
    ])
    const unknown = await templates('push')
    expect([unknown.code, unknown.stderr]).toEqual([1, expect.stringContaining('templates: unknown command "push"')])
  }, 60_000)
})
