import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { freePort } from './redis-server.js'

export interface RedisCluster {
  /** `127.0.0.1:<port>,…`: what REDIS_CLUSTER_NODES holds. */
  nodes: string
  ports: number[]
  /** Stops every node and removes the temp dir. */
  close(): Promise<void>
}

const run = promisify(execFile)
const bindable = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })

/** A port whose cluster bus port (port + 10000) is free too. */
async function clusterPort(taken: number[]): Promise<number> {
  for (;;) {
    const port = await freePort()
    if (port < 55_000 && !taken.includes(port) && (await bindable(port + 10_000))) return port
  }
}

function startNode(port: number, dir: string): Promise<ChildProcess> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--cluster-enabled', 'yes']
  args.push('--cluster-config-file', 'nodes.conf', '--save', '', '--appendonly', 'no', '--daemonize', 'no')
  const proc = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] })
  return new Promise((resolve, reject) => {
    let out = ''
    proc.once('error', (err) => reject(new Error(`could not start redis-server (${err.message}): apt-get install -y redis-server`)))
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk
      if (out.includes('Ready to accept connections')) {
        proc.stdout!.resume()
        resolve(proc)
      }
    })
    proc.once('exit', () => reject(new Error(`redis-server (cluster node) exited on port ${port}:\n${out.slice(-1000)}`)))
  })
}

/**
 * A real 3-master Redis Cluster on 127.0.0.1 (no replicas, no persistence), made with
 * `redis-cli --cluster create` (Debian's redis-tools, installed with redis-server). No mock.
 */
export async function startRedisCluster(): Promise<RedisCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'redis-cluster-test-'))
  const ports: number[] = []
  for (let i = 0; i < 3; i++) ports.push(await clusterPort(ports))
  const procs: ChildProcess[] = []
  const close = async () => {
    await Promise.all(
      procs.map((proc) =>
        proc.exitCode !== null ? undefined : new Promise<void>((resolve) => proc.once('exit', () => resolve()) && proc.kill('SIGKILL')),
      ),
    )
    await rm(dir, { recursive: true, force: true })
  }
  try {
    for (const port of ports) {
      const nodeDir = join(dir, String(port))
      await mkdir(nodeDir)
      procs.push(await startNode(port, nodeDir))
    }
    const nodes = ports.map((p) => `127.0.0.1:${p}`)
    await run('redis-cli', ['--cluster', 'create', ...nodes, '--cluster-replicas', '0', '--cluster-yes'])
    // Every node must agree the cluster is up before a client asks it for slots.
    for (let tries = 0; ; tries++) {
      const states = await Promise.all(ports.map((p) => run('redis-cli', ['-p', String(p), 'cluster', 'info']).then((r) => r.stdout)))
      if (states.every((s) => s.includes('cluster_state:ok'))) break
      if (tries > 100) throw new Error(`cluster never reached cluster_state:ok:\n${states.join('\n')}`)
      await new Promise((r) => setTimeout(r, 100))
    }
    return { nodes: nodes.join(','), ports, close }
  } catch (err) {
    await close()
    throw err
  }
}
