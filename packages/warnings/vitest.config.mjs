import { browserConfig } from '../../config/vitest.browser.mjs';

export default browserConfig({
  // Pre-bundled up front: discovering them mid-run makes Vite reload the test page.
  optimizeDeps: {
    include: [
      '@lit/task',
      '@lit-labs/ssr-client',
      '@lit-labs/ssr-client/lit-element-hydrate-support.js',
    ],
  },
  test: { globalSetup: ['test/server/global-setup.ts'] },
});
