// Shared vitest configuration for component packages: real Chromium through Playwright.
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';

/** @param {import('vitest/config').ViteUserConfig} [extra] */
export function browserConfig(extra = {}) {
  const executablePath = ensureChromium();
  return defineConfig({
    ...extra,
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
