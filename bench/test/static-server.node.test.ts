// The static server every browser test and bench page is served from: it must not crash on bad requests.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/static-server.mjs';

describe('serveStatic', () => {
  it('serves its folder, refuses paths out of it and survives malformed escapes', async () => {
    const root = await mkdtemp(join(tmpdir(), 'stadtkit-static-'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>x</title>');
    const server = await serveStatic(root);
    try {
      expect((await fetch(server.url)).status).toBe(200);
      expect((await fetch(`${server.url}..%2F..%2Fetc%2Fpasswd`)).status).toBe(403);
      expect((await fetch(`${server.url}%E0%A4%A`)).status).toBe(400);
      // Still serving after the bad request.
      expect((await fetch(`${server.url}index.html`)).status).toBe(200);
      // A folder's index.html also without the trailing slash, with the HTML content type.
      await mkdir(join(root, 'presse'));
      await writeFile(join(root, 'presse', 'index.html'), '<!doctype html><title>p</title>');
      const folder = await fetch(`${server.url}presse`);
      expect(folder.status).toBe(200);
      expect(folder.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect((await fetch(`${server.url}fehlt`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
