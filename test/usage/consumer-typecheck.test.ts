import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { newErrors, parseTscOutput, resolveTsc } from '../../scripts/lib/consumer-typecheck.js'
import { repoRoot } from '../helpers/temp-repo.js'

it('finds tsc the way Node does: hoisted to the monorepo root, none in the package folder (the crash before)', async () => {
  const root = await realpath(await mkdtemp(join(tmpdir(), 'hoisted-')))
  try {
    const pkg = join(root, 'packages', 'integrations')
    await mkdir(pkg, { recursive: true })
    await writeFile(join(pkg, 'package.json'), '{ "name": "@codebuff/integrations" }')
    expect(() => resolveTsc(pkg)).toThrow(/cannot find typescript from .*packages\/integrations/)
    await mkdir(join(root, 'node_modules'))
    await symlink(join(repoRoot, 'node_modules', 'typescript'), join(root, 'node_modules', 'typescript'), 'dir')
    expect(resolveTsc(pkg)).toBe(join(await realpath(join(repoRoot, 'node_modules', 'typescript')), 'bin', 'tsc'))
  } finally {
    await rm(root, { recursive: true, force: true })
  }
})

it("reads tsc's errors as root-relative path:line and keeps only the new ones", () => {
  const out = [
    "src/lists.ts(8,47): error TS2339: Property 'name' does not exist on type '{ id: string; }'.",
    "src/old.ts(3,1): error TS2304: Cannot find name 'x'.",
    'Found 2 errors.',
  ].join('\n')
  const after = parseTscOutput(out, '/repo/apps/web', '/repo')
  expect(after[0]).toEqual({
    workspace: 'apps/web',
    file: 'apps/web/src/lists.ts',
    line: 8,
    code: 'TS2339',
    message: "Property 'name' does not exist on type '{ id: string; }'.",
  })
  const before = parseTscOutput(out.split('\n')[1]!, '/repo/apps/web', '/repo')
  expect(newErrors(before, after).map((e) => e.file)).toEqual(['apps/web/src/lists.ts'])
})
