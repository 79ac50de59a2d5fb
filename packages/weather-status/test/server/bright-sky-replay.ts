// A local HTTP server that replays the recorded Bright Sky response and injects faults, for the browser tests.
// Paths: /<run>/<scenario>/current_weather — <run> is a per-test id, so tests can count their own requests
// (GET /__log/<run>). Runs in Node (vitest globalSetup); only listens on 127.0.0.1.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const recording = JSON.parse(
  readFileSync(new URL('../../recordings/offenbach-current-weather.json', import.meta.url), 'utf8'),
) as { weather: Record<string, unknown>; sources: Record<string, unknown>[] };

const MINUTE = 60_000;

function isoAgo(ms: number): string {
  return new Date(Date.now() - ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

function body(
  weather: Record<string, unknown> = {},
  agoMs = 20 * MINUTE,
  sources = recording.sources,
) {
  return JSON.stringify({
    weather: { ...recording.weather, timestamp: isoAgo(agoMs), ...weather },
    sources,
  });
}

type Reply = {
  status: number;
  type?: string;
  body?: string;
  headers?: Record<string, string>;
  hang?: boolean;
};

const SCENARIOS: Record<string, (count: number) => Reply> = {
  ok: () => ({ status: 200, body: body() }),
  negative: () => ({ status: 200, body: body({ temperature: -3.4, icon: 'clear-day' }) }),
  stale: () => ({ status: 200, body: body({}, 5 * 60 * MINUTE) }),
  'temperature-null': () => ({ status: 200, body: body({ temperature: null }) }),
  'condition-null': () => ({ status: 200, body: body({ condition: null, icon: null }) }),
  'all-null': () => ({
    status: 200,
    body: body({ temperature: null, condition: null, icon: null }),
  }),
  'unknown-icon': () => ({ status: 200, body: body({ icon: 'partly-sunny-with-meatballs' }) }),
  'temperature-nan': () => ({
    status: 200,
    body: body().replace(/"temperature":7\.2/, '"temperature":"NaN"'),
  }),
  'temperature-fallback': () => ({
    status: 200,
    body: body({ fallback_source_ids: { temperature: 238690 } }),
  }),
  hostile: () => ({
    status: 200,
    body: body({}, 20 * MINUTE, [
      { ...recording.sources[0], station_name: '<img src=x onerror=alert(1)>' },
    ]),
  }),
  'no-weather': () => ({ status: 200, body: '{"sources":[]}' }),
  // Faults in the optional station details only: the reading stays, the detail goes.
  'station-name-empty': () => ({
    status: 200,
    body: body({}, 20 * MINUTE, [{ ...recording.sources[0], station_name: '' }]),
  }),
  'station-name-long': () => ({
    status: 200,
    body: body({}, 20 * MINUTE, [{ ...recording.sources[0], station_name: 'W'.repeat(201) }]),
  }),
  'station-id-empty': () => ({
    status: 200,
    body: body({}, 20 * MINUTE, [{ ...recording.sources[0], dwd_station_id: '' }]),
  }),
  'station-distance-negative': () => ({
    status: 200,
    body: body({}, 20 * MINUTE, [{ ...recording.sources[0], distance: -1 }]),
  }),
  // 2 MB of valid JSON (a misconfigured proxy or an attack), refused by size: announced by Content-Length, and
  // streamed without one.
  huge: () => {
    const padded = body({ padding: 'x'.repeat(2 * 1024 * 1024) });
    return {
      status: 200,
      body: padded,
      headers: { 'content-length': String(Buffer.byteLength(padded)) },
    };
  },
  'huge-chunked': () => ({ status: 200, body: body({ padding: 'x'.repeat(2 * 1024 * 1024) }) }),
  malformed: () => ({ status: 200, body: '{"weather": {"temperature": 7,' }),
  empty: () => ({ status: 200, body: '' }),
  'wrong-type': () => ({
    status: 200,
    type: 'text/html; charset=utf-8',
    body: '<html><body>7 °C</body></html>',
  }),
  'not-found': () => ({ status: 404, body: '{"detail":"No sources match your criteria"}' }),
  '500': () => ({ status: 500, type: 'text/plain', body: 'Internal Server Error' }),
  '429': () => ({
    status: 429,
    type: 'text/plain',
    body: 'Too Many Requests',
    headers: { 'retry-after': '0' },
  }),
  timeout: () => ({ status: 200, hang: true }),
  flaky: (count) =>
    count === 1 ? { status: 503, type: 'text/plain', body: 'busy' } : { status: 200, body: body() },
  'then-500': (count) =>
    count === 1 ? { status: 200, body: body() } : { status: 500, type: 'text/plain', body: '' },
};

export const SCENARIO_NAMES = Object.keys(SCENARIOS);

export interface ReplayServer {
  url: string;
  close(): Promise<void>;
}

export function startReplayServer(): Promise<ReplayServer> {
  const counts = new Map<string, number>();
  const hanging = new Set<ServerResponse>();

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const cors = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    const [first, scenario, endpoint] = url.pathname.split('/').slice(1);
    if (first === '__log' && scenario) {
      res.writeHead(200, { ...cors, 'content-type': 'application/json' });
      res.end(JSON.stringify({ count: counts.get(scenario) ?? 0 }));
      return;
    }
    const make = scenario ? SCENARIOS[scenario] : undefined;
    if (!first || !make || endpoint !== 'current_weather') {
      res.writeHead(404, { ...cors, 'content-type': 'text/plain' });
      res.end('unknown scenario');
      return;
    }
    const count = (counts.get(first) ?? 0) + 1;
    counts.set(first, count);
    const reply = make(count);
    if (reply.hang) {
      hanging.add(res);
      const timer = setTimeout(() => res.destroy(), 10_000);
      res.on('close', () => {
        clearTimeout(timer);
        hanging.delete(res);
      });
      return;
    }
    res.writeHead(reply.status, {
      ...cors,
      'content-type': reply.type ?? 'application/json',
      ...reply.headers,
    });
    res.end(reply.body ?? '');
  };

  const server = createServer(handle);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            for (const res of hanging) res.destroy();
            server.close(() => done());
            // Browsers keep connections alive; without this, close waits for them to time out.
            server.closeAllConnections();
          }),
      });
    });
  });
}
