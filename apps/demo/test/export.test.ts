// The static export (issue #15): the same page checks as against the live server, served by a plain static
// file server — content without JavaScript, the CSP (from the pages' <meta>) with zero violations, weather shown.
import {
  axeViolations,
  cspViolations,
  launch,
  recordCspViolations,
  serveStatic,
} from '@stadtkit/testing/node';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSite, type ExportResult } from '../src/export.js';

let out = '';
let result: ExportResult;
let site: { url: string; close(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  out = join(await mkdtemp(join(tmpdir(), 'stadtkit-export-')), 'site');
  result = await exportSite(out);
  site = await serveStatic(out);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('static export', () => {
  it('writes every page, precompressed variants, header files and no source maps', () => {
    for (const file of ['index.html', 'presse/index.html', 'impressum/index.html', '404.html'])
      expect(existsSync(join(out, file)), file).toBe(true);
    expect(existsSync(join(out, 'index.html.gz'))).toBe(true);
    expect(existsSync(join(out, 'index.html.br'))).toBe(true);
    expect(result.files.filter((file) => file.endsWith('.map'))).toEqual([]);
    const headers = readFileSync(join(out, '_headers'), 'utf8');
    expect(headers).toMatch(
      /^\/\n {2}Content-Security-Policy: default-src 'self'; script-src 'self';/,
    );
    expect(headers).toContain(
      '/assets/app-*\n  Cache-Control: public, max-age=31536000, immutable',
    );
    expect(readFileSync(join(out, 'nginx.conf'), 'utf8')).toContain('gzip_static on;');
  });

  it.each([['/'], ['/presse/weihnachtsmarkt-auf-dem-wilhelmsplatz'], ['/impressum']])(
    '%s: content without JavaScript; with JavaScript the weather and zero CSP violations',
    async (path) => {
      const noJs = await browser.newContext({ javaScriptEnabled: false });
      const plain = await noJs.newPage();
      await plain.goto(new URL(path, site.url).href);
      expect(await plain.getByRole('heading', { level: 1 }).count()).toBe(1);
      expect(await plain.locator('main').innerText()).not.toBe('');
      await noJs.close();

      const context = await browser.newContext();
      await recordCspViolations(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(new URL(path, site.url).href);
      await page.waitForFunction(() => !document.querySelector('[defer-hydration]'));
      const weather = await page
        .locator('stadt-weather-status')
        .evaluate((el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');
      expect(weather).toMatch(/-?\d+\s°C/);
      expect(await cspViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      // The policy is enforced from the <meta> (a plain static server sends no headers): inline script is refused.
      const inline = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inline = 1';
        document.head.append(script);
        return (window as unknown as { __inline?: number }).__inline;
      });
      expect(inline).toBeUndefined();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
  );
});
