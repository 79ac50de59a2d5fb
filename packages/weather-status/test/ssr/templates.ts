// Templates rendered by Lit SSR in Node (global setup) and hydrated with the same values in the browser test.
import type { WeatherObservation } from '@stadtkit/model';
import { html } from 'lit';

/** Server-rendered without a value: the element loads (from the session cache) once it wakes. */
export const withoutValue = (baseUrl: string) =>
  html`<stadt-weather-status
    base-url=${baseUrl}
    location-name="Offenbach am Main"
  ></stadt-weather-status>`;

/** Server-rendered with the value the server had (e.g. from @stadtkit/proxy). */
export const withValue = (baseUrl: string, observation: WeatherObservation) =>
  html`<stadt-weather-status
    base-url=${baseUrl}
    location-name="Offenbach am Main"
    .initialObservation=${observation}
  ></stadt-weather-status>`;
