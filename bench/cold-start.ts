/**
 * Cold start, as a serverless function or a fresh backend process pays it: in a new Node process, the
 * import of the client, then import + first send to a loopback server. Ours vs the official loops SDK
 * (and raw fetch, the floor), process by process, interleaved and order-rotated, median of each.
 */
import { execFile, execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { startEchoProcess } from './lib/echo-server.js'
import { median } from './lib/stats.js'

export interface ColdStartFigures {
  /** Median ms from just before `import()` to the module being ready. */
  importMs: Record<'ours' | 'loops SDK', number>
  /** Median ms from just before `import()` to the first send's answer (client created in between). */
  firstSendMs: Record<'ours' | 'loops SDK' | 'raw fetch', number>
  runs: number
}

const root = new URL('..', import.meta.url).pathname
const child = join(root, 'bench', 'lib', 'cold-start-child.mjs')

export async function measureColdStart(runs: number): Promise<ColdStartFigures> {
  // Node resolves the package to dist/ (as a backend's `node` does), which refuses to run when stale: build it.
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'ignore' })
  const server = await startEchoProcess()
  const variants = {
    ours: 'ours',
    'ours import': 'ours-import',
    'loops SDK': 'sdk',
    'loops SDK import': 'sdk-import',
    'raw fetch': 'fetch',
  }
  const names = Object.keys(variants) as (keyof typeof variants)[]
  const samples = Object.fromEntries(names.map((n) => [n, [] as { importMs: number; totalMs: number }[]]))
  try {
    for (let i = 0; i < runs; i++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(i + k) % names.length]!
        const { stdout } = await promisify(execFile)(process.execPath, [child, variants[name], server.url], {
          cwd: root,
          env: { ...process.env, LOG_LEVEL: 'silent', NODE_OPTIONS: '' },
        })
        samples[name]!.push(JSON.parse(stdout))
      }
    }
  } finally {
    await server.close()
  }
  const med = (name: string, field: 'importMs' | 'totalMs') => median(samples[name]!.map((sample) => sample[field]))
  return {
    importMs: { ours: med('ours import', 'importMs'), 'loops SDK': med('loops SDK import', 'importMs') },
    firstSendMs: { ours: med('ours', 'totalMs'), 'loops SDK': med('loops SDK', 'totalMs'), 'raw fetch': med('raw fetch', 'totalMs') },
    runs,
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const runs = Number(process.argv[2] ?? 20)
  console.log(JSON.stringify(await measureColdStart(runs), null, 2))
}
