// Consumers compile against the built .d.ts (checked under the same flags by the consumer proof), and
// tools that read src/ (tsx, bundlers, a consumer's editor following a source map) meet the sources:
// both must hold under the strictest settings a consumer may use.
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'
import { repoRoot } from '../helpers/temp-repo.js'

it('src/ and generated/ typecheck under exactOptionalPropertyTypes, noUncheckedIndexedAccess and skipLibCheck: false', async () => {
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc')
  const result = await promisify(execFile)(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.strict.json'], { cwd: repoRoot }).then(
    () => '',
    (error: { stdout: string }) => error.stdout,
  )
  expect(result).toBe('')
}, 120_000)
