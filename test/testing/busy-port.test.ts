import { createServer, type Server } from 'node:net'
import { afterEach, expect, it } from 'vitest'
import { ConfigError } from '../../src/core/errors.js'
import { startLoopsStandIn } from '../../src/testing/index.js'

let busy: Server | undefined
afterEach(() => new Promise<void>((resolve) => (busy ? busy.close(() => resolve()) : resolve())))

it('a stand-in asked for a port in use rejects with a ConfigError naming it (it crashed the process before)', async () => {
  busy = createServer()
  await new Promise<void>((resolve) => busy!.listen(0, '127.0.0.1', resolve))
  const port = (busy.address() as { port: number }).port
  const started = startLoopsStandIn({ port })
  await expect(started).rejects.toBeInstanceOf(ConfigError)
  await expect(started).rejects.toThrow(`cannot listen on 127.0.0.1:${port}: the port is in use`)
})
