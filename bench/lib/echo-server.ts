import { fork } from 'node:child_process'

/**
 * The cheapest honest Loops answer (`{"success":true}`) from a server on 127.0.0.1 in its own
 * process, as a vendor would be: the measured client does not share its event loop or CPU with it.
 */
export async function startEchoProcess() {
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
