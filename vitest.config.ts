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
    // Files share one module graph per worker (three, the data records and the catalogues are
    // imported once, not 128 times): the loop runs in about a third of the time. The setup file
    // resets the one piece of shared state a file may change (the interface language).
    isolate: false,
  },
});
