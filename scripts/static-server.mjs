// A static file server for tests and benches (the built Storybook, bench pages): 127.0.0.1, a free port,
// nothing outside the folder. Plain JavaScript, so Node scripts and TypeScript tests share it.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * @param {string} root the folder to serve
 * @param {{ maxAge?: number }} [options] `maxAge` (seconds) lets the browser keep what it loaded: a suite that
 *   opens the same build page after page (Storybook) then loads its scripts from the cache, compiled. Off by
 *   default: the render bench measures fresh documents as a first page view does.
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function serveStatic(root, { maxAge } = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      // A malformed escape (%E0%A4%A) is the client's error, not a reason for the server to crash.
      response.writeHead(400).end();
      return;
    }
    const file = resolve(base, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    // Like most static hosts: `/a/b` serves `/a/b/index.html` when there is no file `/a/b`.
    const candidates = extname(file) === '' ? [file, join(file, 'index.html')] : [file];
    const serve = async () => {
      for (const candidate of candidates) {
        try {
          return { body: await readFile(candidate), type: extname(candidate) };
        } catch {
          // the next candidate
        }
      }
      return undefined;
    };
    void serve().then((found) => {
      if (found) {
        response.writeHead(200, {
          'content-type':
            TYPES[/** @type {keyof TYPES} */ (found.type)] ?? 'application/octet-stream',
          ...(maxAge ? { 'cache-control': `max-age=${maxAge}` } : {}),
        });
        response.end(found.body);
      } else if (path === '/favicon.ico') {
        // Chromium asks every page without an icon link for /favicon.ico: not the page's own request.
        response.writeHead(204).end();
      } else {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    });
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}
