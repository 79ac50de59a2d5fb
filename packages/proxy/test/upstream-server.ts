// A stand-in for api.brightsky.dev on 127.0.0.1: replays the recorded body and injects faults; counts requests.
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

const recording = JSON.parse(
  readFileSync(
    createRequire(import.meta.url).resolve(
      '@stadtkit/weather-status/recordings/offenbach-current-weather.json',
    ),
    'utf8',
  ),
) as { weather: Record<string, unknown>; sources: Record<string, unknown>[] };

export type Mode = 'ok' | '500' | 'hang' | 'malformed' | 'html' | 'huge' | 'hostile' | 'no-weather';

/** The recorded body, measured `agoMs` before now. */
export function recordedBody(agoMs = 20 * 60_000, sources = recording.sources): string {
  const timestamp = new Date(Date.now() - agoMs).toISOString().replace(/\.\d{3}Z$/, '+00:00');
  return JSON.stringify({ weather: { ...recording.weather, timestamp }, sources });
}

export interface Upstream {
  url: string;
  mode: Mode;
  /** Milliseconds before each answer. */
  delay: number;
  requests: string[];
  close(): Promise<void>;
}

export async function startUpstream(): Promise<Upstream> {
  const open = new Set<ServerResponse>();
  const state: Upstream = { url: '', mode: 'ok', delay: 0, requests: [], close: async () => {} };
  const reply = (res: ServerResponse) => {
    const json = { 'content-type': 'application/json' };
    switch (state.mode) {
      case 'ok':
        return res.writeHead(200, json).end(recordedBody());
      case 'hostile':
        return res
          .writeHead(200, json)
          .end(
            recordedBody(20 * 60_000, [
              { ...recording.sources[0], station_name: '<img src=x onerror=alert(1)>' },
            ]),
          );
      case '500':
        return res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error');
      case 'malformed':
        return res.writeHead(200, json).end('{"weather": {"temperature": 7,');
      case 'html':
        return res.writeHead(200, { 'content-type': 'text/html' }).end('<p>7 °C</p>');
      case 'huge':
        return res.writeHead(200, json).end(`{"padding":"${'x'.repeat(2_000_000)}"}`);
      case 'no-weather':
        return res.writeHead(200, json).end('{"sources":[]}');
      case 'hang':
        return undefined; // never answers; closed with the server
    }
  };
  const server = createServer((req, res) => {
    state.requests.push(req.url ?? '');
    open.add(res);
    res.on('close', () => open.delete(res));
    if (state.delay > 0) setTimeout(() => reply(res), state.delay);
    else reply(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const res of open) res.destroy();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return state;
}
