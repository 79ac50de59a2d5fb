import { browserConfig } from '../../config/vitest.browser.mjs';

export default browserConfig({ test: { globalSetup: ['test/server/global-setup.ts'] } });
