// Server-rendered markup woken up in the browser, as on a second page view: the first client render must equal
// the server's, whatever the session cache already holds. Hydrate support loads before the element is defined.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { recordConsole, settle, spokenText, visibleText } from '@stadtkit/testing';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { writeCache } from '../src/cache.js';
import '../src/define.js';
import { clearWeatherCache, type StadtWeatherStatus } from '../src/index.js';
import { withValue } from './ssr/templates.js';

const base = inject('brightSkyBase');
const ssr = inject('ssr');
const NBSP = '\u00a0';
const KEY = `brightsky:${base}/hydrate/ok/current_weather?lat=50.1055&lon=8.7623`;

let container: HTMLElement;
const errors: string[] = [];
const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
  errors.push(String('reason' in event ? event.reason : event.message));

beforeEach(() => {
  clearWeatherCache();
  errors.length = 0;
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onError);
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  removeEventListener('error', onError);
  removeEventListener('unhandledrejection', onError);
  container.remove();
});

async function requestCount(): Promise<number> {
  return ((await (await fetch(`${base}/__log/hydrate`)).json()) as { count: number }).count;
}

describe('<stadt-weather-status> server-rendered, then hydrated', () => {
  it('second page view: warm session cache, server said "loading" → hydrates, then shows the value', async () => {
    writeCache(KEY, { observation: ssr.observation, fetchedAt: Date.now() });
    const record = recordConsole();
    try {
      container.setHTMLUnsafe(ssr.withoutValue);
      const el = container.querySelector('stadt-weather-status') as StadtWeatherStatus;
      // What a page's script does for elements whose data is all in the markup (the demo's client does it).
      el.removeAttribute('defer-hydration');
      await expect.poll(() => el.state).toBe('fresh');
      await settle(container);
      expect(visibleText(el)).toBe(`Aktuelles Wetter: 7${NBSP}°C, bedeckt Daten: DWD`);
      expect(el.shadowRoot?.querySelector('.placeholder')).toBeNull();
      expect(el.shadowRoot?.querySelector('a[part="attribution"]')?.getAttribute('href')).toBe(
        'https://www.dwd.de/',
      );
      expect(await requestCount()).toBe(0);
      expect(errors).toEqual([]);
      expect(record.errors).toEqual([]);
    } finally {
      record.stop();
    }
  });

  it('server rendered the value: the same value hydrates without a mismatch and without a loading flash', async () => {
    container.setHTMLUnsafe(ssr.withValue);
    const el = container.querySelector('stadt-weather-status') as StadtWeatherStatus;
    // Before JavaScript wakes it, the server's markup already says it.
    expect(visibleText(el)).toBe(`Aktuelles Wetter: 7${NBSP}°C, bedeckt Daten: DWD`);
    const states: string[] = [];
    el.addEventListener('stadt-weather-status-change', (e) => states.push(e.state));
    hydrate(withValue(`${base}/hydrate/ok`, ssr.observation), container);
    await settle(container);
    expect(el.hasAttribute('defer-hydration')).toBe(false);
    expect(el.state).toBe('fresh');
    expect(spokenText(el)).toMatch(
      /^Aktuelles Wetter in Offenbach am Main: 7 Grad Celsius, bedeckt/,
    );
    await expect.poll(requestCount).toBe(1);
    await settle(container);
    expect(visibleText(el)).toBe(`Aktuelles Wetter: 7${NBSP}°C, bedeckt Daten: DWD`);
    expect(states).not.toContain('loading');
    expect(errors).toEqual([]);
  });
});
