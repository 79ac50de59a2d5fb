import { checkUrl } from '@stadtkit/model';
import { BRIGHT_SKY_BASE_URL, BrightSkyProvider, OFFENBACH } from './providers/bright-sky.js';
import type { WeatherProvider } from './providers/provider.js';

/** Where an element's data comes from: a provider, or why there is none (a reason for events, a warning). */
export type Source = { provider: WeatherProvider } | { reason: string; warning: string };

/** The element's source properties, as set (from attributes or script, already coerced to their types). */
export interface SourceConfig {
  provider?: unknown;
  latitude?: number;
  longitude?: number;
  stationId?: string;
  baseUrl?: string;
}

/** The data-protection hint is given once per page, however many elements talk to Bright Sky directly. */
let hintedDirect = false;

/** Once per page: visitors' browsers contacting Bright Sky directly is worth a sentence in the console. */
function hintDirect(url: string): void {
  if (hintedDirect || globalThis.location?.protocol !== 'https:') return;
  const { origin } = new URL(url, globalThis.location.href);
  if (origin !== new URL(BRIGHT_SKY_BASE_URL).origin || origin === globalThis.location.origin)
    return;
  hintedDirect = true;
  console.info(
    `<stadt-weather-status>: visitors' browsers load the weather from ${origin} directly (their IP address goes to a third party). ` +
      'Serve it from your own origin with @stadtkit/proxy and set base-url, e.g. base-url="/stadtkit/brightsky".',
  );
}

/**
 * A provider set from script, read once into a plain one: anything without a `load` method, or that throws
 * when read, is refused with a warning, never a crash later.
 */
function usable(provider: unknown): Source {
  try {
    const { key, remote, load } = provider as Partial<WeatherProvider>;
    if (typeof load !== 'function') throw new TypeError('it has no load() method');
    if (remote === true && typeof key !== 'string')
      throw new TypeError('a remote provider needs a string key');
    return {
      provider: {
        key: typeof key === 'string' ? key : 'local',
        remote: remote === true,
        load: (options) => Promise.resolve().then(() => load.call(provider, options)),
      },
    };
  } catch (error) {
    return {
      reason: 'invalid provider',
      warning: `provider is not used: ${error instanceof Error ? error.message : 'unreadable'}`,
    };
  }
}

/**
 * The provider to load from: the `provider` property, else Bright Sky at `baseUrl` for the coordinates or
 * station (default: Offenbach am Main). Bad configuration is refused with the attribute named, no request.
 */
export function resolveSource({
  provider,
  latitude,
  longitude,
  stationId,
  baseUrl,
}: SourceConfig): Source {
  if (provider !== undefined && provider !== null) return usable(provider);
  if (baseUrl !== undefined) {
    const problem = checkUrl(baseUrl);
    if (problem)
      return {
        reason: 'invalid base-url',
        warning: `base-url "${baseUrl}" is not used: ${problem}`,
      };
  }
  if (stationId !== undefined && !/^[A-Za-z0-9]{1,10}$/.test(stationId))
    return {
      reason: 'invalid station-id',
      warning: `station-id "${stationId}" is not a DWD station id`,
    };
  const hasCoordinates = latitude !== undefined || longitude !== undefined;
  if (
    !stationId &&
    hasCoordinates &&
    !(
      typeof latitude === 'number' &&
      typeof longitude === 'number' &&
      Math.abs(latitude) <= 90 &&
      Math.abs(longitude) <= 180
    )
  ) {
    return {
      reason: 'invalid coordinates',
      warning: 'latitude and longitude must both be given, as numbers within range',
    };
  }
  const brightSky = new BrightSkyProvider({
    baseUrl,
    stationId,
    latitude: latitude ?? OFFENBACH.latitude,
    longitude: longitude ?? OFFENBACH.longitude,
  });
  hintDirect(brightSky.url);
  return { provider: brightSky };
}
