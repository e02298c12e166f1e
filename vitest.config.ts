import { defineConfig } from 'vitest/config';

/** Resolves @lambdacron/runtime to its TypeScript source, not its build. */
const SOURCE_CONDITION = '@lambdacron/source';

export default defineConfig({
  resolve: { conditions: [SOURCE_CONDITION] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION] } },
  test: {
    include: ['test/**/*.test.ts', 'runtime/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most time goes to Terraform child processes; two files at a time keep
    // both cores busy (vitest's default here would be one).
    maxWorkers: 2,
    reporters: ['default', './test/reporters/summary-line.ts'],
  },
});
