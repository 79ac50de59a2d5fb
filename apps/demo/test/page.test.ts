import type { Server } from 'node:http';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/server.js';
import { axeViolations, launch } from './browser.js';

let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, url } = await startServer(0));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('demo page', () => {
  it('is readable with JavaScript disabled (declarative shadow DOM)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Stadtkit-Demo',
    );
    // Declarative shadow DOM attached the shadow root without any script: the weather widget shows its
    // loading state (a reserved box and, for screen readers, "Wetterdaten werden geladen").
    await expect(
      page.evaluate(
        () => document.querySelector('stadt-weather-status')?.shadowRoot?.textContent ?? '',
      ),
    ).resolves.toContain('Wetterdaten werden geladen');
    await context.close();
  });

  it('hydrates with no console errors and no CSP violations', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const w = window as unknown as { __cspViolations: number };
      w.__cspViolations = 0;
      document.addEventListener('securitypolicyviolation', () => w.__cspViolations++);
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(msg.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations: number }).__cspViolations,
    );
    const defined = await page.evaluate(
      () => customElements.get('stadt-weather-status') !== undefined,
    );
    expect(defined).toBe(true);
    expect(problems).toEqual([]);
    expect(violations).toBe(0);
    const csp = (await page.request.get(url)).headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    await context.close();
  });

  it('has no axe-core violations on the whole page', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    expect(await axeViolations(page), JSON.stringify(await axeViolations(page))).toEqual([]);
    await page.close();
  });

  it('moves focus to the main content with the skip link', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Zum Inhalt springen',
    );
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('inhalt');
    await page.close();
  });
});
