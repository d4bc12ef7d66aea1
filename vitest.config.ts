import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 20_000,
    // The package's default logger stays quiet in tests; tests that read logs inject their own.
    env: { LOG_LEVEL: 'silent' },
    hookTimeout: 30_000,
  },
})
