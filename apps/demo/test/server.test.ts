// The demo server without a browser: what it answers, server-rendered. Also run under Node 22 and 24
// (`test:node-versions`), so the SSR and server code is checked on every Node version the README names.
import { spawn } from 'node:child_process';
import { Agent, get, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/server.js';

let server: Server | undefined;
let url = '';

beforeAll(async () => {
  ({ server, url } = await startServer({ port: 0 }));
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

describe(`demo server on Node ${process.versions.node}`, () => {
  it('renders the press release with the weather, a CSP and declarative shadow DOM', async () => {
    const response = await fetch(new URL('/', url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const body = await response.text();
    expect(body).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(body).toMatch(/Aktuelles Wetter in Offenbach am Main: -?\d+ Grad Celsius/);
    expect(body).toContain('Ausländerbehörde');
  });

  it('finds releases and answers unknown pages with 404', async () => {
    const search = await fetch(new URL('/suche?q=Radweg', url));
    expect(search.status).toBe(200);
    expect(await search.text()).toContain('Radweg');
    expect((await fetch(new URL('/gibt-es-nicht', url))).status).toBe(404);
  });

  it('serves the weather through its proxy from the local replay', async () => {
    const response = await fetch(
      new URL('/stadtkit/brightsky/current_weather?lat=50.1055&lon=8.7623', url),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { weather?: { temperature?: number } };
    expect(typeof body.weather?.temperature).toBe('number');
  });
});

/** One raw request (the request target exactly as given, which fetch would normalise). */
function raw(
  target: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path: target, method, headers }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('hostile and malformed requests (issue #15)', () => {
  it.each(['//', '///', '//x/assets/site.css', 'http://[::1/', '*'])(
    'request target %s → 400 with the security headers, never 500 or a file',
    async (target) => {
      const response = await raw(target);
      expect(response.status).toBe(400);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
    },
  );

  it('a search query cut inside an emoji still answers 200', async () => {
    const response = await raw(`/suche?q=${'a'.repeat(199)}%F0%9F%98%80`);
    expect(response.status).toBe(200);
  });

  it('405 carries the security headers', async () => {
    const response = await raw('/', {}, 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it.each([
    ['gzip;q=0, identity', undefined],
    ['identity', undefined],
    ['gzip', 'gzip'],
    ['br;q=1, gzip;q=0.5', 'gzip'],
  ])('Accept-Encoding %s → content-encoding %s', async (accept, expected) => {
    const response = await raw('/', { 'accept-encoding': accept });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe(expected);
  });

  it('sets server timeouts and a connection limit', () => {
    expect(server?.headersTimeout).toBeLessThanOrEqual(20_000);
    expect(server?.requestTimeout).toBeLessThanOrEqual(30_000);
    expect(server?.maxConnections).toBeGreaterThan(0);
    expect(server?.maxConnections).toBeLessThanOrEqual(10_000);
  });
});

describe('graceful shutdown', () => {
  it('on SIGTERM, finishes the request in flight and exits 0 (an idle keep-alive socket does not hold it)', async () => {
    const child = spawn(process.execPath, [join(import.meta.dirname, '../dist/server/server.js')], {
      env: { ...process.env, PORT: '0', STADTKIT_WEATHER_LIVE: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const started = await new Promise<string>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        const match = /Stadtkit demo: (\S+)/.exec(chunk.toString());
        if (match?.[1]) resolve(match[1]);
      }),
    );
    const base = started.replace('//localhost:', '//127.0.0.1:');
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const agent = new Agent({ keepAlive: true });
    // An idle keep-alive connection, as a browser leaves one.
    await new Promise((resolve) =>
      get(started, { agent }, (res) => res.resume().on('end', resolve)),
    );
    // A request in flight when the signal arrives: its headers are sent, the last line not yet.
    const socket = connect(Number(new URL(base).port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n');
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    const closed = new Promise((resolve) => socket.on('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.write('\r\n');
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(await exited).toBe(0);
    agent.destroy();
  });
});

describe('search and not-found pages (issue #15)', () => {
  const text = async (path: string) => {
    const response = await fetch(new URL(path, url));
    return { response, body: await response.text() };
  };

  it('search pages are noindex, without a canonical of their own query', async () => {
    const { body } = await text('/suche?q=Radweg');
    expect(body).toContain('<meta name="robots" content="noindex">');
    expect(body).not.toMatch(/rel="canonical"[^>]*\?q=/);
  });

  it('bidi controls in the query are not reflected', async () => {
    const { body } = await text('/suche?q=%E2%80%AEgnuthcA%E2%81%A6x');
    expect(body).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(body).toContain('Suchergebnisse für „gnuthcAx“');
  });

  it('an empty query asks for a search term', async () => {
    const { response, body } = await text('/suche?q=');
    expect(response.status).toBe(200);
    expect(body).toContain('Bitte geben Sie einen Suchbegriff ein.');
    expect(body).not.toContain('Keine passenden Meldungen gefunden');
    expect(body).toMatch(/<h1[^>]*>Suche<\/h1>/);
  });

  it('404 is an HTML page in the site layout, with a way back, noindex and the security headers', async () => {
    const { response, body } = await text('/gibt-es-nicht');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(body).toContain('<html lang="de">');
    expect(body).toMatch(/<title>Seite nicht gefunden – /);
    expect(body).toMatch(/<main id="inhalt"/);
    expect(body).toMatch(/<h1[^>]*>(<!--[^>]*-->)*Seite nicht gefunden(<!--[^>]*-->)*<\/h1>/);
    expect(body).toContain('href="/"');
    expect(body).toContain('<meta name="robots" content="noindex">');
  });
});

describe('caching (issue #15, "fast by construction")', () => {
  it('pages carry an ETag and answer 304 to If-None-Match; HEAD sends the headers only', async () => {
    // The page changes when the proxy refreshes the weather or the warnings (their time is in it): a 200 in
    // between is right only with another ETag; then the check is made again on the new page.
    let first = await raw('/', { 'accept-encoding': 'gzip' });
    let again = first;
    let head = first;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      first = await raw('/', { 'accept-encoding': 'gzip' });
      again = await raw('/', {
        'accept-encoding': 'gzip',
        'if-none-match': String(first.headers.etag),
      });
      head = await raw('/', { 'accept-encoding': 'gzip' }, 'HEAD');
      if (again.status === 304 && head.headers.etag === first.headers.etag) break;
      if (again.status !== 304) expect(again.headers.etag).not.toBe(first.headers.etag);
    }
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers['x-content-type-options']).toBe('nosniff');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-length']).toBe(first.headers['content-length']);
    expect(head.headers.etag).toBe(etag);
  });

  it('the client bundle has a content-hashed name, is immutable and precompressed', async () => {
    const page = await raw('/');
    const script = /<script type="module" src="(\/assets\/app-[A-Za-z0-9_-]+\.js)">/.exec(
      page.body,
    )?.[1];
    expect(script).toBeDefined();
    const asset = await raw(String(script), { 'accept-encoding': 'gzip' });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.headers.etag).toBeDefined();
    expect(
      (await raw(String(script), { 'if-none-match': String(asset.headers.etag) })).status,
    ).toBe(304);
  });

  it('SVG media get their own sandboxing CSP', async () => {
    const svg = await raw('/media/stadt-offenbach-logo.svg');
    expect(svg.status).toBe(200);
    expect(svg.headers['content-security-policy']).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    );
  });

  it('source maps are served in development and not in production mode', async () => {
    const page = await raw('/');
    const script = /src="(\/assets\/app-[^"]+\.js)"/.exec(page.body)?.[1];
    expect((await raw(`${script}.map`)).status).toBe(200);
    const production = await startServer({ port: 0, production: true });
    try {
      const response = await fetch(new URL(`${script}.map`, production.url));
      expect(response.status).toBe(404);
    } finally {
      await new Promise((resolve) => production.server.close(resolve));
    }
  });
});
