import { nodeConfig } from '../../config/vitest.node.mjs';

// The built Storybook is tested from Node: playwright drives the system Chromium through every story.
export default nodeConfig({
  test: { testTimeout: 60_000, hookTimeout: 60_000, maxConcurrency: 3 },
});
