import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

const RECORDING = createRequire(import.meta.url).resolve(
  '@stadtkit/weather-status/recordings/offenbach-current-weather.json',
);

/**
 * A stand-in for api.brightsky.dev on 127.0.0.1 for working offline: `/current_weather` answers with the
 * recorded response for Offenbach, its timestamp moved to the last full hour. The demo points
 * `@stadtkit/proxy` at it, exactly as a deployment points it at Bright Sky.
 */
export async function startReplay(): Promise<{ server: Server; url: string }> {
  const recording = JSON.parse(await readFile(RECORDING, 'utf8')) as {
    weather: Record<string, unknown>;
  };
  const server = createServer((req, res) => {
    if (!req.url?.startsWith('/current_weather?')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"detail":"not found"}');
      return;
    }
    const hour = new Date();
    hour.setUTCMinutes(0, 0, 0);
    const body = {
      ...recording,
      weather: { ...recording.weather, timestamp: hour.toISOString().replace(/\.000Z$/, '+00:00') },
    };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
