import { nodeConfig } from '../../config/vitest.node.mjs';

export default nodeConfig();
