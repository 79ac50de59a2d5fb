import { observationFromBrightSky } from '@stadtkit/weather-status/bright-sky.js';
import { execFile, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProxy, type ProxyOptions, type StadtkitProxy } from '../src/index.js';
import { toNodeListener } from '../src/node.js';
import { startUpstream, type Upstream } from './upstream-server.js';

const OFFENBACH = 'lat=50.1055&lon=8.7623';
const PATH = `/stadtkit/brightsky/current_weather`;

let upstream: Upstream;
let server: Server | undefined;
let base: string;
let clock: number;
let logs: string[];

beforeAll(async () => {
  upstream = await startUpstream();
});
afterAll(() => upstream.close());
beforeEach(() => {
  upstream.mode = 'ok';
  upstream.delay = 0;
  upstream.requests = [];
  clock = Date.now();
  logs = [];
});
afterEach(async () => {
  vi.unstubAllEnvs();
  if (server) {
    const closing = server;
    await new Promise((resolve) => {
      closing.close(resolve);
      closing.closeAllConnections();
    });
  }
  server = undefined;
});

/** The proxy behind Node's http server on 127.0.0.1, as a city runs it; the clock is the test's. */
async function serve(options: ProxyOptions = {}): Promise<StadtkitProxy> {
  const proxy = createProxy({
    upstream: upstream.url,
    now: () => clock,
    log: (message) => logs.push(message),
    ...options,
  });
  server = createServer(toNodeListener(proxy));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}

const get = (query = OFFENBACH, init?: RequestInit) => fetch(`${base}${PATH}?${query}`, init);

/** Sends raw bytes as a request and returns the status line of the answer. */
function raw(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(base).port), '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
    socket.write(bytes);
    socket.setTimeout(3000, () => socket.end());
  });
}

describe('@stadtkit/proxy', () => {
  it('answers like Bright Sky: a body the element reads, reduced to what Stadtkit uses', async () => {
    await serve();
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await response.json()) as { weather: Record<string, unknown> };
    expect(Object.keys(body.weather).sort()).toEqual(
      ['condition', 'icon', 'source_id', 'temperature', 'timestamp'].sort(),
    );
    expect(observationFromBrightSky(body)).toMatchObject({
      temperature: 7.2,
      condition: 'dry',
      icon: 'cloudy',
      station: { name: 'Offenbach-Wetterpark', id: '07341' },
    });
    expect(upstream.requests).toEqual([`/current_weather?${OFFENBACH}`]);
  });

  it('500 concurrent requests → exactly 1 upstream request', async () => {
    upstream.delay = 200;
    const proxy = await serve();
    const responses = await Promise.all(Array.from({ length: 500 }, () => get()));
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(responses.map((r) => r.status)).toEqual(Array(500).fill(200));
    expect(new Set(bodies).size).toBe(1);
    expect(upstream.requests).toHaveLength(1);
    expect(proxy.upstreamCalls).toBe(1);
    // And the next 500 within the interval come from the cache.
    await Promise.all(Array.from({ length: 500 }, () => get().then((r) => r.arrayBuffer())));
    expect(upstream.requests).toHaveLength(1);
  });

  it('sends Cache-Control, Age and a strong ETag; 304 on If-None-Match; HEAD has no body', async () => {
    await serve({ ttl: 600, staleWhileRevalidate: 60, staleIfError: 3600 });
    const first = await get();
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=600, stale-while-revalidate=60, stale-if-error=3600',
    );
    expect(first.headers.get('age')).toBe('0');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]{24}"$/);
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect(first.headers.get('cross-origin-resource-policy')).toBe('same-site');
    expect(first.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    clock += 125_000;
    const again = await get(OFFENBACH, { headers: { 'if-none-match': `W/"other", ${etag}` } });
    expect(again.status).toBe(304);
    expect(again.headers.get('age')).toBe('125');
    expect(await again.text()).toBe('');
    expect((await get(OFFENBACH, { headers: { 'if-none-match': '*' } })).status).toBe(304);
    expect((await get(OFFENBACH, { headers: { 'if-none-match': '"stale"' } })).status).toBe(200);
    const head = await fetch(`${base}${PATH}?${OFFENBACH}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(upstream.requests).toHaveLength(1);
  });

  it('after the interval: serves the old reading while one refresh runs (stale-while-revalidate)', async () => {
    await serve({ ttl: 600, staleWhileRevalidate: 60 });
    const first = await (await get()).text();
    clock += 610_000;
    upstream.delay = 100;
    const during = await get();
    expect(await during.text()).toBe(first);
    expect(during.headers.get('age')).toBe('610');
    await vi.waitFor(() => expect(upstream.requests).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await get()).headers.get('age')).toBe('0');
    expect(upstream.requests).toHaveLength(2);
  });

  it.each(['500', 'hang', 'malformed', 'html', 'huge', 'no-weather'] as const)(
    'upstream %s: the last good body with its age, the failure remembered for failureTtl',
    async (mode) => {
      await serve({ ttl: 600, staleWhileRevalidate: 0, staleIfError: 3600, timeout: 300 });
      const good = await (await get()).text();
      clock += 700_000;
      upstream.mode = mode;
      const stale = await get();
      expect(stale.status).toBe(200);
      expect(await stale.text()).toBe(good);
      expect(Number(stale.headers.get('age'))).toBe(700);
      expect(upstream.requests).toHaveLength(2);
      expect(logs.join('\n')).toMatch(/\[stadtkit-proxy\] Bright Sky lat=50\.1055&lon=8\.7623: /);
      // Within a minute nobody asks the failing upstream again, however many visitors come.
      clock += 30_000;
      await Promise.all(Array.from({ length: 50 }, () => get().then((r) => r.text())));
      expect(upstream.requests).toHaveLength(2);
      clock += 31_000;
      upstream.mode = 'ok';
      await get();
      expect(upstream.requests).toHaveLength(3);
    },
  );

  it.each(['500', 'hang', 'malformed', 'huge'] as const)(
    'upstream %s and no good body yet: 503 with Retry-After and a JSON error',
    async (mode) => {
      upstream.mode = mode;
      await serve({ timeout: 300, failureTtl: 60 });
      const started = performance.now();
      const response = await get();
      expect(performance.now() - started).toBeLessThan(2000);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('60');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ error: 'weather data temporarily unavailable' });
    },
  );

  it('passes a hostile station name on as JSON text only', async () => {
    upstream.mode = 'hostile';
    await serve();
    const body = (await (await get()).json()) as { sources: { station_name: string }[] };
    expect(body.sources[0]?.station_name).toBe('<img src=x onerror=alert(1)>');
  });

  describe('never an open relay', () => {
    it.each([
      ['lat=52.52&lon=13.405', 400, 'location not served by this proxy'],
      ['dwd_station_id=00433', 400, 'location not served by this proxy'],
      ['lat=50.1055', 400, 'give lat and lon, or dwd_station_id'],
      ['', 400, 'give lat and lon, or dwd_station_id'],
      [`${OFFENBACH}&lat=1`, 400, 'repeated parameter'],
      [`${OFFENBACH}&tz=Europe/Berlin`, 400, 'unsupported parameter "tz"'],
      ['lat=<script>&lon=8.7623', 400, 'lat and lon must be numbers'],
      ['lat=50.1055e0&lon=8.7623', 400, 'lat and lon must be numbers'],
      ['lat=%ZZ&lon=%00', 400, 'lat and lon must be numbers'],
      ['dwd_station_id=../../etc', 400, 'dwd_station_id is not a DWD station id'],
      [`lat=${'9'.repeat(300)}&lon=1`, 400, 'query too long'],
      [`${'x'.repeat(100)}=1`, 400, `unsupported parameter "${'x'.repeat(40)}"`],
    ])('?%s → %i', async (query, status, error) => {
      await serve();
      const response = await get(query);
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ error });
      expect(upstream.requests).toEqual([]);
    });

    it('unknown paths are 404, other methods 405, both as JSON', async () => {
      await serve();
      const notFound = await fetch(`${base}/stadtkit/brightsky/../../etc/passwd`);
      expect(notFound.status).toBe(404);
      expect(await notFound.json()).toEqual({ error: 'not found' });
      const post = await fetch(`${base}${PATH}?${OFFENBACH}`, { method: 'POST', body: 'x' });
      expect(post.status).toBe(405);
      expect(post.headers.get('allow')).toBe('GET, HEAD');
      expect(upstream.requests).toEqual([]);
    });

    it('survives hostile request lines: never a 500, and serves the next request', async () => {
      await serve();
      const lines = [
        `GET ${PATH}?${OFFENBACH} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
        `GET http://evil.example${PATH}?lat=52.52&lon=13.405 HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n`,
        `GET /%ZZ%%/..%2f..%2f HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
        `GET ${PATH}?lat=\u00e4&lon=\u0000 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
        `GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
        `HELLO\r\n\r\n`,
        `GET / HTTP/1.1\r\nHost: ${'h'.repeat(20_000)}\r\nConnection: close\r\n\r\n`,
      ];
      const statuses = [];
      for (const line of lines) statuses.push(await raw(line));
      expect(statuses[0]).toBe('HTTP/1.1 200 OK');
      expect(statuses[1]).toBe('HTTP/1.1 400 Bad Request');
      for (const status of statuses) expect(status).not.toMatch(/ 5\d\d /);
      expect((await get()).status).toBe(200);
      expect(upstream.requests).toEqual([`/current_weather?${OFFENBACH}`]);
    });
  });

  it('serves the configured places and stations only; coordinates as "lat,lon" strings', async () => {
    await serve({ locations: ['50.1,8.76'], stations: ['07341'] });
    expect((await get('lat=50.1&lon=8.76')).status).toBe(200);
    expect((await get('dwd_station_id=07341')).status).toBe(200);
    expect((await get(OFFENBACH)).status).toBe(400);
    expect(upstream.requests).toEqual([
      '/current_weather?lat=50.1&lon=8.76',
      '/current_weather?dwd_station_id=07341',
    ]);
    expect(() => createProxy({ locations: ['Offenbach'] })).toThrow(
      'location "Offenbach" is not "latitude,longitude"',
    );
    expect(() => createProxy({ stations: ['../x'] })).toThrow('is not a DWD station id');
    expect(() => createProxy({ upstream: 'file:///etc' })).toThrow('is not an http(s) URL');
  });

  it('takes the upstream from STADTKIT_UPSTREAM_BRIGHTSKY', async () => {
    vi.stubEnv('STADTKIT_UPSTREAM_BRIGHTSKY', upstream.url);
    const proxy = createProxy({ now: () => clock });
    const response = await proxy(new Request(`http://city.example${PATH}?${OFFENBACH}`));
    expect(response.status).toBe(200);
    expect(upstream.requests).toHaveLength(1);
  });

  it('is a plain Fetch API handler, and gives server renderers the observation through the same cache', async () => {
    const proxy = createProxy({ upstream: upstream.url, now: () => clock, mount: '/' });
    const response = await proxy(
      new Request(`https://city.example/brightsky/current_weather?${OFFENBACH}`),
    );
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    await expect(proxy.observation()).resolves.toMatchObject({ temperature: 7.2 });
    await expect(
      proxy.observation({ latitude: 52.52, longitude: 13.405 }),
    ).resolves.toBeUndefined();
    expect(upstream.requests).toHaveLength(1);
  });
});

describe('stadtkit-proxy (CLI)', () => {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

  it('serves on the given port with the given places', async () => {
    const child = spawn(
      process.execPath,
      [cli, '--port', '0', '--location', '50.1055,8.7623', '--station', '07341'],
      { env: { ...process.env, STADTKIT_UPSTREAM_BRIGHTSKY: upstream.url } },
    );
    try {
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => resolve(chunk.toString()));
        child.on('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      const url = /http:\/\/\S+/.exec(line)?.[0] ?? '';
      expect(line).toContain('base-url="/stadtkit/brightsky"');
      expect((await fetch(`${url}?dwd_station_id=07341`)).status).toBe(200);
      expect((await fetch(`${url}?lat=1&lon=1`)).status).toBe(400);
    } finally {
      child.kill();
    }
  });

  it('refuses a bad flag with a clear message and exit code 2', async () => {
    const error = await promisify(execFile)(process.execPath, [
      cli,
      '--location',
      'Offenbach',
    ]).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr).toContain(
      'stadtkit-proxy: location "Offenbach" is not "latitude,longitude"',
    );
  });
});
