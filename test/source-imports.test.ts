// Relative imports in src/ name the .ts file: Turbopack (Next.js' default bundler) compiles the package's
// sources and has no .js → .ts mapping, so a `./x.js` import breaks every web build. See knowledge.md.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { repoRoot } from './helpers/temp-repo.js'

it('every relative import in src/ ends in .ts', () => {
  const src = join(repoRoot, 'src')
  const offenders: string[] = []
  for (const file of readdirSync(src, { recursive: true }) as string[]) {
    if (!file.endsWith('.ts')) continue
    for (const [line, text] of readFileSync(join(src, file), 'utf8').split('\n').entries()) {
      const specifier = /(?:from|import)\s*\(?\s*'(\.\.?\/[^']+)'/.exec(text)?.[1]
      if (specifier && !specifier.endsWith('.ts')) offenders.push(`src/${file}:${line + 1} '${specifier}'`)
    }
  }
  expect(offenders, 'write the .ts file name (./client.ts, not ./client.js)').toEqual([])
})
