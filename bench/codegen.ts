import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sha256 } from '../scripts/lib/spec-document.js'
import { median } from './lib/stats.js'

export interface CodegenFigures {
  spec: string
  sizeMB: number
  rawMs: number
  generateMs: number
  checkMs: number
  rawRssMB: number
  generateRssMB: number
  checkRssMB: number
}

const root = new URL('..', import.meta.url).pathname
const hook = join(root, 'bench', 'lib', 'rss-hook.mjs')

function timed(cwd: string, args: string[]): { ms: number; rssMB: number } {
  const started = performance.now()
  const run = spawnSync(process.execPath, ['--import', hook, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const ms = performance.now() - started
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed (${run.status}):\n${run.stderr.slice(-2000)}`)
  const kb = Number(/@@maxrss_kb=(\d+)/.exec(run.stderr)?.[1] ?? NaN)
  return { ms, rssMB: kb / 1024 }
}

/**
 * For each spec, in a throwaway copy of the repository: the bare openapi-typescript CLI, then our
 * `generate` and `generate --check` (via scripts/run.mjs, as `npm run generate` runs them, minus npm's own start-up).
 */
export function measureCodegen(specs: { name: string; path: string }[], repeats: number): CodegenFigures[] {
  const results: CodegenFigures[] = []
  for (const spec of specs) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-codegen-'))
    try {
      mkdirSync(join(dir, 'specs'))
      mkdirSync(join(dir, 'generated'))
      cpSync(join(root, 'scripts'), join(dir, 'scripts'), { recursive: true })
      cpSync(join(root, 'src'), join(dir, 'src'), { recursive: true }) // the scripts import reserved names and the helpers' templates
      // Pulled from Loops, not generated from a spec: generate --check compares it with the helpers' templates.
      cpSync(join(root, 'generated', 'loops-templates.ts'), join(dir, 'generated', 'loops-templates.ts'))
      cpSync(join(root, 'package.json'), join(dir, 'package.json'))
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
      const text = readFileSync(spec.path, 'utf8')
      writeFileSync(join(dir, 'specs', `${spec.name}.openapi.json`), text)
      writeFileSync(
        join(dir, 'specs', 'sources.json'),
        JSON.stringify({
          [spec.name]: { vendor: spec.name, file: `${spec.name}.openapi.json`, url: 'bench', sha256: sha256(text), fetchedAt: 'bench' },
        }),
      )
      timed(dir, ['scripts/run.mjs', 'generate']) // builds run.mjs's bundle cache, as any second run would find it
      const raw: number[] = []
      const gen: number[] = []
      const check: number[] = []
      const rss = { raw: 0, gen: 0, check: 0 }
      for (let i = 0; i < repeats; i++) {
        const r = timed(dir, [
          'node_modules/openapi-typescript/bin/cli.js',
          `specs/${spec.name}.openapi.json`,
          '-o',
          join(dir, 'raw.ts'),
          '--empty-objects-unknown',
        ])
        const g = timed(dir, ['scripts/run.mjs', 'generate'])
        const c = timed(dir, ['scripts/run.mjs', 'generate', '--check'])
        raw.push(r.ms)
        gen.push(g.ms)
        check.push(c.ms)
        rss.raw = Math.max(rss.raw, r.rssMB)
        rss.gen = Math.max(rss.gen, g.rssMB)
        rss.check = Math.max(rss.check, c.rssMB)
      }
      if (!existsSync(join(dir, 'generated', `${spec.name}.ts`))) throw new Error(`generate wrote nothing for ${spec.name}`)
      results.push({
        spec: spec.name,
        sizeMB: Buffer.byteLength(text) / 1024 / 1024,
        rawMs: median(raw),
        generateMs: median(gen),
        checkMs: median(check),
        rawRssMB: rss.raw,
        generateRssMB: rss.gen,
        checkRssMB: rss.check,
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return results
}
