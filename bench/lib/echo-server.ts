import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** The cheapest honest Loops answer on 127.0.0.1: reads the body, replies `{"success":true}`. Counts requests. */
export async function startEchoServer() {
  let count = 0
  const payload = Buffer.from('{"success":true}')
  const server = createServer((req, res) => {
    count++
    req.resume()
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'content-length': payload.length }).end(payload))
  })
  server.keepAliveTimeout = 60_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/api`,
    count: () => count,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  }
}

/** The same server in a child process (what the latency bench uses): client and server do not share one event loop. */
export async function startEchoProcess() {
  const { fork } = await import('node:child_process')
  const child = fork(new URL('./echo-process.mjs', import.meta.url), { stdio: 'ignore' })
  const { port } = await new Promise<{ port: number }>((resolve) => child.once('message', (m) => resolve(m as { port: number })))
  return {
    url: `http://127.0.0.1:${port}/api`,
    close: async () => {
      child.disconnect()
      await new Promise((resolve) => child.once('exit', resolve))
    },
  }
}
