// <script type="module" src=".../cdn/autoloader.js"></script>: defines each element when its tag appears.
import { autoload } from '../autoload.js';

export const stop = autoload({
  load: {
    'weather-status': () => import('./weather-status.js'),
    warnings: () => import('./warnings.js'),
    photo: () => import('./photo.js'),
    'news-teaser': () => import('./news-teaser.js'),
  },
  hydrate: () => import('./hydrate.js'),
});
