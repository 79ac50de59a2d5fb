import { toNewsTeaser, type WeatherObservation } from '@stadtkit/model';
import { allReleases, offenbachPressRelease } from '@stadtkit/model/fixtures';
import { createProxy, type StadtkitProxy } from '@stadtkit/proxy';
import { toNodeListener } from '@stadtkit/proxy/node.js';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { setTimeout as delay } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PageData } from './data.js';
import { renderDocument } from './render.js';
import { startReplay } from './replay.js';
import { searchReleases } from './search.js';

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
const require = createRequire(import.meta.url);
const MEDIA = dirname(require.resolve('@stadtkit/model/media/LICENSE.md'));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const INFO_PAGES: Record<string, { title: string; paragraphs: string[] }> = {
  '/impressum': {
    title: 'Impressum',
    paragraphs: [
      'Diese Seite ist eine Demonstration von Stadtkit, einer Sammlung von Webkomponenten für kommunale Websites. ' +
        'Sie ist kein Angebot der Stadt Offenbach am Main.',
      'Die Pressemitteilung vom 12. November 2019 stammt von der Stadt Offenbach am Main; Fotos sind Platzhalter.',
    ],
  },
  '/barrierefreiheit': {
    title: 'Erklärung zur Barrierefreiheit',
    paragraphs: [
      'Diese Demo soll die Anforderungen der BITV 2.0 und der WCAG 2.2 auf Stufe AA erfüllen. Jede Komponente wird ' +
        'in Chromium mit axe-core und mit der Tastatur geprüft.',
      'Barrieren können Sie über das Projekt melden.',
    ],
  },
  '/datenschutz': {
    title: 'Datenschutz',
    paragraphs: [
      'Diese Demo setzt keine Cookies. Das Wetter wird über den Server der Demo abgerufen (@stadtkit/proxy); Ihr ' +
        'Browser stellt keine Verbindung zu Dritten her. Zwischengespeichert wird nur im sessionStorage Ihres Browsers.',
    ],
  },
};

export interface DemoOptions {
  port?: number;
  host?: string;
  /** Absolute site URL for canonical links and JSON-LD. Default: the server's own URL. */
  siteUrl?: string;
  /** Proxy the live Bright Sky API instead of replaying the recording. */
  liveWeather?: boolean;
  /**
   * Bright Sky's base URL for the proxy. Default: `STADTKIT_UPSTREAM_BRIGHTSKY`, else the live API with
   * `liveWeather`, else a local replay of the recording.
   */
  upstream?: string;
  /** Render the current weather into the page on the server (default true); false leaves it to the browser. */
  ssrWeather?: boolean;
}

/** How long a page render waits for the weather before it renders without a value. */
const SSR_WEATHER_WAIT_MS = 300;

/** Maps a URL path to a file below `base`, refusing anything that climbs out of it. */
function inside(base: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = normalize(join(base, decoded));
  return file.startsWith(base + sep) ? file : undefined;
}

function securityHeaders(): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };
}

/**
 * Whether the client accepts gzip, by the q-values of Accept-Encoding (`gzip;q=0` refuses it; `*` counts
 * when gzip is not named).
 */
export function acceptsGzip(header: string | undefined): boolean {
  let gzip: number | undefined;
  let any: number | undefined;
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    if (name.trim() === 'gzip') gzip = weight;
    else if (name.trim() === '*') any = weight;
  }
  return (gzip ?? any ?? 0) > 0;
}

/**
 * The path and query of a request target in origin form (`/a/b?c`), or undefined for anything else:
 * `//host/…` (would be read as a host), absolute or authority form, `*`, or what URL cannot parse.
 */
export function parseTarget(target: string | undefined): URL | undefined {
  if (!target?.startsWith('/') || target.startsWith('//')) return undefined;
  try {
    return new URL(target, 'http://localhost');
  } catch {
    return undefined;
  }
}

let siteCss: string | undefined;

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.map']);

/** gzip for clients that accept it (every browser): sets the headers and returns the body to send. */
function compress(req: IncomingMessage, res: ServerResponse, body: Buffer): Buffer {
  res.setHeader('vary', 'accept-encoding');
  if (body.length < 1024 || !acceptsGzip(req.headers['accept-encoding'])) return body;
  res.setHeader('content-encoding', 'gzip');
  return gzipSync(body, { level: 6 });
}

async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string | undefined,
  cache = 'no-cache',
) {
  if (!file) return sendText(res, 404, 'Nicht gefunden');
  try {
    const raw = await readFile(file);
    const body = COMPRESSIBLE.has(extname(file)) ? compress(req, res, raw) : raw;
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': cache,
      ...securityHeaders(),
    });
    res.end(body);
  } catch {
    sendText(res, 404, 'Nicht gefunden');
  }
}

function sendText(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...securityHeaders() });
  res.end(text);
}

/** Bidi overrides and isolates, marks, and other controls: never reflected into a page's title or heading. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const UNSAFE_IN_QUERY = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The search term as the page shows it: without controls and bidi overrides, whitespace collapsed, at most
 * 200 characters cut by code points (never inside a surrogate pair: a lone surrogate made
 * encodeURIComponent throw and the page answer 500).
 */
export function searchQuery(raw: string): string {
  return Array.from(raw.replace(UNSAFE_IN_QUERY, '').replace(/\s+/g, ' ').trim())
    .slice(0, 200)
    .join('')
    .toWellFormed();
}

const NOT_FOUND = {
  kind: 'info',
  title: 'Seite nicht gefunden',
  paragraphs: [
    'Diese Seite gibt es nicht (mehr). Vielleicht hilft die Suche oben, oder Sie beginnen auf der Startseite.',
  ],
  notFound: true,
} as const;

function pageData(url: URL): PageData | undefined {
  const path = url.pathname;
  if (path === '/' || path === '/index.html') {
    return {
      kind: 'release',
      path: offenbachPressRelease.url ?? '/',
      release: offenbachPressRelease,
    };
  }
  if (path === '/presse' || path === '/presse/') {
    return {
      kind: 'search',
      path: '/presse',
      query: '',
      results: allReleases.map((release) => toNewsTeaser(release)),
    };
  }
  if (path.startsWith('/presse/')) {
    const slug = path.slice('/presse/'.length);
    const release = allReleases.find((r) => r.slug === slug);
    return release ? { kind: 'release', path, release } : undefined;
  }
  if (path === '/suche') {
    const query = searchQuery(url.searchParams.get('q') ?? '');
    return {
      kind: 'search',
      path: `/suche?q=${encodeURIComponent(query)}`,
      query,
      results: searchReleases(allReleases, query),
      ...(query === '' ? { prompt: true } : {}),
    };
  }
  const info = INFO_PAGES[path];
  return info ? { kind: 'info', path, ...info } : undefined;
}

interface Settings {
  siteUrl: () => string;
  proxy: StadtkitProxy;
  proxyListener: ReturnType<typeof toNodeListener>;
  ssrWeather: boolean;
}

/** The weather the server has now, without making a page wait more than a moment for it. */
function currentWeather(proxy: StadtkitProxy): Promise<WeatherObservation | undefined> {
  return Promise.race([
    proxy.observation().catch(() => undefined),
    delay(SSR_WEATHER_WAIT_MS, undefined, { ref: false }),
  ]);
}

async function handle(req: IncomingMessage, res: ServerResponse, options: Settings) {
  const url = parseTarget(req.url);
  if (!url) return sendText(res, 400, 'Ungültige Anfrage');
  const path = url.pathname;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', ...securityHeaders() });
    res.end();
    return;
  }
  // The weather, from the demo's own origin: @stadtkit/proxy (allowlisted place, shared cache).
  if (path.startsWith('/stadtkit/')) return options.proxyListener(req, res);
  if (path === '/assets/site.css') return sendFile(req, res, join(root, 'public', 'site.css'));
  if (path.startsWith('/assets/'))
    return sendFile(req, res, inside(join(root, 'dist', 'client'), path.slice(8)));
  if (path.startsWith('/media/'))
    return sendFile(req, res, inside(MEDIA, path.slice(7)), 'public, max-age=86400');
  const data: PageData = pageData(url) ?? {
    ...NOT_FOUND,
    paragraphs: [...NOT_FOUND.paragraphs],
    path,
  };
  const css = (siteCss ??= await readFile(join(root, 'public', 'site.css'), 'utf8'));
  const weather = options.ssrWeather ? await currentWeather(options.proxy) : undefined;
  const { html, csp } = await renderDocument(weather ? { ...data, weather } : data, {
    siteUrl: options.siteUrl(),
    css,
  });
  const body = compress(req, res, Buffer.from(html));
  res.writeHead(data.kind === 'info' && data.notFound ? 404 : 200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': csp,
    'cache-control': 'no-cache',
    ...securityHeaders(),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Starts the demo server; resolves once it listens. Port 0 picks a free port (tests). */
export async function startServer(
  options: DemoOptions = {},
): Promise<{ server: Server; url: string; upstream: string }> {
  const port = options.port ?? Number(process.env.PORT ?? 4173);
  const host = options.host ?? process.env.HOST ?? '127.0.0.1';
  let url = '';
  const live = options.liveWeather ?? process.env.STADTKIT_WEATHER_LIVE === '1';
  let upstream = options.upstream ?? process.env.STADTKIT_UPSTREAM_BRIGHTSKY;
  let replay: Server | undefined;
  if (!upstream && !live) ({ server: replay, url: upstream } = await startReplay());
  const proxy = createProxy({ mount: '/stadtkit', upstream, locations: ['50.1055,8.7623'] });
  // Warm the cache before the first visitor (bounded by the proxy's 3 s upstream timeout): the first page
  // already has the weather in it, and a failing upstream is remembered rather than retried per page.
  await proxy.observation();
  const settings: Settings = {
    siteUrl: () => options.siteUrl ?? process.env.SITE_URL ?? url,
    proxy,
    proxyListener: toNodeListener(proxy),
    ssrWeather: options.ssrWeather ?? true,
  };
  const server = createServer((req, res) => {
    handle(req, res, settings).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent)
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', ...securityHeaders() });
      res.end('Interner Fehler');
    });
  });
  // Slow or stuck clients cannot hold the server: bounded header and request time, bounded connections.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  server.maxConnections = 2_000;
  server.on('close', () => replay?.close());
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      url = `http://${host === '127.0.0.1' ? 'localhost' : host}:${address.port}/`;
      resolve({ server, url, upstream: upstream ?? 'https://api.brightsky.dev' });
    });
  });
}

/**
 * Stops taking connections, lets requests in flight finish (idle keep-alive sockets are closed at once) and
 * exits; after `graceMs` whatever is left is cut. For SIGTERM from a process manager or container runtime.
 */
export function drainOnSignal(server: Server, graceMs = 10_000): void {
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      process.exit(1);
    }, graceMs).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { server, url, upstream } = await startServer();
  drainOnSignal(server);
  console.log(`Stadtkit demo: ${url}`);
  console.log(
    upstream.startsWith('http://127.0.0.1')
      ? 'Weather: @stadtkit/proxy → replayed Bright Sky recording (STADTKIT_WEATHER_LIVE=1 for the live API)'
      : `Weather: @stadtkit/proxy → ${upstream}`,
  );
}
