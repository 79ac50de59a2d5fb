import { StadtWeatherStatus } from './weather-status.js';

if (!customElements.get('stadt-weather-status')) {
  customElements.define('stadt-weather-status', StadtWeatherStatus);
}

declare global {
  interface HTMLElementTagNameMap {
    'stadt-weather-status': StadtWeatherStatus;
  }
}

export { StadtWeatherStatus };
