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

/**
 * The data-protection hint for a page at `pageHref` whose visitors' browsers request `url`: a sentence when an
 * https page sends them to api.brightsky.dev on another origin, else undefined.
 */
export function directUseHint(pageHref: string | undefined, url: string): string | undefined {
  if (!pageHref || !pageHref.startsWith('https:')) return undefined;
  const page = new URL(pageHref);
  const { origin } = new URL(url, page);
  if (origin !== new URL(BRIGHT_SKY_BASE_URL).origin || origin === page.origin) return undefined;
  return (
    `<stadt-weather-status>: visitors' browsers load the weather from ${origin} directly (their IP address goes to a third party). ` +
    'Serve it from your own origin with @stadtkit/proxy and set base-url, e.g. base-url="/stadtkit/brightsky".'
  );
}

/** Once per page, however many elements talk to Bright Sky directly. */
function hintDirect(url: string): void {
  if (hintedDirect) return;
  const hint = directUseHint(globalThis.location?.href, url);
  if (!hint) return;
  hintedDirect = true;
  console.info(hint);
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
