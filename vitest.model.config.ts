import { defineConfig } from 'vitest/config';

/**
 * The slow model checks that rebuild public/models/hip.glb from scratch (about a minute), kept
 * out of the everyday unit loop: `npm run test:model-determinism`, which `npm test` (and so CI)
 * runs.
 */
export default defineConfig({
  test: {
    include: ['models/**/*.slow-test.ts'],
    environment: 'node',
    testTimeout: 600_000,
    pool: 'threads',
  },
});
