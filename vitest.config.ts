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
    reporters: ['default'],
  },
});
