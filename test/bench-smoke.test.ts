import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { repoRoot } from './helpers/temp-repo.js'

// Not a timed test: it only proves `npm run bench` still runs end to end, with tiny counts.
describe('npm run bench -- --smoke', () => {
  it('runs every section and writes results.json and the chart', async () => {
    const out = await mkdtemp(join(tmpdir(), 'bench-smoke-'))
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--conditions=source', '--import', 'tsx', 'bench/run.ts', '--smoke', '--out', out],
        { cwd: repoRoot, env: { ...process.env, LOG_LEVEL: 'silent' } },
      )
      expect(stdout).toContain('median latency, ours / raw fetch')
      const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8'))
      expect(Object.keys(results.latency)).toEqual([
        'raw fetch',
        'ours',
        'loops SDK',
        'loops SDK, no key',
        'ours + rate limiter',
        'sendInvitationEmail',
      ])
      expect(results.stubCpu.clientUs).toBeGreaterThan(0)
      expect(stdout).toContain('CPU per call, fetch stubbed')
      expect(results.codegen[0]).toMatchObject({ spec: 'loops', rawMs: expect.any(Number), checkMs: expect.any(Number) })
      expect(results.sustained).toMatchObject({ lost: 0, duplicates: 0 })
      expect(results.outbox.delivery).toMatchObject({ workers: 3, lost: 0, duplicates: 0 })
      expect(results.outbox.enqueue.ours.p50Us).toBeGreaterThan(0)
      expect(results.memory.sends).toBe(300)
      expect(results.bundle.ours.gzKB).toBeGreaterThan(0)
      expect(stdout).toContain('cold start, import + first send: ours / loops SDK')
      expect(results.coldStart).toMatchObject({
        runs: 3,
        importMs: { ours: expect.any(Number) },
        firstSendMs: { 'loops SDK': expect.any(Number) },
      })
      expect(await readFile(join(out, 'latency.svg'), 'utf8')).toMatch(/^<svg[\s\S]*1\.00× raw fetch/)
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  }, 120_000)
})
