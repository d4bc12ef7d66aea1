// tsc on an app-like file under exactOptionalPropertyTypes, noUncheckedIndexedAccess and skipLibCheck: false:
// `if (!r.ok && r.error.name === 'RateLimitError') r.error.retryAfterMs` must compile (issue 18, item 8).
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'
import { repoRoot } from '../helpers/temp-repo.js'

it("error.name narrows a helper's failure to its class, from every entry, in a strict app", async () => {
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc')
  const output = await promisify(execFile)(process.execPath, [tsc, '--noEmit', '-p', 'test/types/tsconfig.json'], { cwd: repoRoot }).then(
    () => '',
    (error: { stdout: string }) => error.stdout,
  )
  expect(output).toBe('')
}, 180_000)
