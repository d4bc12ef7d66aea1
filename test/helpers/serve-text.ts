import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** Serves fixed documents on 127.0.0.1 (a random port) until closed; unknown paths answer 404. */
export async function serveText(files: Record<string, string>) {
  const server = createServer((req, res) => {
    const body = files[req.url ?? '']
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' }).end(body ?? 'not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
