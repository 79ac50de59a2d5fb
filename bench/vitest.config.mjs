import { defineConfig } from 'vitest/config';
import { browserConfig } from '../config/vitest.browser.mjs';

// Two projects: in real Chromium the hostile-input suite and the render pages' checks; in Node the size
// budgets and the bench's own logic.
export default defineConfig({
  test: {
    projects: [
      browserConfig({
        // Found by Vite only when a test imports it: optimized up front, or the page reloads mid-run.
        optimizeDeps: { include: ['@shoelace-style/shoelace/dist/components/card/card.js'] },
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
