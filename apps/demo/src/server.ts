import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The demo package folder (holding package.json), from src/ in tests or dist/server/ when built. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('demo server: package.json not found');
    dir = parent;
  }
  return dir;
}

const root = packageRoot();
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Maps a URL path to a file below `base`, refusing anything that climbs out of it. */
function inside(base: string, urlPath: string): string | undefined {
  const file = normalize(join(base, decodeURIComponent(urlPath)));
  return file.startsWith(base + sep) ? file : undefined;
}

async function sendFile(
  res: ServerResponse,
  file: string | undefined,
  headers: Record<string, string> = {},
) {
  if (!file) return notFound(res);
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      ...headers,
    });
    res.end(body);
  } catch {
    notFound(res);
  }
}

const require = createRequire(import.meta.url);
const RECORDING =
  require.resolve('@stadtkit/weather-status/recordings/offenbach-current-weather.json');
const LIVE = process.env.STADTKIT_WEATHER_LIVE === '1';

/**
 * Replays the recorded Bright Sky response for Offenbach, with its timestamp moved to the last full hour, so
 * the demo works offline. STADTKIT_WEATHER_LIVE=1 proxies the live API instead.
 */
async function sendWeather(res: ServerResponse) {
  const headers = { 'content-type': 'application/json', 'cache-control': 'no-store' };
  if (LIVE) {
    try {
      const live = await fetch('https://api.brightsky.dev/current_weather?lat=50.1055&lon=8.7623', {
        signal: AbortSignal.timeout(8000),
      });
      res.writeHead(live.status, headers);
      res.end(await live.text());
    } catch {
      res.writeHead(502, headers);
      res.end('{"detail":"Bright Sky not reachable"}');
    }
    return;
  }
  const recording = JSON.parse(await readFile(RECORDING, 'utf8')) as {
    weather: Record<string, unknown>;
  };
  const hour = new Date();
  hour.setUTCMinutes(0, 0, 0);
  recording.weather.timestamp = hour.toISOString().replace(/\.000Z$/, '+00:00');
  res.writeHead(200, headers);
  res.end(JSON.stringify(recording));
}

function notFound(res: ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Seite nicht gefunden');
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' });
    res.end();
    return;
  }
  if (path === '/' || path === '/index.html') {
    const csp = (await readFile(join(root, 'dist', 'site', 'csp.txt'), 'utf8')).trim();
    await sendFile(res, join(root, 'dist', 'site', 'index.html'), {
      'content-security-policy': csp,
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    return;
  }
  if (path === '/api/weather/current_weather') return sendWeather(res);
  if (path === '/assets/site.css') return sendFile(res, join(root, 'public', 'site.css'));
  if (path.startsWith('/assets/')) {
    return sendFile(res, inside(join(root, 'dist', 'client'), path.slice('/assets/'.length)));
  }
  notFound(res);
}

/** Starts the demo server; resolves once it listens. Port 0 picks a free port (used by tests). */
export function startServer(
  port = Number(process.env.PORT ?? 4173),
  host = process.env.HOST ?? '127.0.0.1',
) {
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise<{ server: Server; url: string }>((resolve) => {
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${address.port}/`,
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { url } = await startServer();
  console.log(`Stadtkit demo: ${url}`);
}
