import { defineConfig } from 'vitest/config';

// One test file per engine, run side by side (each drives its own browser process).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 3,
  },
});
