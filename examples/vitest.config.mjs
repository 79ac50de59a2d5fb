import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Installs and builds take a while on two cores (fast when the install cache holds).
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
