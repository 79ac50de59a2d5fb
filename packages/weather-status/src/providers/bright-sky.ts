import {
  formatIssues,
  isRecord,
  parseWeatherObservation,
  WEATHER_CONDITIONS,
  WEATHER_ICONS,
  type WeatherObservation,
} from '@stadtkit/model';
import { WeatherUnavailableError, type WeatherProvider } from './provider.js';

/** Offenbach am Main, city centre. */
export const OFFENBACH = { latitude: 50.1055, longitude: 8.7623 } as const;
export const BRIGHT_SKY_BASE_URL = 'https://api.brightsky.dev';
export const DWD_SOURCE = { name: 'Deutscher Wetterdienst', url: 'https://www.dwd.de/' } as const;

export interface BrightSkyOptions {
  /** The API's base URL; a city may proxy it. Default https://api.brightsky.dev */
  baseUrl?: string;
  /** Coordinates (WGS 84). Default: Offenbach am Main. Ignored when `stationId` is given. */
  latitude?: number;
  longitude?: number;
  /** A DWD station id, e.g. "07341" (Offenbach-Wetterpark). */
  stationId?: string;
  /** Time limit per request in milliseconds. Default 8000. */
  timeout?: number;
  /** How often to try again after a 429, a 5xx, a network error or a timeout. Default 2. */
  retries?: number;
  /** First back-off delay in milliseconds; it doubles per retry. Default 1000. */
  retryDelay?: number;
  /** Upper bound for a 429's Retry-After, in milliseconds. Default 30000. */
  maxRetryAfter?: number;
  /** The fetch to use (tests, proxies). Default globalThis.fetch. */
  fetch?: typeof fetch;
}

/** A current-weather body is about 1.5 KB; anything far bigger is a misconfigured proxy or an attack. */
const MAX_BODY = 100_000;

const KNOWN_ICONS: readonly string[] = WEATHER_ICONS;
const KNOWN_CONDITIONS: readonly string[] = WEATHER_CONDITIONS;

/**
 * Maps a Bright Sky `/current_weather` body to an observation. Unknown icons and conditions are dropped
 * (documented fallback: the text comes from the other field, no icon is shown); the station is the one the
 * temperature came from (`fallback_source_ids.temperature`, else `source_id`). Throws
 * {@link WeatherUnavailableError} for anything malformed.
 */
export function observationFromBrightSky(body: unknown): WeatherObservation {
  if (!isRecord(body) || !isRecord(body.weather))
    throw new WeatherUnavailableError('response has no "weather" object');
  const weather = body.weather;
  const sources = Array.isArray(body.sources) ? body.sources.filter(isRecord) : [];
  const fallback = isRecord(weather.fallback_source_ids) ? weather.fallback_source_ids : {};
  const temperatureSourceId = fallback.temperature ?? weather.source_id;
  const source =
    sources.find((s) => s.id === temperatureSourceId) ??
    sources.find((s) => s.id === weather.source_id);

  const candidate = {
    temperature: weather.temperature,
    condition:
      typeof weather.condition === 'string' && KNOWN_CONDITIONS.includes(weather.condition)
        ? weather.condition
        : undefined,
    icon:
      typeof weather.icon === 'string' && KNOWN_ICONS.includes(weather.icon)
        ? weather.icon
        : undefined,
    observedAt: weather.timestamp,
    station:
      source && typeof source.station_name === 'string'
        ? {
            name: source.station_name,
            id: typeof source.dwd_station_id === 'string' ? source.dwd_station_id : undefined,
            distance: typeof source.distance === 'number' ? source.distance : undefined,
          }
        : undefined,
    source: DWD_SOURCE,
  };
  let result = parseWeatherObservation(candidate);
  if (!result.ok && candidate.station && result.issues.every((i) => /^station\b/.test(i.path))) {
    // The station is optional context: a bad detail (an empty id, a negative distance) is dropped, a bad name
    // drops the station, and the reading itself is shown, as with unknown icons.
    const bad = new Set(result.issues.map((i) => i.path));
    const { name, id, distance } = candidate.station;
    result = parseWeatherObservation({
      ...candidate,
      station:
        bad.has('station') || bad.has('station.name')
          ? undefined
          : {
              name,
              id: bad.has('station.id') ? undefined : id,
              distance: bad.has('station.distance') ? undefined : distance,
            },
    });
  }
  if (!result.ok) {
    throw new WeatherUnavailableError(
      `malformed observation: ${formatIssues(result.issues, '; ')}`,
    );
  }
  return result.value;
}

class RetryableError extends WeatherUnavailableError {
  readonly retryAfter: number | undefined;
  constructor(reason: string, retryAfter?: number, options?: { cause?: unknown }) {
    super(reason, options);
    this.retryAfter = retryAfter;
  }
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new WeatherUnavailableError('aborted'));
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new WeatherUnavailableError('aborted'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Current weather from the Deutscher Wetterdienst via the Bright Sky API (`GET /current_weather`). */
export class BrightSkyProvider implements WeatherProvider {
  readonly remote = true;
  readonly url: string;
  readonly key: string;
  readonly #timeout: number;
  readonly #retries: number;
  readonly #retryDelay: number;
  readonly #maxRetryAfter: number;
  readonly #fetch: typeof fetch | undefined;

  constructor(options: BrightSkyOptions = {}) {
    const base = (options.baseUrl ?? BRIGHT_SKY_BASE_URL).replace(/\/+$/, '');
    const params = new URLSearchParams();
    if (options.stationId) {
      params.set('dwd_station_id', options.stationId);
    } else {
      params.set('lat', String(options.latitude ?? OFFENBACH.latitude));
      params.set('lon', String(options.longitude ?? OFFENBACH.longitude));
    }
    this.url = `${base}/current_weather?${params}`;
    this.key = `brightsky:${this.url}`;
    this.#timeout = options.timeout ?? 8000;
    this.#retries = Math.max(0, options.retries ?? 2);
    this.#retryDelay = options.retryDelay ?? 1000;
    this.#maxRetryAfter = options.maxRetryAfter ?? 30_000;
    this.#fetch = options.fetch;
  }

  async load({ signal }: { signal: AbortSignal }): Promise<WeatherObservation> {
    let lastError: unknown;
    for (let attempt = 0; attempt <= this.#retries; attempt++) {
      if (attempt > 0) {
        const backoff = this.#retryDelay * 2 ** (attempt - 1);
        const hinted = lastError instanceof RetryableError ? lastError.retryAfter : undefined;
        await sleep(Math.min(Math.max(backoff, hinted ?? 0), this.#maxRetryAfter), signal);
      }
      try {
        return await this.#attempt(signal);
      } catch (error) {
        lastError = error;
        if (!(error instanceof RetryableError) || signal.aborted) break;
      }
    }
    throw lastError instanceof WeatherUnavailableError
      ? lastError
      : new WeatherUnavailableError('request failed', { cause: lastError });
  }

  async #attempt(outer: AbortSignal): Promise<WeatherObservation> {
    const signal = AbortSignal.any([outer, AbortSignal.timeout(this.#timeout)]);
    const doFetch = this.#fetch ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await doFetch(this.url, { signal, headers: { accept: 'application/json' } });
    } catch (error) {
      if (outer.aborted) throw new WeatherUnavailableError('aborted', { cause: error });
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      throw new RetryableError(
        timedOut ? `timeout after ${this.#timeout} ms` : 'network error',
        undefined,
        {
          cause: error,
        },
      );
    }
    if (response.status === 429 || response.status >= 500) {
      throw new RetryableError(
        `HTTP ${response.status}`,
        retryAfterMs(response.headers.get('retry-after')),
      );
    }
    if (!response.ok) throw new WeatherUnavailableError(`HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
      throw new WeatherUnavailableError(`unexpected content type "${type}"`);
    }
    if (Number(response.headers.get('content-length')) > MAX_BODY) {
      throw new WeatherUnavailableError(`response too large (over ${MAX_BODY} bytes)`);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new RetryableError('response body could not be read', undefined, { cause: error });
    }
    if (text.length > MAX_BODY) {
      throw new WeatherUnavailableError(`response too large (over ${MAX_BODY} bytes)`);
    }
    if (text.trim() === '') throw new WeatherUnavailableError('empty response body');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new WeatherUnavailableError('malformed JSON', { cause: error });
    }
    return observationFromBrightSky(body);
  }
}
