import { defineConfig } from 'vitest/config';

/**
 * Two tiers (CONTRIBUTING.md): `unit` needs Node alone and runs its files in parallel;
 * `database` (integration, API and browser tests) starts one throwaway Neo4j in its globalSetup
 * and runs one file at a time, because Community Neo4j has one user database. `eval` scores the
 * extractor with the evaluation kit checked out beside the project (../shared/eval): `npm test`
 * runs unit and database, `vitest run` (and .ci/run) all three.
 */
const shared = { testTimeout: 60_000, hookTimeout: 180_000, env: { TZ: 'UTC' } };

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        test: {
          ...shared,
          name: 'database',
          include: ['test/integration/**/*.test.ts', 'test/api/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          fileParallelism: false,
        },
      },
      { test: { ...shared, name: 'eval', include: ['test/eval/**/*.test.ts'], testTimeout: 180_000 } },
    ],
  },
});
