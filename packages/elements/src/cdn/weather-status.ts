export { StadtWeatherStatus } from '@stadtkit/weather-status/define.js';
