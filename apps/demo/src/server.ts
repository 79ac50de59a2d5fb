import { toNewsTeaser, type WarningsSnapshot, type WeatherObservation } from '@stadtkit/model';
import { allReleases, offenbachPressRelease } from '@stadtkit/model/fixtures';
import { createProxy, type StadtkitProxy } from '@stadtkit/proxy';
import { toNodeListener } from '@stadtkit/proxy/node.js';
import { existsSync, readdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { setTimeout as delay } from 'node:timers/promises';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { InfoSection, PageData } from './data.js';
import { rateLimitedErrors } from './log.js';
import { renderDocument } from './render.js';
import { FileCache, represent, send, type Representation } from './representation.js';
import { startReplay } from './replay.js';
import { searchReleases } from './search.js';
import { loadSiteCss } from './site-css.js';

// The export reaches it through this module, so the bundle keeps one server entry (no shared chunk that
// would hide the `import.meta.url` main-module check below).
export { loadSiteCss };

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

const INFO_PAGES: Record<
  string,
  { title: string; paragraphs: string[]; sections?: InfoSection[]; warningsInFull?: boolean }
> = {
  '/warnungen': {
    title: 'Amtliche Warnungen',
    paragraphs: [
      'Die aktuellen Warnungen des Deutschen Wetterdienstes und des Warnsystems des Bundes (NINA) für Offenbach ' +
        'am Main, unverändert aus den Quellen. In Notfällen: Notruf 112.',
    ],
    warningsInFull: true,
  },
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
      'Die Demo von Stadtkit ist bemüht, ihre Website im Einklang mit § 12a des Behindertengleichstellungsgesetzes ' +
        '(BGG) und der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen. ' +
        'Diese Erklärung gilt für die Seiten dieser Demo.',
    ],
    sections: [
      {
        heading: 'Stand der Vereinbarkeit mit den Anforderungen',
        paragraphs: [
          'Diese Website ist mit der BITV 2.0 (WCAG 2.2 Stufe AA, EN 301 549 V3.2.1) weitgehend vereinbar. Die ' +
            'unten aufgeführten Inhalte sind nicht vollständig barrierefrei.',
        ],
      },
      {
        heading: 'Nicht barrierefreie Inhalte',
        paragraphs: [
          'Vergrößerte Fotos: Die Vollbildansicht zeigt ein Foto in seiner vollen Größe; bei starker Vergrößerung muss ' +
            'darin in zwei Richtungen gescrollt werden (Ausnahme nach WCAG 1.4.10 für Bilder). Mit der Tastatur ' +
            'lässt sich der Ausschnitt mit den Pfeiltasten verschieben.',
          'Silbentrennung: Lange Wörter werden nach Trennmustern getrennt; in seltenen Fällen steht eine Trennung an ' +
            'einer ungewöhnlichen Stelle.',
          'Die Fotos sind Platzhalter-Grafiken; ihre Bildbeschreibungen beschreiben die ursprünglichen Fotos.',
        ],
      },
      {
        heading: 'Erstellung dieser Erklärung',
        paragraphs: [
          'Diese Erklärung wurde am 26. November 2026 erstellt und beruht auf einer Selbstbewertung: automatische ' +
            'Prüfungen mit axe-core in Chromium, Firefox und WebKit, Tastaturbedienung, der Barrierefreiheitsbaum der ' +
            'Komponenten, Darstellung bei 320 CSS-Pixeln Breite, 400 % Vergrößerung, angepassten Textabständen, ' +
            'erzwungenen Farben und reduzierter Bewegung. Die Prüfungen laufen bei jeder Änderung erneut.',
        ],
      },
      {
        heading: 'Feedback und Kontakt',
        paragraphs: [
          'Sind Ihnen Mängel beim barrierefreien Zugang zu Inhalten aufgefallen? Dann können Sie sich an uns wenden. ' +
            'Wir antworten innerhalb von zwei Wochen.',
        ],
        links: [
          {
            label: 'E-Mail an barrierefreiheit@stadtkit.example',
            href: 'mailto:barrierefreiheit@stadtkit.example',
          },
        ],
      },
      {
        heading: 'Schlichtungsverfahren',
        paragraphs: [
          'Wenn auch nach Ihrem Feedback an den oben genannten Kontakt keine zufriedenstellende Lösung gefunden wurde, ' +
            'können Sie sich an die Schlichtungsstelle nach § 16 BGG wenden. Sie hat die Aufgabe, bei Konflikten zur ' +
            'Barrierefreiheit eine außergerichtliche Streitbeilegung zu unterstützen. Das Verfahren ist kostenlos; ' +
            'Sie brauchen keinen Rechtsbeistand. Für Stellen eines Landes oder einer Kommune gilt das Verfahren ' +
            'des jeweiligen Landes.',
        ],
        links: [
          {
            label: 'Schlichtungsstelle nach dem Behindertengleichstellungsgesetz',
            href: 'https://www.schlichtungsstelle-bgg.de/',
            external: true,
          },
        ],
      },
    ],
  },
  '/datenschutz': {
    title: 'Datenschutz',
    paragraphs: [
      'Diese Demo setzt keine Cookies. Wetter und Warnungen werden über den Server der Demo abgerufen (@stadtkit/proxy); Ihr ' +
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
  /**
   * The NINA API's base URL for the proxy. Default: `STADTKIT_UPSTREAM_NINA`, else the live API with
   * `liveWeather`, else the local replay of the warnings recordings.
   */
  ninaUpstream?: string;
  /** Render the current weather into the page on the server (default true); false leaves it to the browser. */
  ssrWeather?: boolean;
  /** Production mode: source maps are not served. Default: NODE_ENV=production. */
  production?: boolean;
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

/** The site's CSS, read once (inlined into every page, and served as /assets/site.css). */
let siteCss: Promise<string> | undefined;
let siteCssRepresentation: Promise<Representation> | undefined;

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.map']);
const files = new FileCache();
/** Content-hashed build output (`app-3f9a….js`): cached for a year, never revalidated. */
const HASHED = /-[A-Za-z0-9_-]{8,}\.js$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** An SVG opened on its own is a document: no scripts, no plugins, nothing but its own inline styles. */
const SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string | undefined,
  cache = 'no-cache',
) {
  const representation =
    file &&
    (await files.get(file, COMPRESSIBLE.has(extname(file)), { immutable: cache === IMMUTABLE }));
  if (!file || !representation) return sendText(res, 404, 'Nicht gefunden');
  send(req, res, 200, representation, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': cache,
    ...(extname(file) === '.svg' ? { 'content-security-policy': SVG_CSP } : {}),
    ...securityHeaders(),
  });
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
  // One path for every unknown URL: one cached page, and no reflected path in it.
  path: '/404',
} as const;

/** Every page of the site (for the static export): start, press list, each release, info pages, the 404 page. */
export function sitePaths(): string[] {
  return [
    '/',
    '/presse',
    ...allReleases.map((release) => `/presse/${release.slug}`),
    ...Object.keys(INFO_PAGES),
    '/404',
  ];
}

/** The security headers every response carries (the static export writes them into its header files). */
export { securityHeaders, root as DEMO_ROOT, MEDIA, IMMUTABLE, SVG_CSP };

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
  production: boolean;
  /** The URL of the hashed client bundle. */
  script: string;
}

/** The hashed client entry (`app-<hash>.js`) of the build, found once at start. */
function clientScript(): string {
  const dir = join(root, 'dist', 'client');
  const entry = existsSync(dir)
    ? readdirSync(dir).find((file) => /^app-[A-Za-z0-9_-]+\.js$/.test(file))
    : undefined;
  return `/assets/${entry ?? 'app.js'}`;
}

/** The weather the server has now, without making a page wait more than a moment for it. */
function currentWeather(proxy: StadtkitProxy): Promise<WeatherObservation | undefined> {
  return Promise.race([
    proxy.observation().catch(() => undefined),
    delay(SSR_WEATHER_WAIT_MS, undefined, { ref: false }),
  ]);
}

/** The warnings the server has now (DWD and NINA through the proxy), bounded like the weather. */
function currentWarnings(proxy: StadtkitProxy): Promise<WarningsSnapshot | undefined> {
  return Promise.race([
    proxy.warnings().catch(() => undefined),
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
  if (path === '/assets/site.css') {
    siteCssRepresentation ??= (siteCss ??= loadSiteCss(root)).then((css) =>
      represent(Buffer.from(css), true),
    );
    send(req, res, 200, await siteCssRepresentation, {
      'content-type': TYPES['.css'] ?? 'text/css; charset=utf-8',
      'cache-control': 'no-cache',
      ...securityHeaders(),
    });
    return;
  }
  if (path.startsWith('/assets/')) {
    if (path.endsWith('.map') && options.production) return sendText(res, 404, 'Nicht gefunden');
    return sendFile(
      req,
      res,
      inside(join(root, 'dist', 'client'), path.slice(8)),
      HASHED.test(path) ? IMMUTABLE : 'no-cache',
    );
  }
  if (path.startsWith('/media/'))
    return sendFile(req, res, inside(MEDIA, path.slice(7)), 'public, max-age=86400');
  const data: PageData = pageData(url) ?? { ...NOT_FOUND, paragraphs: [...NOT_FOUND.paragraphs] };
  const [weather, warnings] = options.ssrWeather
    ? await Promise.all([currentWeather(options.proxy), currentWarnings(options.proxy)])
    : [undefined, undefined];
  const { representation, csp } = await renderedPage(
    { ...data, ...(weather ? { weather } : {}), ...(warnings ? { warnings } : {}) },
    options,
  );
  // HTML is revalidated (ETag → 304), never cached blind: a new release or weather is a new ETag.
  send(req, res, data.kind === 'info' && data.notFound ? 404 : 200, representation, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': csp,
    'cache-control': 'no-cache',
    ...securityHeaders(),
  });
}

interface RenderedPage {
  representation: Representation;
  csp: string;
}

/** Pages that do not depend on the request beyond their path, by path and weather; bounded. */
const pages = new Map<string, Promise<RenderedPage>>();
const searches = new Map<string, Promise<RenderedPage>>();
const MAX_CACHED_PAGES = 200;

/** The page rendered (and compressed) once per page and data; search results once per term (bounded). */
function renderedPage(data: PageData, options: Settings): Promise<RenderedPage> {
  const render = async (): Promise<RenderedPage> => {
    const css = await (siteCss ??= loadSiteCss(root));
    const { html, csp } = await renderDocument(data, {
      siteUrl: options.siteUrl(),
      css,
      script: options.script,
    });
    return { representation: await represent(Buffer.from(html), true), csp };
  };
  // Search results depend on the term: they have their own, smaller cache, so a flood of distinct terms
  // cannot push the site's pages out.
  const cache = data.kind === 'search' && data.query !== '' ? searches : pages;
  const key = JSON.stringify([
    data.path,
    data.weather ?? null,
    data.warnings ?? null,
    options.siteUrl(),
  ]);
  let page = cache.get(key);
  if (!page) {
    if (cache.size >= MAX_CACHED_PAGES) cache.clear();
    page = render();
    cache.set(key, page);
    page.catch(() => cache.delete(key));
  }
  return page;
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
  let ninaUpstream = options.ninaUpstream ?? process.env.STADTKIT_UPSTREAM_NINA;
  let replay: Server | undefined;
  if ((!upstream || !ninaUpstream) && !live) {
    const started = await startReplay();
    replay = started.server;
    upstream ??= started.url;
    ninaUpstream ??= started.url;
  }
  const proxy = createProxy({
    mount: '/stadtkit',
    upstream,
    ninaUpstream,
    locations: ['50.1055,8.7623'],
    warnCells: ['806413000'],
    regions: ['064130000000'],
  });
  // Warm the cache before the first visitor (bounded by the proxy's 3 s upstream timeout): the first page
  // already has the weather in it, and a failing upstream is remembered rather than retried per page.
  await Promise.all([proxy.observation(), proxy.warnings()]);
  const settings: Settings = {
    siteUrl: () => options.siteUrl ?? process.env.SITE_URL ?? url,
    proxy,
    // The demo owns its process (like the proxy's CLI): Hono's lighter Request/Response may replace the globals.
    proxyListener: toNodeListener(proxy, { overrideGlobalObjects: true }),
    ssrWeather: options.ssrWeather ?? true,
    production: options.production ?? process.env.NODE_ENV === 'production',
    script: clientScript(),
  };
  const logError = rateLimitedErrors();
  const server = createServer((req, res) => {
    handle(req, res, settings).catch((error: unknown) => {
      logError(error);
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
