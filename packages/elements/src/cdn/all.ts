// Every element at once. On pages with server-rendered elements, load hydrate.js before this file.
export { StadtWeatherStatus } from '@stadtkit/weather-status/define.js';
export { StadtWarnings } from '@stadtkit/warnings/define.js';
export { StadtPhoto } from '@stadtkit/photo/define.js';
export { StadtNewsList, StadtNewsTeaser } from '@stadtkit/news-teaser/define.js';
