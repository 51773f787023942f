import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'models/**/*.test.ts',
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/scene/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
    setupFiles: ['tests/scene/setup.ts'],
    testTimeout: 60_000,
    pool: 'threads',
  },
});
