import { defineConfig } from 'vitest/config';

/** End-to-end tests: the production build in headless Chromium, two files at a time. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Two files at a time: most of a test's time is waiting on the software renderer.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A poll waits for something the page does by itself (a request, a frame, a label); on a
    // busy machine with software rendering 1 s (the default) is not always enough.
    expect: { poll: { timeout: 15_000 } },
  },
});
