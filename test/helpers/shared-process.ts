import { afterAll, vi } from 'vitest'

/**
 * Setup for the `unit` project, whose files share one process and module graph (`isolate: false`):
 * after each file, whatever it asked vitest for (fake timers, stubbed env or globals, spies) is undone,
 * so the next file starts from the real clock and the real environment.
 */
afterAll(() => {
  vi.useRealTimers()
  vi.unstubAllEnvs()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})
