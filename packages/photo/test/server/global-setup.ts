// Serves the model's placeholder images, optionally slowly, and a missing one, for the browser tests.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';

const require = createRequire(import.meta.url);
const media = dirname(require.resolve('@stadtkit/model/media/LICENSE.md'));

export default async function setup(project: TestProject) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/(?:slow\/(\d{1,4})\/)?([\w.-]+\.svg)$/.exec(url.pathname);
    const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    if (!match?.[2]) {
      res.writeHead(404, headers);
      res.end();
      return;
    }
    const delay = Number(match[1] ?? 0);
    setTimeout(() => {
      readFile(join(media, basename(match[2] ?? '')))
        .then((body) => {
          res.writeHead(200, { ...headers, 'content-type': 'image/svg+xml' });
          res.end(body);
        })
        .catch(() => {
          res.writeHead(404, headers);
          res.end();
        });
    }, delay);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  project.provide('imageBase', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    imageBase: string;
  }
}
