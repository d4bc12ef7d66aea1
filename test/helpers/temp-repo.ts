import { cp, mkdtemp, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
export const fixture = (name: string) => join(repoRoot, 'test', 'fixtures', name)

/** A throwaway copy of the parts of this repository a script touches, sharing node_modules. */
export async function tempRepo(parts: string[] = ['specs', 'generated', 'scripts', 'src', 'package.json', 'tsconfig.json']) {
  const dir = await mkdtemp(join(tmpdir(), 'integrations-'))
  for (const part of parts) await cp(join(repoRoot, part), join(dir, part), { recursive: true })
  await symlink(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}
