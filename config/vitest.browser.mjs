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
        ...extra.test?.browser,
      },
    },
  });
}
