import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { repoRoot } from '../helpers/temp-repo.js'

let dir: string
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'line-length-'))))
afterEach(() => rm(dir, { recursive: true, force: true }))

const check = (...dirs: string[]) =>
  promisify(execFile)(process.execPath, [join(repoRoot, 'scripts/check-line-length.mjs'), ...dirs]).then(
    (r) => ({ code: 0, stderr: r.stderr }),
    (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
  )

describe('scripts/check-line-length.mjs (part of npm run lint)', () => {
  it('passes 140 characters, counted as an editor shows them (an em dash is one)', async () => {
    await writeFile(join(dir, 'ok.ts'), `${'x'.repeat(139)}—\n${'y'.repeat(140)}\n`)
    expect(await check(dir)).toEqual({ code: 0, stderr: '' })
  })

  it('names every line over 140 characters, in nested folders and .mjs files too, and exits 1', async () => {
    await mkdir(join(dir, 'lib'))
    await writeFile(join(dir, 'lib', 'long.ts'), `short\n${'x'.repeat(141)}\n`)
    await writeFile(join(dir, 'run.mjs'), `${'y'.repeat(200)}\n`)
    await writeFile(join(dir, 'notes.md'), `${'z'.repeat(300)}\n`) // not source: not checked
    const { code, stderr } = await check(dir)
    expect(code).toBe(1)
    expect(stderr).toMatch(/lib\/long\.ts:2: 141 characters\n/)
    expect(stderr).toMatch(/run\.mjs:1: 200 characters\n/)
    expect(stderr).not.toContain('notes.md')
    expect(stderr).toContain('2 line(s) over 140 characters')
  })
})
