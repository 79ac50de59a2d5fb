import { embedConfig, libraryConfig } from '../../config/rollup.mjs';

export default [
  libraryConfig({
    dir: import.meta.dirname,
    input: ['src/index.ts', 'src/define.ts'],
  }),
  embedConfig({
    dir: import.meta.dirname,
    serverProps: { 'stadt-warnings': ['initialWarnings', 'warnings'] },
  }),
];
