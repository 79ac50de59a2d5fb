import { formatIssues, parseWeatherObservation, type WeatherObservation } from '@stadtkit/model';
import { WeatherUnavailableError, type WeatherProvider } from './providers/provider.js';

/** What a load returns: the observation and when it was fetched (ms since the epoch). */
export interface CachedObservation {
  observation: WeatherObservation;
  fetchedAt: number;
}

const PREFIX = 'stadtkit:weather:';
const VERSION = 1;

/** Storage can be missing or throw (privacy modes, quotas, sandboxed frames): then we run without it. */
function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Reads a cache entry; anything unreadable, old or invalid is ignored (and removed). */
export function readCache(key: string, maxAge: number, now: number): CachedObservation | undefined {
  const store = storage();
  if (!store) return undefined;
  try {
    const raw = store.getItem(PREFIX + key);
    if (raw === null) return undefined;
    const entry = JSON.parse(raw) as { v?: unknown; fetchedAt?: unknown; observation?: unknown };
    const fetchedAt = entry.fetchedAt;
    if (
      entry.v !== VERSION ||
      typeof fetchedAt !== 'number' ||
      fetchedAt > now ||
      now - fetchedAt >= maxAge
    ) {
      store.removeItem(PREFIX + key);
      return undefined;
    }
    // sessionStorage is as untrusted as the network: validate again.
    const parsed = parseWeatherObservation(entry.observation);
    if (!parsed.ok) {
      store.removeItem(PREFIX + key);
      return undefined;
    }
    return { observation: parsed.value, fetchedAt };
  } catch {
    return undefined;
  }
}

export function writeCache(key: string, value: CachedObservation): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify({ v: VERSION, ...value }));
  } catch {
    // Quota exceeded or storage disabled: the page still works, it just refetches on the next page.
  }
}

/** What a provider delivered, checked like any untrusted input: a city's own provider is not trusted either. */
function checked(observation: unknown): WeatherObservation {
  const result = parseWeatherObservation(observation);
  if (!result.ok) {
    throw new WeatherUnavailableError(
      `invalid observation from the provider: ${formatIssues(result.issues, '; ')}`,
    );
  }
  return result.value;
}

/** Loads in flight, per provider key: every element on the page waiting for the same data shares one request. */
const inflight = new Map<string, Promise<CachedObservation>>();

/**
 * Returns the provider's observation, from the page's shared request, then the session cache (entries
 * younger than `maxAge` ms), then the provider. Successful remote loads are cached; failures are not.
 */
export function loadShared(
  provider: WeatherProvider,
  { maxAge, now = Date.now }: { maxAge: number; now?: () => number },
): Promise<CachedObservation> {
  if (!provider.remote) {
    const controller = new AbortController();
    return provider
      .load({ signal: controller.signal })
      .then((observation) => ({ observation: checked(observation), fetchedAt: now() }));
  }
  const pending = inflight.get(provider.key);
  if (pending) return pending;
  const cached = readCache(provider.key, maxAge, now());
  if (cached) return Promise.resolve(cached);
  const controller = new AbortController();
  const request = provider
    .load({ signal: controller.signal })
    .then((observation) => {
      const value = { observation: checked(observation), fetchedAt: now() };
      writeCache(provider.key, value);
      return value;
    })
    .finally(() => inflight.delete(provider.key));
  inflight.set(provider.key, request);
  return request;
}

/** Forgets every cached observation (tests, or a site's "refresh" button). */
export function clearWeatherCache(): void {
  const store = storage();
  if (!store) return;
  try {
    for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
  } catch {
    // nothing to clear
  }
}
