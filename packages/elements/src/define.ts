// Defines every Stadtkit element (for bundlers; lit stays a dependency your bundler includes once).
export { StadtWeatherStatus } from '@stadtkit/weather-status/define.js';
export { StadtWarnings } from '@stadtkit/warnings/define.js';
export { StadtPhoto } from '@stadtkit/photo/define.js';
export { StadtNewsList, StadtNewsTeaser } from '@stadtkit/news-teaser/define.js';
