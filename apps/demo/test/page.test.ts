import type { Browser, BrowserContext, Page } from 'playwright';
import { beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/server.js';
import { demoInBrowser } from './demo-browser.js';
import { axeViolations, cspViolations, recordCspViolations } from '@stadtkit/testing/node';

const demo = demoInBrowser();
let url: string;
let browser: Browser;
beforeAll(() => ({ url, browser } = demo));

interface Watched {
  page: Page;
  context: BrowserContext;
  problems: string[];
  cspViolations: () => Promise<number>;
}

/** A page that records console errors/warnings, page errors and CSP violations from the very start. */
async function openPage(
  path = '/',
  options: { javaScriptEnabled?: boolean; width?: number } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  await recordCspViolations(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning')
      problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(new URL(path, url).href);
  await page.waitForLoadState('networkidle');
  return {
    page,
    context,
    problems,
    cspViolations: async () => (await cspViolations(page)).length,
  };
}

describe('the press-release page', () => {
  it('is readable with JavaScript disabled: headline, photo, credit, quote and teasers', async () => {
    const { page, context } = await openPage('/', { javaScriptEnabled: false });
    // Long words carry soft hyphens (issue #16): the text is the same without them.
    await expect(
      page
        .getByRole('heading', { level: 1 })
        .textContent()
        .then((text) => text?.replaceAll('\u00ad', '')),
    ).resolves.toBe('Erfahrungsaustausch der großen deutschen Ausländerbehörden in Offenbach');
    // Declarative shadow DOM: the components' content exists without script (Playwright pierces open roots).
    await expect(page.getByRole('img', { name: 'Gruppenbild' }).isVisible()).resolves.toBe(true);
    const credit = page.locator('stadt-photo [part="credit"]').first();
    await expect(credit.isVisible()).resolves.toBe(true);
    await expect(credit.textContent()).resolves.toBe('Stadt Offenbach/georg-foto.de');
    // "©" on screen, "Copyright" for screen readers: CSS alternative text, in the page's CSS without script.
    await expect(
      credit.evaluate((element) => getComputedStyle(element, '::before').content),
    ).resolves.toBe('"©\u00a0" / "Copyright "');
    await expect(credit.ariaSnapshot()).resolves.toBe(
      '- text: Copyright Stadt Offenbach/georg-foto.de',
    );
    await expect(page.locator('blockquote').innerText()).resolves.toMatch(
      /^Die intensive Beratung.*zu setzen sind\.$/s,
    );
    await expect(
      page.getByRole('heading', { name: 'Weitere Meldungen', level: 2 }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.locator('stadt-news-teaser').count()).resolves.toBe(3);
    await expect(
      page
        .getByRole('link', { name: 'Offenbacher Weihnachtsmarkt öffnet auf dem Wilhelmsplatz' })
        .isVisible(),
    ).resolves.toBe(true);
    await expect(page.locator('.dateline').innerText()).resolves.toBe(
      'Offenbach am Main, 12. November 2019',
    );
    // The server rendered the current observation: the header says it without script, never "C".
    const weather = page.locator('stadt-weather-status');
    await expect(weather.getAttribute('state')).resolves.toBe('fresh');
    await expect(weather.locator('[part="label"]').innerText()).resolves.toBe('Aktuelles Wetter:');
    await expect(weather.locator('[part="value"]').innerText()).resolves.toBe('7\u00a0°C, bedeckt');
    await expect(weather.locator('.visually-hidden').first().textContent()).resolves.toMatch(
      /^Aktuelles Wetter in Offenbach am Main: 7 Grad Celsius, bedeckt, gemessen um \d\d:00\u00a0Uhr an der Station Offenbach-Wetterpark$/,
    );
    await expect(page.getByText(/Wetterdaten werden geladen/).count()).resolves.toBe(0);
    await context.close();
  });

  it('hydrates with no console errors, no hydration errors and no CSP violations; the weather arrives', async () => {
    const { page, context, problems, cspViolations } = await openPage('/');
    await page.waitForFunction(
      () => document.querySelector('stadt-weather-status')?.getAttribute('state') === 'fresh',
    );
    await expect(page.locator('stadt-weather-status [part="value"]').innerText()).resolves.toBe(
      '7\u00a0°C, bedeckt',
    );
    await expect(page.locator('[defer-hydration]').count()).resolves.toBe(0);
    // Hydrated components are live: the zoom button opens the dialog.
    await page.getByRole('button', { name: 'Foto vergrößern: Gruppenbild' }).click();
    await expect(
      page
        .locator('stadt-photo dialog')
        .first()
        .evaluate((d) => (d as HTMLDialogElement).open),
    ).resolves.toBe(true);
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
    expect(await cspViolations()).toBe(0);
    await context.close();
  });

  it('sends a strict Content-Security-Policy', async () => {
    const response = await fetch(url);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*\b(src=|type="application\/(ld\+)?json"))/);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('inlines the site CSS (no render-blocking request) and sends text gzipped', async () => {
    const { request } = await import('node:http');
    const head = await new Promise<{ encoding?: string; vary?: string; bytes: number }>(
      (resolve, reject) => {
        request(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
          let bytes = 0;
          response.on('data', (chunk: Buffer) => (bytes += chunk.length));
          response.on('end', () =>
            resolve({
              encoding: response.headers['content-encoding'],
              vary: response.headers.vary,
              bytes,
            }),
          );
        })
          .on('error', reject)
          .end();
      },
    );
    expect(head.encoding).toBe('gzip');
    expect(head.vary).toBe('accept-encoding');
    const html = await (await fetch(url)).text();
    expect(head.bytes).toBeLessThan(html.length / 3);
    expect(html).not.toContain('rel="stylesheet"');
    expect(html).toMatch(
      /<head>[\s\S]*<style>[\s\S]*--stadt-color-link[\s\S]*<\/style>[\s\S]*<\/head>/,
    );
  });

  it('has lang, title, description, canonical and NewsArticle JSON-LD in the head', async () => {
    const { page, context } = await openPage('/', { javaScriptEnabled: false });
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await expect(page.title()).resolves.toBe(
      'Erfahrungsaustausch der großen deutschen Ausländerbehörden in Offenbach – Stadt Offenbach am Main',
    );
    await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toMatch(
      /^Expertinnen und Experten der großen deutschen Ausländerbehörden.{20,}…$/,
    );
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(
      new URL('/presse/erfahrungsaustausch-der-auslaenderbehoerden-beim-dwd', url).href,
    );
    const jsonLd = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    );
    expect(jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Erfahrungsaustausch der großen deutschen Ausländerbehörden in Offenbach',
      datePublished: '2019-11-12T00:00:00+01:00',
      publisher: { name: 'Stadt Offenbach am Main' },
    });
    expect(jsonLd.image[0].creditText).toBe('©\u00a0Stadt Offenbach/georg-foto.de');
    await context.close();
  });

  it('has no axe-core violations on the whole page', async () => {
    const { page, context } = await openPage('/');
    await page.waitForFunction(
      () => document.querySelector('stadt-weather-status')?.getAttribute('state') === 'fresh',
    );
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('has no horizontal scroll at 320 CSS px', async () => {
    const { page, context } = await openPage('/', { width: 320 });
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('skip links', () => {
  it('"Zum Inhalt springen" is the first tab stop, visible on focus, and moves focus to the main content', async () => {
    const { page, context } = await openPage('/');
    await page.keyboard.press('Tab');
    const link = page.getByRole('link', { name: 'Zum Inhalt springen' });
    await expect(link.evaluate((a) => a === document.activeElement)).resolves.toBe(true);
    const box = await link.boundingBox();
    expect(box && box.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('inhalt');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Startseite',
    );
    await context.close();
  });

  it('"Zur Suche" moves focus to the search field', async () => {
    const { page, context } = await openPage('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('suche');
    await context.close();
  });

  it('also without JavaScript', async () => {
    const { page, context } = await openPage('/', { javaScriptEnabled: false });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('inhalt');
    await context.close();
  });

  it('reaches targets inside shadow roots', async () => {
    const { page, context } = await openPage('/');
    const active = await page.evaluate(() => {
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).innerHTML = '<h2 id="im-schatten">Im Schatten</h2>';
      document.querySelector('main')?.append(host);
      const link = document.createElement('a');
      link.className = 'skip-link';
      link.href = '#im-schatten';
      link.textContent = 'Zum Schatten';
      document.querySelector('.skip-links')?.append(link);
      link.click();
      return host.shadowRoot?.activeElement?.id;
    });
    expect(active).toBe('im-schatten');
    await context.close();
  });
});

describe('search and other pages', () => {
  it('finds releases with a real GET form, also without JavaScript', async () => {
    const { page, context } = await openPage('/', { javaScriptEnabled: false });
    await page.getByLabel('Suche').fill('Weihnachtsmarkt');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.waitForURL(/\/suche\?q=Weihnachtsmarkt$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Suchergebnisse für „Weihnachtsmarkt“',
    );
    await expect(page.locator('.result-count').innerText()).resolves.toBe('1 Treffer');
    await expect(page.locator('stadt-news-teaser').count()).resolves.toBe(1);
    await context.close();
  });

  it('shows a hostile query as text', async () => {
    const { page, context, problems, cspViolations } = await openPage(
      `/suche?q=${encodeURIComponent('<script>alert(1)</script>')}`,
    );
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Suchergebnisse für „<script>alert(1)</script>“',
    );
    await expect(page.getByLabel('Suche').inputValue()).resolves.toBe('<script>alert(1)</script>');
    await expect(page.locator('stadt-news-list [part="empty"]').innerText()).resolves.toBe(
      'Keine passenden Meldungen gefunden.',
    );
    expect(problems).toEqual([]);
    expect(await cspViolations()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it.each([
    ['/presse'],
    ['/presse/weihnachtsmarkt-auf-dem-wilhelmsplatz'],
    ['/impressum'],
    ['/barrierefreiheit'],
    ['/suche?q='],
    ['/gibt-es-nicht'],
  ])('%s renders, hydrates cleanly and passes axe', async (path) => {
    const { page, context, problems, cspViolations } = await openPage(path);
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
    // The 404 page's own status is the one message Chromium logs for it; nothing else may fail.
    expect(problems).toEqual(
      path === '/gibt-es-nicht'
        ? ['error: Failed to load resource: the server responded with a status of 404 (Not Found)']
        : [],
    );
    expect(await cspViolations()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('answers unknown paths with 404 and refuses path traversal', async () => {
    expect((await fetch(new URL('/gibt-es-nicht', url))).status).toBe(404);
    expect((await fetch(new URL('/media/..%2f..%2fpackage.json', url))).status).toBe(404);
    expect((await fetch(new URL('/assets/..%2fserver%2fserver.js', url))).status).toBe(404);
  });

  it('serves the weather through @stadtkit/proxy: the replayed recording with the current hour, Offenbach only', async () => {
    const response = await fetch(
      new URL('/stadtkit/brightsky/current_weather?lat=50.1055&lon=8.7623', url),
    );
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=600/);
    const body = (await response.json()) as { weather: { timestamp: string; temperature: number } };
    expect(body.weather.temperature).toBe(7.2);
    // The replay answers with the current hour; the proxy may keep that answer for its 600 s, so across a full
    // hour the observation is up to an hour and ten minutes old (a clean-clone run at 12:01 saw 61 minutes).
    expect(Date.now() - Date.parse(body.weather.timestamp)).toBeLessThan(3_600_000 + 600_000);
    const elsewhere = await fetch(
      new URL('/stadtkit/brightsky/current_weather?lat=52.52&lon=13.405', url),
    );
    expect(elsewhere.status).toBe(400);
  });
});

describe('the weather on every page view', () => {
  /** A second page view in the same tab: the session cache is warm, the server's markup hydrates. */
  async function twoPageViews(base: string) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(msg.text());
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    for (const path of ['/', '/presse', '/impressum']) {
      await page.goto(new URL(path, base).href);
      await page.waitForLoadState('networkidle');
      const weather = page.locator('stadt-weather-status');
      await page.waitForFunction(
        () => document.querySelector('stadt-weather-status')?.getAttribute('state') === 'fresh',
      );
      await expect(weather.locator('[part="value"]').innerText(), path).resolves.toBe(
        '7\u00a0°C, bedeckt',
      );
      await expect(weather.locator('.placeholder').count(), path).resolves.toBe(0);
      await expect(
        weather.getByRole('link', { name: 'Daten: DWD' }).getAttribute('href'),
        path,
      ).resolves.toBe('https://www.dwd.de/');
    }
    await context.close();
    expect(problems).toEqual([]);
    // Every request stayed on the demo's own origin: no visitor IP goes to a third party.
    expect(requests.filter((request) => !request.startsWith(base))).toEqual([]);
    return requests;
  }

  it('server renders the value: three page views in one tab, the value each time, no errors', async () => {
    const requests = await twoPageViews(url);
    // The first view asks the proxy once; the next views reuse the tab's session cache.
    expect(
      requests.filter((request) => request.includes('/stadtkit/brightsky/current_weather')),
    ).toHaveLength(1);
    // The warnings came with the page (the proxy's snapshot): none of the three views asked for them again.
    expect(
      requests.filter((request) => /\/stadtkit\/(brightsky\/alerts|nina)/.test(request)),
    ).toEqual([]);
  });

  it('server renders "loading" (no value on the server): the warm session cache hydrates cleanly', async () => {
    const other = await startServer({ port: 0, ssrWeather: false });
    try {
      await twoPageViews(other.url);
    } finally {
      await new Promise((resolve) => other.server.close(resolve));
    }
  });

  it('no value on the server and no JavaScript: a true link to the DWD, never "loading"', async () => {
    const dead = await startServer({ port: 0, upstream: 'http://127.0.0.1:9/' });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(dead.url);
      const weather = page.locator('stadt-weather-status');
      const link = weather.getByRole('link', { name: 'Wetter beim Deutschen Wetterdienst' });
      await expect(link.isVisible()).resolves.toBe(true);
      await expect(link.getAttribute('href')).resolves.toBe('https://www.dwd.de/');
      await expect(weather.locator('.placeholder').isVisible()).resolves.toBe(false);
      await expect(weather.getByText('Wetterdaten werden geladen').isVisible()).resolves.toBe(
        false,
      );
      await context.close();
    } finally {
      await new Promise((resolve) => dead.server.close(resolve));
    }
  });
});

describe('the warnings in the header (DWD and NINA through @stadtkit/proxy, from the recordings)', () => {
  // innerText includes the full name written for screen readers after the abbreviation.
  const LINE =
    /^Wetterwarnung 1 Warnung: Frost \(Stand \d\d:\d\d\sUhr; Quelle: DWD \(Deutscher Wetterdienst\)\s?\)$/;

  it('without JavaScript: the server rendered them', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    const warnings = page.locator('stadt-warnings');
    await expect(warnings.getAttribute('state')).resolves.toBe('active');
    expect(
      (await warnings.locator('[part="summary"]').innerText()).replace(/\s+/g, ' ').trim(),
    ).toMatch(LINE);
    await context.close();
  });

  it('with JavaScript: the same line, named for the city, axe clean, no errors', async () => {
    const { page, context, problems } = await openPage('/');
    const warnings = page.locator('stadt-warnings');
    await expect(warnings.getAttribute('state')).resolves.toBe('active');
    expect(
      (await warnings.locator('[part="summary"]').innerText()).replace(/\s+/g, ' ').trim(),
    ).toMatch(LINE);
    await expect(
      page.getByRole('group', { name: 'Amtliche Warnungen für Offenbach am Main' }).count(),
    ).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the header links to /warnungen, which shows each warning in full, also without JavaScript', async () => {
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(url);
      await page.locator('stadt-warnings').getByRole('link', { name: '1 Warnung: Frost' }).click();
      await page.waitForURL(/\/warnungen$/);
      const full = page.locator('main stadt-warnings');
      await expect(full.getAttribute('state')).resolves.toBe('active');
      await expect(full.getByRole('heading', { level: 2, name: 'Frost' }).count()).resolves.toBe(1);
      const text = await full.locator('[part="warning"]').innerText();
      expect(text).toContain('Amtliche WARNUNG vor FROST');
      expect(text).toContain('Quelle: Deutscher Wetterdienst');
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('NINA down: the header says so, never "Keine amtlichen Warnungen"', async () => {
    const down = await startServer({ port: 0, ninaUpstream: 'http://127.0.0.1:9' });
    try {
      for (const javaScriptEnabled of [false, true]) {
        const context = await browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        await page.goto(down.url);
        await page.waitForLoadState('networkidle');
        const text = (await page.locator('stadt-warnings [part="summary"]').innerText()).replace(
          /\s+/g,
          ' ',
        );
        expect(text, `JavaScript ${javaScriptEnabled}`).toContain(
          'nicht abrufbar: Warnsystem des Bundes (NINA)',
        );
        expect(text).not.toContain('Keine');
        await context.close();
      }
    } finally {
      await new Promise((resolve) => down.server.close(resolve));
    }
  });
});
