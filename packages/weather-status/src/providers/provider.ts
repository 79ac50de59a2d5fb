import type { WeatherObservation } from '@stadtkit/model';

/**
 * Where `<stadt-weather-status>` gets its data. A city can plug in its own source by implementing this.
 *
 * `load` resolves with a validated observation or rejects (with any error) when there is none; the element
 * never lets a rejection escape, it shows "Wetterdaten derzeit nicht verfügbar".
 */
export interface WeatherProvider {
  /** Identifies the data this provider returns: elements with equal keys share one request and one cache entry. */
  readonly key: string;
  /** False for providers that never make requests (no caching, no refresh timer). */
  readonly remote: boolean;
  load(options: { signal: AbortSignal }): Promise<WeatherObservation>;
}

/** Why a provider had no observation. `reason` is for logs and events, not for people. */
export class WeatherUnavailableError extends Error {
  readonly reason: string;
  constructor(reason: string, options?: { cause?: unknown }) {
    super(`weather unavailable: ${reason}`, options);
    this.name = 'WeatherUnavailableError';
    this.reason = reason;
  }
}
