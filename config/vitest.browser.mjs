// Shared vitest configuration for component packages: real Chromium through Playwright.
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';

/** The model's placeholder photos at /media/…, where the stories' CMS markup points (as in Storybook). */
function modelMedia() {
  const serve = sirv(fileURLToPath(new URL('../packages/model/media', import.meta.url)), {
    dev: true,
  });
  return {
    name: 'stadtkit-model-media',
    /** @param {import('vite').ViteDevServer} server */
    configureServer(server) {
      server.middlewares.use('/media', serve);
    },
  };
}

/** @param {import('vitest/config').ViteUserConfig} [extra] */
export function browserConfig(extra = {}) {
  const executablePath = ensureChromium();
  return defineConfig({
    ...extra,
    resolve: {
      ...extra.resolve,
      // Stories import @wc-toolkit/storybook-helpers, whose Node-side preset imports "path" (see the stub).
      alias: {
        path: fileURLToPath(new URL('../packages/testing/src/path-stub.ts', import.meta.url)),
        ...extra.resolve?.alias,
      },
    },
    plugins: [modelMedia(), ...(extra.plugins ?? [])],
    test: {
      include: ['test/**/*.test.ts'],
      setupFiles: ['@stadtkit/testing/setup'],
      ...extra.test,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: { executablePath, args: CHROMIUM_ARGS } }),
        instances: [{ browser: 'chromium' }],
        screenshotFailures: false,
        // npm test runs several browser suites side by side on two cores; a page can need more than the
        // default 60 s to connect then (seen once in a clean-clone run, in the bench's hostile suite).
        connectTimeout: 180_000,
        ...extra.test?.browser,
      },
    },
  });
}
