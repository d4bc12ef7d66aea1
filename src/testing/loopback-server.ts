import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { DROP, type StandInCore } from './stand-in.ts'
import { listen } from '../core/runtime/listen.ts'

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  origin: string
  close(): Promise<void>
}

function toRequest(req: IncomingMessage, origin: string, signal: AbortSignal, body: Buffer): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
  const method = req.method ?? 'GET'
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    signal,
    ...(body.length && method !== 'GET' && method !== 'HEAD' ? { body: new Uint8Array(body) } : {}),
  })
}

export interface LoopbackOptions {
  /** Request bodies over this are answered 413 without being buffered (a runaway test cannot fill memory). @default 1 MiB */
  maxBodyBytes?: number
}

/** Serves a stand-in on 127.0.0.1 (a random free port unless given) until closed. */
export async function serveOnLoopback(core: StandInCore<unknown>, port = 0, options: LoopbackOptions = {}): Promise<LoopbackServer> {
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024
  let origin = ''
  const server = createServer(async (req, res) => {
    const closed = new AbortController()
    res.on('close', () => closed.abort())
    try {
      const tooLarge = () => {
        const message = `The stand-in refuses request bodies over ${maxBodyBytes} bytes.`
        res.writeHead(413, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify({ message }))
      }
      if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes) return tooLarge()
      const chunks: Buffer[] = []
      let bytes = 0
      for await (const chunk of req) {
        bytes += (chunk as Buffer).byteLength
        if (bytes > maxBodyBytes) return tooLarge()
        chunks.push(chunk as Buffer)
      }
      const answer = await core.handle(toRequest(req, origin, closed.signal, Buffer.concat(chunks)))
      if (answer === DROP) return void req.socket.destroy()
      res.writeHead(answer.status, Object.fromEntries(answer.headers)).end(Buffer.from(await answer.arrayBuffer()))
    } catch (err) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err))
    }
  })
  await listen(server, port, '127.0.0.1', 'the stand-in')
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        core.stop()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
