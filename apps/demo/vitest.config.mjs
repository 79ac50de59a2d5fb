import { nodeConfig } from '../../config/vitest.node.mjs';

// The page is tested from Node: playwright drives the system Chromium against the real demo server.
export default nodeConfig({ test: { testTimeout: 30_000, hookTimeout: 60_000 } });
