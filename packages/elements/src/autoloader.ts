// The autoloader for bundlers (Vite, webpack): each element's code is split off and loaded on first use.
import { autoload } from './autoload.js';

export const stop = autoload({
  load: {
    'weather-status': () => import('@stadtkit/weather-status/define.js'),
    warnings: () => import('@stadtkit/warnings/define.js'),
    photo: () => import('@stadtkit/photo/define.js'),
    'news-teaser': () => import('@stadtkit/news-teaser/define.js'),
  },
  hydrate: () => import('./hydrate.js'),
});
