import { formatIssues, parseWeatherObservation, type WeatherObservation } from '@stadtkit/model';
import { WeatherUnavailableError, type WeatherProvider } from './provider.js';

/**
 * A provider that returns a given observation and makes no request: for server-side rendering, Storybook,
 * and sites that get the weather from their own backend. `null` means "no data" (unavailable).
 */
export class StaticWeatherProvider implements WeatherProvider {
  readonly remote = false;
  readonly key: string;
  readonly #observation: WeatherObservation | null;

  constructor(observation: WeatherObservation | null) {
    this.#observation = observation;
    this.key = `static:${JSON.stringify(observation)}`;
  }

  load(): Promise<WeatherObservation> {
    if (this.#observation === null)
      return Promise.reject(new WeatherUnavailableError('no observation given'));
    const result = parseWeatherObservation(this.#observation);
    return result.ok
      ? Promise.resolve(result.value)
      : Promise.reject(
          new WeatherUnavailableError(`invalid observation: ${formatIssues(result.issues, '; ')}`),
        );
  }
}
