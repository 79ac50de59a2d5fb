import { nodeConfig } from '../../config/vitest.node.mjs';

// The built Storybook is tested from Node: playwright drives the system Chromium through every story. A story's
// test checks it in German and then in English in one page (about 8 s alone, up to 33 s beside the other
// suites on two cores): the timeout leaves room for a slower machine.
export default nodeConfig({
  test: { testTimeout: 120_000, hookTimeout: 60_000, maxConcurrency: 3 },
});
