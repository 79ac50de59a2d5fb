import { cdnConfig, libraryConfig } from '../../config/rollup.mjs';

export default [
  libraryConfig({
    dir: import.meta.dirname,
    input: ['src/index.ts', 'src/define.ts', 'src/autoloader.ts', 'src/hydrate.ts', 'src/ssr.ts'],
  }),
  cdnConfig({
    dir: import.meta.dirname,
    input: [
      'src/cdn/autoloader.ts',
      'src/cdn/all.ts',
      'src/cdn/hydrate.ts',
      'src/cdn/weather-status.ts',
      'src/cdn/warnings.ts',
      'src/cdn/photo.ts',
      'src/cdn/news-teaser.ts',
    ],
  }),
];
