import { defineConfig } from 'vitest/config';

// One test file per engine, run side by side (each drives its own browser process). A test gets one retry:
// three browsers and their drivers on two cores sometimes stall a driver command; a test that fails twice
// fails the run, and a retried test is reported as such in the output.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 3,
    retry: 1,
  },
});
