import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../helpers/temp-repo.js'

/** What of the package a consumer compiles against and update-specs touches. */
const PACKAGE_PARTS = ['specs', 'generated', 'src', 'dist', 'scripts', 'package.json', 'tsconfig.json', 'tsconfig.build.json']

/**
 * test/usage/fixture as a throwaway npm-workspaces monorepo: the package copied in as packages/integrations
 * and linked as node_modules/@codebuff/integrations, every other dependency hoisted to the root
 * node_modules (links to this repository's), none in the package's own folder — as `npm install` lays it out.
 */
export async function usageMonorepo() {
  const dir = await mkdtemp(join(tmpdir(), 'usage-monorepo-'))
  await cp(join(repoRoot, 'test', 'usage', 'fixture'), dir, { recursive: true })
  const pkg = join(dir, 'packages', 'integrations')
  for (const part of PACKAGE_PARTS) await cp(join(repoRoot, part), join(pkg, part), { recursive: true })
  const modules = join(dir, 'node_modules')
  await mkdir(join(modules, '@codebuff'), { recursive: true })
  for (const entry of await readdir(join(repoRoot, 'node_modules'))) {
    if (entry !== '.cache' && entry !== '@codebuff') await symlink(join(repoRoot, 'node_modules', entry), join(modules, entry))
  }
  await symlink(pkg, join(modules, '@codebuff', 'integrations'), 'dir')
  return { dir, pkg, cleanup: () => rm(dir, { recursive: true, force: true }) }
}
