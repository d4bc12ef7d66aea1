import { type ChildProcess, spawn } from 'node:child_process'
import { repoRoot } from './temp-repo.js'

export interface Spawned {
  child: ChildProcess
  /** Everything written to stdout so far. */
  stdout(): string
  /** Everything written to stderr so far. */
  stderr(): string
  /** Resolves when stdout contains `text`. */
  waitFor(text: string): Promise<void>
  /** Resolves with the exit code (or signal). */
  exited: Promise<number | string | null>
}

/** Runs a TypeScript file as its own Node process (`--conditions=source` + tsx), as `npm run …` would. */
export function spawnTs(file: string, env: Record<string, string>): Spawned {
  return spawnProcess(process.execPath, ['--conditions=source', '--import', 'tsx', file], env)
}

/** Runs any command from the repository's root with the test's env plus `env`, stdout and stderr captured. */
export function spawnProcess(command: string, args: string[], env: Record<string, string>, cwd = repoRoot): Spawned {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  const listeners = new Set<() => void>()
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk
    for (const check of listeners) check()
  })
  child.stderr!.on('data', (chunk: Buffer) => void (err += chunk))
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)))
  const name = args.at(-1) ?? command
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor: (text) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (out.includes(text)) {
            listeners.delete(check)
            resolve()
          }
        }
        listeners.add(check)
        check()
        void exited.then((code) => {
          if (!out.includes(text)) reject(new Error(`${name} exited (${code}) before printing "${text}":\n${err.slice(-2000)}`))
        })
      }),
  }
}

/** Polls `condition` every 100 ms until true, or fails after `timeoutMs` with `describe()`'s text. */
export async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, describe: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${describe()}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}
