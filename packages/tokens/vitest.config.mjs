import { browserConfig } from '../../config/vitest.browser.mjs';

export default browserConfig();
