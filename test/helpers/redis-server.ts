import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface RedisServer {
  /** `redis://127.0.0.1:<port>` */
  url: string
  port: number
  /** Stops the server (the port stays reserved for start()). */
  stop(): Promise<void>
  /** Starts it again on the same port (data is not kept). */
  start(): Promise<void>
  /** Freezes the process (SIGSTOP): connections stay open, nothing answers, like a hung server. */
  pause(): void
  /** Thaws it (SIGCONT). */
  resume(): void
  /** Stops it and removes its temp dir. */
  close(): Promise<void>
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

/**
 * A real redis-server (Debian's /usr/bin/redis-server; `.ci/run` installs it) on a free 127.0.0.1 port,
 * in a temp dir, with no persistence, so every test file starts from an empty Redis. No mock Redis.
 */
export async function startRedisServer(options: { args?: string[] } = {}): Promise<RedisServer> {
  const dir = await mkdtemp(join(tmpdir(), 'redis-test-'))
  let port = await freePort()
  let child: ChildProcess | undefined

  async function start(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const proc = spawn(
        'redis-server',
        [
          '--port',
          String(port),
          '--bind',
          '127.0.0.1',
          '--dir',
          dir,
          '--save',
          '',
          '--appendonly',
          'no',
          '--daemonize',
          'no',
          ...(options.args ?? []),
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      )
      const ready = await new Promise<boolean>((resolve, reject) => {
        let out = ''
        proc.once('error', (err) =>
          reject(new Error(`could not start redis-server (${err.message}): install it (apt-get install -y redis-server)`)),
        )
        proc.stdout!.on('data', (chunk: Buffer) => {
          out += chunk
          if (out.includes('Ready to accept connections')) resolve(true)
        })
        proc.once('exit', () => resolve(false))
      })
      if (ready) {
        child = proc
        proc.stdout!.resume()
        proc.stderr!.resume()
        return
      }
      // The port was taken between choosing and binding: pick another.
      if (attempt >= 3) throw new Error(`redis-server did not start on 127.0.0.1:${port}`)
      port = await freePort()
    }
  }

  async function stop(): Promise<void> {
    const proc = child
    child = undefined
    if (!proc || proc.exitCode !== null) return
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve())
      proc.kill('SIGKILL')
    })
  }

  await start()
  return {
    get url() {
      return `redis://127.0.0.1:${port}`
    },
    get port() {
      return port
    },
    stop,
    start,
    pause: () => void child?.kill('SIGSTOP'),
    resume: () => void child?.kill('SIGCONT'),
    async close() {
      child?.kill('SIGCONT')
      await stop()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
