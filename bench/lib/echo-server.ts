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
