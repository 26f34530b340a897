import { defineConfig } from 'vitest/config';

/**
 * Two tiers. `fast` (the inner loop, `npm run test:fast`): unit tests and in-process
 * integration tests against the local fakes. `slow` (`npm run test:slow`): tests that spawn
 * processes — the shell through `npm start`, crash safety (a killed writer), several
 * processes on one data folder. `npm test` runs both.
 */
const SLOW = [
  'tests/integration/shell*.test.ts',
  'tests/integration/ledger/**/*.test.ts',
  'tests/integration/store/crash-safety.test.ts',
  'tests/integration/store/data-permissions.test.ts',
  'tests/integration/alerts/crash.test.ts',
  'tests/unit/store/file-lock.test.ts',
];

const shared = { testTimeout: 30_000, hookTimeout: 30_000, pool: 'forks' as const };

export default defineConfig({
  test: {
    ...shared,
    projects: [{ test: { ...shared, name: 'fast', include: ['tests/**/*.test.ts'], exclude: SLOW } }, { test: { ...shared, name: 'slow', include: SLOW } }],
  },
});
