import {
  isDistrictArs,
  isWarnCell,
  OFFENBACH_ARS,
  OFFENBACH_WARN_CELL,
  withNinaDetails,
  type Warning,
  type WarningSource,
  type WarningsSnapshot,
  type WeatherObservation,
} from '@stadtkit/model';
import { Hono } from 'hono';
import { ReadingCache, type Entry } from './cache.js';
import { fetchReading, UpstreamError } from './upstream.js';
import {
  DEFAULT_NINA_UPSTREAM,
  loadAlerts,
  loadDashboard,
  loadDetail,
  snapshotOf,
  type WarningsReading,
} from './warnings.js';

/** A place the proxy serves: coordinates (WGS 84) or a DWD station id. */
export type ProxyLocation = { latitude: number; longitude: number } | { stationId: string };

export interface ProxyOptions {
  /** Path prefix of every route. Default `/stadtkit` (the element then uses `base-url="/stadtkit/brightsky"`). */
  mount?: string;
  /**
   * Bright Sky's base URL. Default: the environment variable `STADTKIT_UPSTREAM_BRIGHTSKY`, else
   * https://api.brightsky.dev
   */
  upstream?: string;
  /**
   * The only places served (never an open relay): coordinates, `"50.1055,8.7623"` strings, or `{ stationId }`.
   * Default: Offenbach am Main (50.1055, 8.7623), the element's default.
   */
  locations?: (ProxyLocation | string)[];
  /** DWD station ids served, e.g. "07341"; added to `locations`. */
  stations?: string[];
  /** Seconds a reading is fresh (one upstream request per place and interval). Default 600. */
  ttl?: number;
  /** Seconds after `ttl` during which the old reading is served while one refresh runs. Default 60. */
  staleWhileRevalidate?: number;
  /** Seconds after `ttl` during which the last good reading is served when the upstream fails. Default 10800. */
  staleIfError?: number;
  /** Seconds a failed upstream request is remembered (no retry storm). Default 60. */
  failureTtl?: number;
  /** Milliseconds per upstream request, body included. Default 3000. */
  timeout?: number;
  /** Largest upstream body in bytes. Default 100000. */
  maxBody?: number;
  /** The fetch for upstream requests. Default globalThis.fetch. */
  fetch?: typeof fetch;
  /** The clock, ms since the epoch. Default Date.now. */
  now?: () => number;
  /** Where upstream failures are reported. Default console.warn. */
  log?: (message: string) => void;
  /**
   * DWD warn cells (municipalities, 9 digits starting with 8) whose warnings `{mount}/brightsky/alerts` serves;
   * the `locations` are served by `?lat=…&lon=…` too. Default: Offenbach am Main (806413000).
   */
  warnCells?: string[];
  /**
   * Regional keys (ARS, 12 digits, district level: the last 7 are 0) whose NINA dashboard is served. Default:
   * Offenbach am Main (064130000000).
   */
  regions?: string[];
  /**
   * The NINA API's base URL. Default: the environment variable `STADTKIT_UPSTREAM_NINA`, else
   * https://warnung.bund.de/api31
   */
  ninaUpstream?: string;
  /** Seconds warnings are fresh (one upstream request per place and interval). Default 120. */
  warningsTtl?: number;
  /** Largest upstream body for warnings, in bytes. Default 1000000. */
  maxWarningsBody?: number;
}

/** A Fetch API handler (`Request` → `Response`), plus what a server-side renderer needs. */
export interface StadtkitProxy {
  (request: Request): Promise<Response>;
  /**
   * The current observation for an allowed place, through the same cache (for server-side rendering), or
   * undefined when there is none or the place is not allowed.
   */
  observation(location?: ProxyLocation): Promise<WeatherObservation | undefined>;
  /**
   * The current warnings of both sources for server-side rendering, through the same caches (NINA's with their
   * details): `<stadt-warnings>` takes the snapshot as `initialWarnings`. A source that fails is listed in
   * `failed`, never left out silently.
   */
  warnings(place?: {
    warnCell?: string;
    latitude?: number;
    longitude?: number;
    region?: string;
    sources?: WarningSource[];
  }): Promise<WarningsSnapshot>;
  /** Upstream requests made so far. */
  readonly upstreamCalls: number;
}

export const DEFAULT_UPSTREAM = 'https://api.brightsky.dev';
const OFFENBACH = { latitude: 50.1055, longitude: 8.7623 };
const STATION = /^[A-Za-z0-9]{1,10}$/;
const WARNING_ID = /^[\w.-]{1,120}$/;
/** Details fetched per dashboard for a snapshot: enough for a page, bounded for the upstream. */
const MAX_DETAILS = 10;
const NUMBER = /^-?\d{1,3}(?:\.\d{1,8})?$/;

function environment(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  return env?.[name] || undefined;
}

/** Reads "50.1055,8.7623", `{ latitude, longitude }` or `{ stationId }`; throws a clear error for anything else. */
export function parseLocation(value: ProxyLocation | string): ProxyLocation {
  if (typeof value === 'string') {
    const [lat, lon, extra] = value.split(',').map((part) => part.trim());
    if (extra !== undefined || !lat || !lon || !NUMBER.test(lat) || !NUMBER.test(lon))
      throw new TypeError(`location "${value}" is not "latitude,longitude" (e.g. 50.1055,8.7623)`);
    return parseLocation({ latitude: Number(lat), longitude: Number(lon) });
  }
  if ('stationId' in value) {
    if (!STATION.test(value.stationId))
      throw new TypeError(`station "${value.stationId}" is not a DWD station id`);
    return { stationId: value.stationId };
  }
  const { latitude, longitude } = value;
  if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180))
    throw new TypeError(`location ${latitude},${longitude} is out of range`);
  return { latitude, longitude };
}

/** The cache key and upstream query of a place: exactly what the element sends for it. */
function queryOf(location: ProxyLocation): string {
  return 'stationId' in location
    ? `dwd_station_id=${location.stationId}`
    : `lat=${location.latitude}&lon=${location.longitude}`;
}

/** Headers on every answer: no sniffing, readable by the site's own pages only, no referrer, no framing. */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'same-site',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

/** The allowed key for a request's query string ("?lat=…"), or a message saying what is wrong with it. */
function keyFor(search: string, allowed: Set<string>): { key: string } | { error: string } {
  if (search.length > 200) return { error: 'query too long' };
  const params = new URLSearchParams(search);
  const names = [...params.keys()];
  if (new Set(names).size !== names.length) return { error: 'repeated parameter' };
  const unknown = names.find((name) => !['lat', 'lon', 'dwd_station_id'].includes(name));
  if (unknown !== undefined) return { error: `unsupported parameter "${unknown.slice(0, 40)}"` };
  const station = params.get('dwd_station_id');
  const lat = params.get('lat');
  const lon = params.get('lon');
  let location: ProxyLocation;
  if (station !== null && lat === null && lon === null) {
    if (!STATION.test(station)) return { error: 'dwd_station_id is not a DWD station id' };
    location = { stationId: station };
  } else if (station === null && lat !== null && lon !== null) {
    if (!NUMBER.test(lat) || !NUMBER.test(lon)) return { error: 'lat and lon must be numbers' };
    location = { latitude: Number(lat), longitude: Number(lon) };
  } else {
    return { error: 'give lat and lon, or dwd_station_id' };
  }
  const key = queryOf(location);
  return allowed.has(key) ? { key } : { error: 'location not served by this proxy' };
}

/** The allowed key for an `/alerts` query (`?warn_cell_id=…` or `?lat=…&lon=…`), or what is wrong with it. */
function alertsKeyFor(search: string, allowed: Set<string>): { key: string } | { error: string } {
  if (search.length > 200) return { error: 'query too long' };
  const params = new URLSearchParams(search);
  const names = [...params.keys()];
  if (new Set(names).size !== names.length) return { error: 'repeated parameter' };
  const unknown = names.find((name) => !['lat', 'lon', 'warn_cell_id'].includes(name));
  if (unknown !== undefined) return { error: `unsupported parameter "${unknown.slice(0, 40)}"` };
  const cell = params.get('warn_cell_id');
  const lat = params.get('lat');
  const lon = params.get('lon');
  let key: string;
  if (cell !== null && lat === null && lon === null) {
    if (!isWarnCell(cell)) return { error: 'warn_cell_id is not a DWD warn cell id' };
    key = `warn_cell_id=${cell}`;
  } else if (cell === null && lat !== null && lon !== null) {
    if (!NUMBER.test(lat) || !NUMBER.test(lon)) return { error: 'lat and lon must be numbers' };
    key = `lat=${Number(lat)}&lon=${Number(lon)}`;
  } else {
    return { error: 'give warn_cell_id, or lat and lon' };
  }
  return allowed.has(key) ? { key } : { error: 'place not served by this proxy' };
}

/**
 * Creates the proxy: `GET {mount}/brightsky/current_weather?lat=…&lon=…` (or `?dwd_station_id=…`) answers like
 * Bright Sky's `/current_weather`, for the allowed places only, from a shared cache with one upstream request
 * per place and interval, with `Cache-Control`, `Age` and `ETag` (304 on `If-None-Match`) so a CDN or reverse
 * proxy in front can take over the fan-out. Upstream bodies are validated and reduced to what Stadtkit reads.
 */
export function createProxy(options: ProxyOptions = {}): StadtkitProxy {
  const mount = `/${(options.mount ?? '/stadtkit').replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  const upstream = (
    options.upstream ??
    environment('STADTKIT_UPSTREAM_BRIGHTSKY') ??
    DEFAULT_UPSTREAM
  ).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(upstream))
    throw new TypeError(`upstream "${upstream}" is not an http(s) URL`);
  const places = [
    ...(options.locations ?? (options.stations?.length ? [] : [OFFENBACH])),
    ...(options.stations ?? []).map((stationId) => ({ stationId })),
  ].map(parseLocation);
  const allowed = new Set(places.map(queryOf));
  const seconds = (value: number | undefined, fallback: number) =>
    Number.isFinite(value) && (value as number) >= 0 ? (value as number) : fallback;
  const ttl = seconds(options.ttl, 600);
  const swr = seconds(options.staleWhileRevalidate, 60);
  const sie = seconds(options.staleIfError, 10_800);
  const failureTtl = seconds(options.failureTtl, 60);
  const log = options.log ?? ((message: string) => console.warn(message));
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const limits = { timeout: options.timeout ?? 3000, maxBody: options.maxBody ?? 100_000 };

  const cache = new ReadingCache(
    (key) => fetchReading(`${upstream}/current_weather?${key}`, { ...limits, fetch: doFetch }),
    {
      ttl: ttl * 1000,
      staleWhileRevalidate: swr * 1000,
      staleIfError: sie * 1000,
      failureTtl: failureTtl * 1000,
      now: options.now ?? Date.now,
    },
    (key, error) =>
      log(
        `[stadtkit-proxy] Bright Sky ${key}: ${error instanceof UpstreamError ? error.message : String(error)}`,
      ),
  );

  const now = options.now ?? Date.now;
  // Warnings: their own caches and shorter times (a warning is news), the same single-flight and stale rules.
  const nina = (
    options.ninaUpstream ??
    environment('STADTKIT_UPSTREAM_NINA') ??
    DEFAULT_NINA_UPSTREAM
  ).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(nina))
    throw new TypeError(`ninaUpstream "${nina}" is not an http(s) URL`);
  const warnCells = (options.warnCells ?? [OFFENBACH_WARN_CELL]).map(String);
  for (const cell of warnCells)
    if (!isWarnCell(cell))
      throw new TypeError(`warn cell "${cell}" is not a DWD warn cell id (9 digits)`);
  const regions = options.regions ?? [OFFENBACH_ARS];
  for (const region of regions)
    if (!isDistrictArs(region))
      throw new TypeError(`region "${region}" is not a district ARS (12 digits, the last 7 are 0)`);
  const allowedCells = new Set([
    ...warnCells.map((cell) => `warn_cell_id=${cell}`),
    ...[...allowed].filter((key) => key.startsWith('lat=')),
  ]);
  const warningsTtl = seconds(options.warningsTtl, 120);
  const warningLimits = { ...limits, maxBody: options.maxWarningsBody ?? 1_000_000 };
  const warningTimes = {
    ttl: warningsTtl * 1000,
    staleWhileRevalidate: Math.min(swr, warningsTtl) * 1000,
    // A warning may end or begin any minute: the last good answer stands in for at most an hour.
    staleIfError: Math.min(sie, 3600) * 1000,
    failureTtl: failureTtl * 1000,
    now,
  };
  const warningCache = (
    name: string,
    load: (key: string) => Promise<WarningsReading>,
    maxKeys?: number,
  ) =>
    new ReadingCache<WarningsReading>(
      load,
      warningTimes,
      (key, error) =>
        log(
          `[stadtkit-proxy] ${name} ${key}: ${error instanceof UpstreamError ? error.message : String(error)}`,
        ),
      maxKeys,
    );
  const alerts = warningCache('Bright Sky alerts', (key) =>
    loadAlerts(`${upstream}/alerts?${key}`, { ...warningLimits, fetch: doFetch }),
  );
  const dashboards = warningCache('NINA dashboard', (key) =>
    loadDashboard(`${nina}/dashboard/${key}.json`, { ...warningLimits, fetch: doFetch }),
  );
  const details = warningCache(
    'NINA warning',
    (key) => loadDetail(`${nina}/warnings/${key}.json`, { ...warningLimits, fetch: doFetch }),
    200,
  );
  const warningsControl = `public, max-age=${warningsTtl}, stale-while-revalidate=${Math.min(swr, warningsTtl)}, stale-if-error=${Math.min(sie, 3600)}`;
  /** A detail is served only for a warning on an allowed region's dashboard: never an open relay. */
  const knownWarning = async (id: string) => {
    for (const region of regions) {
      const entry = dashboards.peek(region) ?? (await dashboards.get(region)).entry;
      if (entry?.reading.warnings.some((warning) => warning.id === id)) return true;
    }
    return false;
  };
  /** A region's NINA warnings with their details (the first few); a detail that fails leaves the dashboard's. */
  const ninaWarnings = async (
    region: string,
  ): Promise<{ warnings: Warning[]; fetchedAt: number } | undefined> => {
    const lookup = await dashboards.get(region);
    if (!lookup.entry) return undefined;
    const { fetchedAt } = lookup.entry;
    const warnings = await Promise.all(
      lookup.entry.reading.warnings.map(async (warning, index) => {
        if (index >= MAX_DETAILS) return warning;
        const detail = (await details.get(warning.id)).entry;
        return detail ? withNinaDetails(warning, JSON.parse(detail.reading.body)).warning : warning;
      }),
    );
    return { warnings, fetchedAt };
  };

  const cacheControl = `public, max-age=${ttl}, stale-while-revalidate=${swr}, stale-if-error=${sie}`;
  /** Every answer is built here, with the headers a JSON API needs (set directly: this is the hot path). */
  const respond = (status: number, body: string | null, headers: Record<string, string>) =>
    new Response(body, { status, headers: { ...SECURITY_HEADERS, ...headers } });
  const problem = (status: 400 | 404 | 405 | 503, error: string, headers = {}) =>
    respond(status, JSON.stringify({ error }), {
      ...JSON_HEADERS,
      'cache-control': 'no-store',
      ...headers,
    });
  const fresh = (request: Request, entry: Entry, age: number, control = cacheControl) => {
    const headers = {
      'cache-control': control,
      age: String(Math.max(0, Math.floor(age / 1000))),
      etag: entry.etag,
    };
    const match = request.headers.get('if-none-match');
    if (
      match &&
      match
        .split(',')
        .some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === entry.etag)
    )
      return respond(304, null, headers);
    return respond(200, entry.reading.body, { ...JSON_HEADERS, ...headers });
  };

  const app = new Hono();
  app.get(`${mount}/brightsky/current_weather`, async (c) => {
    const url = c.req.url;
    const query = url.indexOf('?');
    const found = keyFor(query < 0 ? '' : url.slice(query), allowed);
    if ('error' in found) return problem(400, found.error);
    const lookup = await cache.get(found.key);
    if (lookup.entry) return fresh(c.req.raw, lookup.entry, lookup.age);
    return problem(503, 'weather data temporarily unavailable', {
      'retry-after': String(Math.ceil(lookup.retryAfter / 1000)),
    });
  });
  app.all(`${mount}/brightsky/current_weather`, () =>
    problem(405, 'method not allowed', { allow: 'GET, HEAD' }),
  );
  app.get(`${mount}/brightsky/alerts`, async (c) => {
    const url = c.req.url;
    const query = url.indexOf('?');
    const found = alertsKeyFor(query < 0 ? '' : url.slice(query), allowedCells);
    if ('error' in found) return problem(400, found.error);
    const lookup = await alerts.get(found.key);
    if (lookup.entry) return fresh(c.req.raw, lookup.entry, lookup.age, warningsControl);
    return problem(503, 'warnings temporarily unavailable', {
      'retry-after': String(Math.ceil(lookup.retryAfter / 1000)),
    });
  });
  app.get(`${mount}/nina/dashboard/:file`, async (c) => {
    const region = /^(\d{12})\.json$/.exec(c.req.param('file'))?.[1];
    if (!region || !regions.includes(region))
      return problem(404, 'region not served by this proxy');
    if (new URL(c.req.url).search !== '') return problem(400, 'no parameters expected');
    const lookup = await dashboards.get(region);
    if (lookup.entry) return fresh(c.req.raw, lookup.entry, lookup.age, warningsControl);
    return problem(503, 'warnings temporarily unavailable', {
      'retry-after': String(Math.ceil(lookup.retryAfter / 1000)),
    });
  });
  app.get(`${mount}/nina/warnings/:file`, async (c) => {
    const id = /^(.+)\.json$/.exec(c.req.param('file'))?.[1];
    if (!id || !WARNING_ID.test(id) || !(await knownWarning(id)))
      return problem(404, 'warning not on a served dashboard');
    const lookup = await details.get(id);
    if (lookup.entry) return fresh(c.req.raw, lookup.entry, lookup.age, warningsControl);
    return problem(503, 'warning details temporarily unavailable', {
      'retry-after': String(Math.ceil(lookup.retryAfter / 1000)),
    });
  });
  for (const path of ['brightsky/alerts', 'nina/dashboard/:file', 'nina/warnings/:file'])
    app.all(`${mount}/${path}`, () => problem(405, 'method not allowed', { allow: 'GET, HEAD' }));
  app.notFound(() => problem(404, 'not found'));
  app.onError((error) => {
    log(`[stadtkit-proxy] ${error instanceof Error ? error.message : String(error)}`);
    return problem(503, 'weather data temporarily unavailable');
  });

  const handler = (request: Request) => Promise.resolve(app.fetch(request));
  return Object.defineProperties(handler, {
    observation: {
      value: async (location: ProxyLocation = places[0] ?? OFFENBACH) => {
        let key: string;
        try {
          key = queryOf(parseLocation(location));
        } catch {
          return undefined;
        }
        if (!allowed.has(key)) return undefined;
        const lookup = await cache.get(key);
        return lookup.entry?.reading.observation;
      },
    },
    warnings: {
      value: async (
        place: {
          warnCell?: string;
          latitude?: number;
          longitude?: number;
          region?: string;
          sources?: WarningSource[];
        } = {},
      ): Promise<WarningsSnapshot> => {
        const sources = place.sources ?? (['dwd', 'nina'] as WarningSource[]);
        const cell =
          place.latitude !== undefined && place.longitude !== undefined
            ? `lat=${place.latitude}&lon=${place.longitude}`
            : `warn_cell_id=${place.warnCell ?? warnCells[0] ?? OFFENBACH_WARN_CELL}`;
        const region = place.region ?? regions[0] ?? OFFENBACH_ARS;
        const [dwd, ninaList] = await Promise.all([
          sources.includes('dwd') && allowedCells.has(cell)
            ? alerts
                .get(cell)
                .then((lookup) =>
                  lookup.entry
                    ? { warnings: lookup.entry.reading.warnings, fetchedAt: lookup.entry.fetchedAt }
                    : undefined,
                )
            : undefined,
          sources.includes('nina') && regions.includes(region) ? ninaWarnings(region) : undefined,
        ]);
        return snapshotOf({ dwd, nina: ninaList }, sources, now());
      },
    },
    upstreamCalls: {
      get: () =>
        cache.upstreamCalls +
        alerts.upstreamCalls +
        dashboards.upstreamCalls +
        details.upstreamCalls,
    },
  }) as StadtkitProxy;
}
