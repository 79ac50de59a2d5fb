import { libraryConfig } from '../../config/rollup.mjs';

export default libraryConfig({
  dir: import.meta.dirname,
  input: ['src/index.ts', 'src/node.ts', 'src/cli.ts'],
});
