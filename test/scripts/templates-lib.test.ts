import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkTemplatesFile } from '../../scripts/lib/loops-templates-check-file.js'
import { diffTemplates } from '../../scripts/lib/loops-templates-diff.js'
import {
  type PublishedTemplate,
  parseTemplatesFile,
  renderTemplatesFile,
  sourceLabel,
  TemplatesError,
  templatesFileProblem,
} from '../../scripts/lib/loops-templates-file.js'
import { findCallSites } from '../../scripts/lib/template-callers.js'
import { helperProblems } from '../../scripts/lib/template-helpers-check.js'
import { repoRoot } from '../helpers/temp-repo.js'

const committed = () => readFile(join(repoRoot, 'generated/loops-templates.ts'), 'utf8')
const helpers: PublishedTemplate[] = [
  { id: 'tpl_invitation', name: 'invitation', dataVariables: ['firstName', 'invitationUrl', 'inviterName', 'organizationName', 'role'] },
  { id: 'tpl_welcome', name: 'welcome', dataVariables: ['firstName', 'organizationName', 'role'] },
  { id: 'tpl_basic', name: 'basic', dataVariables: ['message', 'subject'] },
]
let dirs: string[] = []
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'templates-'))
  dirs.push(dir)
  return dir
}
afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
  dirs = []
})

describe('generated/loops-templates.ts', () => {
  it('is the same bytes whatever order Loops lists templates and variables in', () => {
    const shuffled = [...helpers].reverse().map((t) => ({ ...t, dataVariables: [...t.dataVariables].reverse() }))
    expect(renderTemplatesFile(shuffled, 'x')).toBe(renderTemplatesFile(helpers, 'x'))
    expect(parseTemplatesFile(renderTemplatesFile(helpers, 'x')).templates.map((t) => t.name)).toEqual(['basic', 'invitation', 'welcome'])
  })

  it('the committed file is exactly what a pull of the helpers’ templates from a local stand-in writes', async () => {
    const seeded = sourceLabel('http://127.0.0.1:4000/api', 'Stand-in team, templates from test/fixtures/loops-templates.json')
    expect(renderTemplatesFile(helpers, seeded)).toBe(await committed())
    expect(sourceLabel('https://app.loops.so/api/', 'Acme')).toBe('Loops team "Acme" at https://app.loops.so/api')
  })

  it('a hostile template name stays data: no comment break-out, no code', () => {
    const name = 'x */ globalThis.PWNED = 1; /* "\n'
    const text = renderTemplatesFile([{ id: 'i', name, dataVariables: ['a'] }], 'evil */ here\nnext')
    expect(parseTemplatesFile(text).templates[0]!.name).toBe(name)
    const [header, body] = text.split('export const loopsPublishedTemplates = ')
    expect(header!.split('*/')).toHaveLength(2) // only the header's own end
    new Function(`return ${body!.replace(/ as const\n$/, '')}`)() // plain data: evaluating it runs nothing
    expect((globalThis as { PWNED?: number }).PWNED).toBeUndefined()
    expect(templatesFileProblem(text)).toBeUndefined()
  })

  it('two published templates with one name are refused: a name must say which one', () => {
    expect(() => renderTemplatesFile([helpers[2]!, { ...helpers[2]!, id: 'tpl_other' }], 'x')).toThrow(TemplatesError)
  })

  it('generate --check fails on a hand edit, and names a helper whose template needs a variable it does not send', async () => {
    const root = await tempDir()
    await mkdir(join(root, 'generated'))
    const path = join(root, 'generated/loops-templates.ts')
    await writeFile(path, await committed())
    expect(await checkTemplatesFile(root)).toEqual({ name: 'loops-templates', status: 'fresh' })
    await writeFile(
      path,
      (await committed()).replace('"role"\n    ]\n  },\n  "welcome"', '"role",\n      "teamSize"\n    ]\n  },\n  "welcome"'),
    )
    expect((await checkTemplatesFile(root)).detail).toMatch(/edited by hand/)
    const gained = helpers.map((t) => (t.name === 'invitation' ? { ...t, dataVariables: [...t.dataVariables, 'teamSize'] } : t))
    await writeFile(path, renderTemplatesFile(gained, 'x'))
    expect(await checkTemplatesFile(root)).toMatchObject({
      status: 'stale',
      detail: expect.stringContaining('invitation now requires `teamSize`, which sendInvitationEmail does not send'),
    })
  })
})

describe('the helpers against the published templates', () => {
  it('pass today, and a gained variable or a lost template is named with the helper', () => {
    expect(helperProblems(helpers)).toEqual([])
    const gained = helpers.map((t) => (t.name === 'invitation' ? { ...t, dataVariables: [...t.dataVariables, 'teamSize'] } : t))
    expect(helperProblems(gained)).toEqual(['invitation now requires `teamSize`, which sendInvitationEmail does not send'])
    expect(helperProblems(helpers.slice(0, 2))).toEqual([
      'sendBasicEmail sends the template "basic", which Loops does not publish (renamed or unpublished?)',
    ])
  })
})

describe('diffTemplates', () => {
  it('names gained and lost variables, renames (same id) and unpublished templates; new ones and new ids are informational', () => {
    const now: PublishedTemplate[] = [
      { ...helpers[0]!, dataVariables: ['firstName', 'invitationUrl', 'inviterName', 'organizationName', 'teamSize'] },
      { ...helpers[1]!, name: 'welcome-v2' },
      { id: 'tpl_new', name: 'receipt', dataVariables: [] },
    ]
    expect(diffTemplates(helpers, now)).toEqual({
      changes: [
        { template: 'invitation', kind: 'gained-variable', variable: 'teamSize' },
        { template: 'invitation', kind: 'lost-variable', variable: 'role' },
        { template: 'welcome', kind: 'renamed', to: 'welcome-v2' },
        { template: 'basic', kind: 'unpublished' },
      ],
      added: ['receipt'],
      idChanged: [],
    })
    expect(
      diffTemplates(
        helpers,
        helpers.map((t) => ({ ...t, id: `${t.id}_staging` })),
      ).changes,
    ).toEqual([])
  })
})

describe('findCallSites', () => {
  it('finds calls through the package’s exports in src/, examples/ and dependent workspaces, with path:line and the literal name', async () => {
    const mono = await tempDir()
    const pkg = join(mono, 'packages/integrations')
    await mkdir(join(pkg, 'examples'), { recursive: true })
    await mkdir(join(mono, 'apps/web/app'), { recursive: true })
    await mkdir(join(mono, 'apps/other'), { recursive: true })
    await writeFile(join(mono, 'package.json'), JSON.stringify({ workspaces: ['apps/*', 'packages/*'] }))
    await writeFile(join(pkg, 'package.json'), JSON.stringify({ name: '@codebuff/integrations' }))
    await writeFile(join(mono, 'apps/web/package.json'), JSON.stringify({ dependencies: { '@codebuff/integrations': '*' } }))
    await writeFile(join(mono, 'apps/other/package.json'), JSON.stringify({ dependencies: {} }))
    await writeFile(
      join(pkg, 'examples/a.ts'),
      "import { sendTemplate as send } from '@codebuff/integrations/loops'\n\nawait send('invitation', x)\nawait send(name, x)\n",
    )
    await writeFile(
      join(mono, 'apps/web/app/route.ts'),
      "import { createOutbox } from '@codebuff/integrations/outbox'\nimport { sendInvitationEmail } from '@codebuff/integrations'\n" +
        'const outbox = createOutbox()\nawait outbox.sendTemplate(`welcome`, d)\nsendInvitationEmail(d)\n',
    )
    // Not a dependent workspace, and a look-alike not imported from the package: neither is a caller.
    await writeFile(join(mono, 'apps/other/x.ts'), "import { sendTemplate } from '@codebuff/integrations'\nsendTemplate('invitation', d)\n")
    await writeFile(join(pkg, 'examples/b.ts'), "function sendTemplate(n: string) {}\nsendTemplate('invitation')\n")
    expect(await findCallSites(pkg, ['sendTemplate', 'sendInvitationEmail'])).toEqual([
      { file: 'apps/web/app/route.ts', line: 4, callee: 'sendTemplate', firstArg: 'welcome' },
      { file: 'apps/web/app/route.ts', line: 5, callee: 'sendInvitationEmail' },
      { file: 'examples/a.ts', line: 3, callee: 'sendTemplate', firstArg: 'invitation' },
      { file: 'examples/a.ts', line: 4, callee: 'sendTemplate' },
    ])
  })
})
