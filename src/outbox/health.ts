import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { OutboxWorker } from './worker.ts'
import { listen } from '../core/runtime/listen.ts'

export interface OutboxHealthOptions {
  /** 0 picks a free port (see `port` on the result). */
  port: number
  /** @default '0.0.0.0' (an orchestrator probes the container's address, not its loopback) */
  host?: string
}

export interface OutboxHealthServer {
  port: number
  close(): Promise<void>
}

/**
 * `GET /healthz` for orchestrators (Kubernetes probes, Docker HEALTHCHECK, a load balancer): 200
 * `{"status":"running"}` while the worker is connected to Redis and taking jobs; 503 with `disconnected`
 * (Redis unreachable: BullMQ reconnects), `draining` (after SIGTERM: jobs in flight finish, none is taken) or
 * `closed`. Anything else is 404. It never touches Redis itself, so a probe costs nothing.
 */
export async function serveOutboxHealth(worker: Pick<OutboxWorker, 'state'>, options: OutboxHealthOptions): Promise<OutboxHealthServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0]
    if (path !== '/healthz' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found: GET /healthz\n')
      return
    }
    const status = worker.state()
    response
      .writeHead(status === 'running' ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' })
      .end(request.method === 'HEAD' ? undefined : `${JSON.stringify({ status })}\n`)
  })
  // A probe's connection must not hold a draining process open.
  server.keepAliveTimeout = 1_000
  await listen(server, options.port, options.host ?? '0.0.0.0', 'the outbox health check (--health-port)')
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
