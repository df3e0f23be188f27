import { defineConfig } from 'vitest/config';

/**
 * One run over the whole repository so CI prints one summary. Run through `npm test`, which
 * provides PostgreSQL, Redis and Chromium (TEST_DATABASE_URL, TEST_REDIS_URL, CHROMIUM_PATH).
 */
export default defineConfig({
  test: {
    include: [
      'apps/*/test/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'scripts/test/**/*.test.ts',
      'infrastructure/test/**/*.test.ts',
      'bench/test/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two files at a time even on 2 cores: browser and integration files mostly wait on Chromium,
    // PostgreSQL and the app's own process, so the default (one worker there) left a core idle.
    // Measured on a clean clone: 644 s with one worker, 466 s with two, same 1,400 tests green.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
