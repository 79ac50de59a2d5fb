import { defineConfig } from 'vitest/config';
import { browserConfig } from '../config/vitest.browser.mjs';

// Two projects: the hostile-input suite in real Chromium, the size budgets in Node.
export default defineConfig({
  test: {
    projects: [
      browserConfig({
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.ts'],
          testTimeout: 600_000,
        },
      }),
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.node.test.ts'],
          testTimeout: 300_000,
        },
      },
    ],
  },
});
