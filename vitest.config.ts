import { configDefaults, defineConfig } from 'vitest/config'

/**
 * Suites that start processes (the scripts through scripts/run.mjs, tsc, git, the demo, the bench) or
 * rebuild whole specs: seconds each. Everything else is in-process and fast: `npm run test:unit`.
 */
const subprocess = [
  'test/codegen/generate.test.ts',
  'test/codegen/line-length.test.ts',
  'test/codegen/scaffold.test.ts',
  'test/codegen/update-specs.test.ts',
  'test/bench-smoke.test.ts',
  'test/demo.test.ts',
  'test/scripts/stand-in-cli.test.ts',
  'test/scripts/templates-cli.subprocess.test.ts',
  // Named for it: spawned tools (tsc, npm, next) in throwaway repos; real redis-server, worker and producer
  // processes (the outbox proofs take ~2 min at 10 sends/s).
  'test/**/*.subprocess.test.ts',
  // TypeScript programs over a throwaway monorepo and examples/: seconds each.
  'test/usage/**/*.test.ts',
]

/**
 * Rebuild and diff whole specs in-process (api-smart-diff over Loops' and Stripe's spec variants): CPU-bound,
 * a minute and more on a shared 2-core machine. Their own project, so `npm run test:unit` stays fast;
 * `npm test` (plain `vitest run`) still runs every project.
 */
const specs = ['test/codegen/spec-diff.test.ts']

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The package's default logger stays quiet in tests; tests that read logs inject their own.
    env: { LOG_LEVEL: 'silent' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...subprocess, ...specs],
        },
      },
      {
        extends: true,
        test: { name: 'specs', include: specs, testTimeout: 120_000 },
      },
      {
        extends: true,
        test: { name: 'subprocess', include: subprocess, testTimeout: 60_000 },
      },
    ],
  },
})
