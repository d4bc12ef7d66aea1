import { configDefaults, defineConfig } from 'vitest/config'

/**
 * Suites that start processes (the scripts through scripts/run.mjs, tsc, git, the demo, the bench) or
 * rebuild whole specs: seconds each. Everything else is in-process and fast: `npm run test:unit` (`unit` + `unit-isolated`).
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

/**
 * In-process suites that touch no process-wide state (env, globals, OpenTelemetry's global providers, msw's
 * patched fetch, the shared `loops`/`stripe` clients, module laziness): they share one module graph
 * (`isolate: false`), where every other file pays ~1 s to start a fresh process and re-import the package.
 * `test/helpers/shared-process.ts` undoes vitest's own stubs and fake timers after each file. A new suite
 * goes here only if it, too, leaves nothing behind; by default a file runs isolated (`unit-isolated`).
 */
const sharedProcess = [
  'test/docs.test.ts',
  'test/source-imports.test.ts',
  'test/workflows.test.ts',
  'test/codegen/change-groups.test.ts',
  'test/codegen/hostile-specs.test.ts',
  'test/codegen/operation-names.test.ts',
  'test/codegen/spec-version.test.ts',
  'test/codegen/ts-literal.test.ts',
  'test/codegen/webhook-events.test.ts',
  'test/core/deadlines.test.ts',
  'test/core/error-messages.test.ts',
  'test/core/error-names.test.ts',
  'test/core/hostile-input.test.ts',
  'test/core/hostile-vendor.test.ts',
  'test/core/middleware.test.ts',
  'test/core/pipeline.test.ts',
  'test/core/rate-limiter.test.ts',
  'test/core/redact.test.ts',
  'test/core/retry-policy.test.ts',
  'test/core/transport.test.ts',
  'test/core/webhook-dedupe.test.ts',
  'test/loops/emails.test.ts',
  'test/loops/every-operation.test.ts',
  'test/loops/input-validation.test.ts',
  'test/loops/secrets.test.ts',
  'test/loops/send-template.test.ts',
  'test/loops/types.test.ts',
  'test/loops/validation-fast-path.test.ts',
  'test/loops/webhooks-dedupe.test.ts',
  'test/loops/webhooks-handler.test.ts',
  'test/loops/webhooks-round-trip.test.ts',
  'test/loops/webhooks-types.test.ts',
  'test/loops/webhooks-verify.test.ts',
  'test/outbox/jobs.test.ts',
  'test/outbox/payload-limits.test.ts',
  'test/outbox/shared-limiter-queue.test.ts',
  'test/scripts/templates-lib.test.ts',
  'test/stripe/client-options.test.ts',
  'test/stripe/client.test.ts',
  'test/stripe/form-encoding.test.ts',
  'test/stripe/types.test.ts',
  'test/stripe/webhooks.test.ts',
  'test/testing/busy-port.test.ts',
  'test/testing/sent-emails.test.ts',
  'test/testing/stand-in-limits.test.ts',
]

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
        test: { name: 'unit', include: sharedProcess, isolate: false, setupFiles: ['test/helpers/shared-process.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'unit-isolated',
          include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...subprocess, ...specs, ...sharedProcess],
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
