import type { Server } from 'node:net'
import { ConfigError } from '../errors.ts'

/**
 * `server.listen`, resolved once listening, or rejected with a ConfigError that names the address and
 * what to do: a busy port or a host this machine does not have is a setting to fix, not a crash.
 */
export function listen(server: Server, port: number, host: string, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (err: NodeJS.ErrnoException) => {
      const why =
        err.code === 'EADDRINUSE'
          ? 'the port is in use (pick another, or 0 for a free one)'
          : err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN'
            ? 'this machine has no such address'
            : (err.code ?? err.message)
      reject(new ConfigError(`${what} cannot listen on ${host}:${port}: ${why}.`, { service: what, operation: 'listen' }))
    }
    server.once('error', fail)
    server.listen(port, host, () => {
      server.off('error', fail)
      resolve()
    })
  })
}
