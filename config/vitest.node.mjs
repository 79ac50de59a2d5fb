// Shared vitest configuration for packages that run in Node (the model).
import { defineConfig } from 'vitest/config';

/** @param {import('vitest/config').ViteUserConfig} [extra] */
export function nodeConfig(extra = {}) {
  return defineConfig({
    ...extra,
    test: { environment: 'node', include: ['test/**/*.test.ts'], ...extra.test },
  });
}
