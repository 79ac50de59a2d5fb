import { manifestConfig } from '../../config/custom-elements-manifest.mjs';

export default manifestConfig({ packageName: '@stadtkit/warnings' });
