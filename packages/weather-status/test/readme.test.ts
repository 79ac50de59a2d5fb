// Runs the README's snippets as a city web developer would paste them.
import { codeBlocks } from '@stadtkit/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import readme from '../README.md?raw';
import '../src/define.js';
import { clearWeatherCache, type StadtWeatherStatus } from '../src/index.js';
import { directUseHint } from '../src/source.js';

afterEach(() => {
  vi.restoreAllMocks();
  document.querySelectorAll('stadt-weather-status').forEach((el) => el.remove());
  clearWeatherCache();
});

describe('README snippets of <stadt-weather-status>', () => {
  it('"configure right after append": the only request goes to the page\'s own origin', async () => {
    const snippet = codeBlocks(readme, 'js').find((code) => code.includes('still in time'));
    expect(snippet).toBeDefined();
    const urls: string[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
      urls.push(String(input));
      return Promise.resolve(new Response('{}', { status: 404 }));
    });
    new Function(snippet ?? '')();
    const el = document.querySelector<StadtWeatherStatus>('stadt-weather-status');
    await expect.poll(() => el?.state).toBe('unavailable');
    expect(urls).toEqual(['/stadtkit/brightsky/current_weather?lat=50.1055&lon=8.7623']);
  });

  it('the Datenschutz switch and the embed examples render and request only what they say', async () => {
    const urls: string[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
      urls.push(String(input));
      return Promise.resolve(new Response('{}', { status: 404 }));
    });
    const html = codeBlocks(readme, 'html')
      .join('\n')
      .replace(/<script[^>]*><\/script>/g, '');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const elements = [...container.querySelectorAll<StadtWeatherStatus>('stadt-weather-status')];
    expect(elements.length).toBeGreaterThanOrEqual(4);
    for (const el of elements) await expect.poll(() => el.state).toBe('unavailable');
    expect(urls).toContain('/stadtkit/brightsky/current_weather?lat=50.1109&lon=8.6821');
    expect(urls).toContain('/stadtkit/brightsky/current_weather?lat=50.1055&lon=8.7623');
    expect(urls).toContain('https://api.brightsky.dev/current_weather?dwd_station_id=07341');
    container.remove();
  });
});

describe('the Datenschutz hint', () => {
  it.each([
    ['https://www.offenbach.de/', 'https://api.brightsky.dev/current_weather?lat=1&lon=2', true],
    ['https://www.offenbach.de/', '/stadtkit/brightsky/current_weather?lat=1&lon=2', false],
    ['https://www.offenbach.de/', 'https://proxy.offenbach.de/current_weather', false],
    ['http://localhost:8080/', 'https://api.brightsky.dev/current_weather', false],
    ['https://api.brightsky.dev/', 'https://api.brightsky.dev/current_weather', false],
    [undefined, 'https://api.brightsky.dev/current_weather', false],
  ])('page %s requesting %s: hint %s', (page, url, hinted) => {
    const hint = directUseHint(page, url);
    if (hinted) {
      expect(hint).toMatch(/from https:\/\/api\.brightsky\.dev directly .* @stadtkit\/proxy/);
    } else {
      expect(hint).toBeUndefined();
    }
  });
});
