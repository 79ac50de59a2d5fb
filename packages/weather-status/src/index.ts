export { StadtWeatherStatus } from './weather-status.js';
export { StadtWeatherStatusChangeEvent, type WeatherState } from './weather-status.events.js';
export type { WeatherProvider } from './providers/provider.js';
export { WeatherUnavailableError } from './providers/provider.js';
export {
  BRIGHT_SKY_BASE_URL,
  BrightSkyProvider,
  DWD_SOURCE,
  OFFENBACH,
  observationFromBrightSky,
  type BrightSkyOptions,
} from './providers/bright-sky.js';
export { StaticWeatherProvider } from './providers/static.js';
export { clearWeatherCache, loadShared, type CachedObservation } from './cache.js';
export { messages, type Messages } from './messages.js';
