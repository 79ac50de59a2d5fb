import { describe, expect, it, vi } from 'vitest';
import { autoload } from '../src/autoload.js';
import { applyServerProps } from '../src/server-props.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('autoload()', () => {
  it('loads each package once, when its tag first appears, also for later insertions', async () => {
    const load = {
      'weather-status': vi.fn(async () => {}),
      warnings: vi.fn(async () => {}),
      photo: vi.fn(async () => {}),
      'news-teaser': vi.fn(async () => {}),
    };
    const hydrate = vi.fn(async () => ({ applyServerProps }));
    document.body.innerHTML = '<main><stadt-photo></stadt-photo></main>';
    const stop = autoload({ load, hydrate });
    await settle();
    expect(load.photo).toHaveBeenCalledTimes(1);
    expect(load['news-teaser']).not.toHaveBeenCalled();

    const widget = document.createElement('section');
    widget.innerHTML = '<stadt-news-list><stadt-news-teaser></stadt-news-teaser></stadt-news-list>';
    document.body.append(widget);
    document.body.append(document.createElement('stadt-photo'));
    await settle();
    await settle();
    expect(load['news-teaser']).toHaveBeenCalledTimes(1);
    expect(load.photo).toHaveBeenCalledTimes(1);
    expect(load['weather-status']).not.toHaveBeenCalled();
    expect(hydrate).not.toHaveBeenCalled();
    stop();
    document.body.append(document.createElement('stadt-weather-status'));
    await settle();
    expect(load['weather-status']).not.toHaveBeenCalled();
  });

  it('installs hydration before any element module when the page has server-rendered elements', async () => {
    const order: string[] = [];
    const load = {
      'weather-status': vi.fn(async () => void order.push('weather')),
      warnings: vi.fn(async () => void order.push('warnings')),
      photo: vi.fn(async () => void order.push('photo')),
      'news-teaser': vi.fn(async () => void order.push('teaser')),
    };
    document.body.setHTMLUnsafe(
      '<stadt-photo><template shadowrootmode="open"><figure>x</figure></template></stadt-photo>',
    );
    const stop = autoload({
      load,
      hydrate: async () => {
        order.push('hydrate');
        return { applyServerProps: () => void order.push('props') };
      },
    });
    await settle();
    await settle();
    expect(order).toEqual(['hydrate', 'props', 'photo']);
    stop();
  });

  it('reports a module that fails to load, by tag', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    document.body.innerHTML = '<stadt-weather-status></stadt-weather-status>';
    const failing = async () => {
      throw new Error('404');
    };
    const stop = autoload({
      load: {
        'weather-status': failing,
        warnings: failing,
        photo: failing,
        'news-teaser': failing,
      },
      hydrate: async () => ({ applyServerProps }),
    });
    await settle();
    await settle();
    expect(error).toHaveBeenCalledWith(
      'Stadtkit autoloader: <stadt-weather-status> could not be loaded',
      expect.any(Error),
    );
    stop();
    error.mockRestore();
  });
});

describe('applyServerProps()', () => {
  it('assigns only the declared data properties from the JSON script', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = `<stadt-news-teaser><script type="application/json" data-stadt-props>${JSON.stringify(
      { teaser: { headline: 'A' }, innerHTML: '<img src=x onerror=alert(1)>' },
    )}</script></stadt-news-teaser>`;
    applyServerProps();
    const element = document.querySelector('stadt-news-teaser') as HTMLElement & {
      teaser?: unknown;
    };
    expect(element.teaser).toEqual({ headline: 'A' });
    expect(element.querySelector('img')).toBeNull();
    expect(warn).toHaveBeenCalledWith(
      '<stadt-news-teaser>: data-stadt-props names "innerHTML", which is not a server property; ignored',
    );
    warn.mockRestore();
  });

  it.each([
    ['not JSON', '{teaser:', 'data-stadt-props is not valid JSON'],
    ['an array', '[1]', 'data-stadt-props must be a JSON object'],
  ])('reports a script that is %s and assigns nothing', (_, body, message) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    document.body.innerHTML = `<stadt-photo><script type="application/json" data-stadt-props>${body}</script></stadt-photo>`;
    applyServerProps();
    expect((document.querySelector('stadt-photo') as HTMLElement & { photo?: unknown }).photo).toBe(
      undefined,
    );
    expect(String(error.mock.calls[0]?.[0])).toContain(`<stadt-photo>: ${message}`);
    error.mockRestore();
  });
});
