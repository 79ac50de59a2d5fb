// Side-effect free: the classes, events and types of every element; nothing is defined.
export {
  StadtWeatherStatus,
  StadtWeatherStatusChangeEvent,
  type WeatherState,
} from '@stadtkit/weather-status';
export { StadtWarnings, StadtWarningsChangeEvent, type WarningsState } from '@stadtkit/warnings';
export {
  StadtPhoto,
  StadtPhotoErrorEvent,
  StadtPhotoZoomEvent,
  type PhotoPlacement,
  type PhotoState,
} from '@stadtkit/photo';
export { StadtNewsList, StadtNewsTeaser, type NewsListLayout } from '@stadtkit/news-teaser';
export { ELEMENTS, TAGS, PROPS_SCRIPT, type StadtTag } from './tags.js';
export { autoload, type AutoloadOptions } from './autoload.js';
export { applyServerProps } from './server-props.js';
