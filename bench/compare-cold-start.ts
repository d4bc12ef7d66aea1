/**
 * Cold start of two checkouts' builds, interleaved process by process (same load for both): import and
 * import + first send of `@codebuff/integrations/loops`, median ms. For a before/after of a build change:
 * usage: tsx bench/compare-cold-start.ts <other checkout, built> [runs]
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { startEchoProcess } from './lib/echo-server.js'
import { median } from './lib/stats.js'

const [other, runsArg] = process.argv.slice(2)
if (!other) throw new Error('usage: tsx bench/compare-cold-start.ts <other checkout, built> [runs]')
const roots = { this: new URL('..', import.meta.url).pathname, other }
const runs = Number(runsArg ?? 30)
const server = await startEchoProcess()
const samples: Record<string, { importMs: number; totalMs: number }[]> = {}
try {
  for (let i = 0; i < runs; i++)
    for (const variant of ['ours', 'ours-import'])
      for (const [name, root] of i % 2 ? Object.entries(roots).reverse() : Object.entries(roots)) {
        const child = join(root, 'bench/lib/cold-start-child.mjs')
        const { stdout } = await promisify(execFile)(process.execPath, [child, variant, server.url], {
          env: { ...process.env, LOG_LEVEL: 'silent', NODE_OPTIONS: '' },
        })
        ;(samples[`${name} ${variant}`] ??= []).push(JSON.parse(stdout))
      }
} finally {
  await server.close()
}
for (const name of Object.keys(roots))
  console.log(
    `${name.padEnd(6)} import ${median(samples[`${name} ours-import`]!.map((s) => s.importMs)).toFixed(1)} ms, ` +
      `import + first send ${median(samples[`${name} ours`]!.map((s) => s.totalMs)).toFixed(1)} ms (${runs} runs)`,
  )
