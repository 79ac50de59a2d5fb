import { nodeConfig } from '../../config/vitest.node.mjs';

export default nodeConfig({ test: { testTimeout: 20_000 } });
