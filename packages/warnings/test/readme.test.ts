// Runs the README's snippets as a city web developer would paste them.
import { codeBlocks } from '@stadtkit/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import readme from '../README.md?raw';
import '../src/define.js';
import type { StadtWarnings } from '../src/index.js';

afterEach(() => vi.restoreAllMocks());

describe('README snippets of <stadt-warnings>', () => {
  it('the embed example asks only the page\'s own proxy, and a failing proxy is "nicht abrufbar", not "keine"', async () => {
    const urls: string[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
      urls.push(String(input));
      return Promise.resolve(new Response('{"error":"down"}', { status: 503 }));
    });
    const container = document.createElement('div');
    container.innerHTML = codeBlocks(readme, 'html')
      .join('\n')
      .replace(/<script[^>]*><\/script>/g, '');
    document.body.append(container);
    const elements = [...container.querySelectorAll<StadtWarnings>('stadt-warnings')];
    expect(elements.map((el) => el.variant)).toEqual(['compact', 'full']);
    for (const el of elements) await expect.poll(() => el.state).toBe('unavailable');
    expect([...new Set(urls)].sort()).toEqual([
      '/stadtkit/brightsky/alerts?warn_cell_id=806413000',
      '/stadtkit/nina/dashboard/064130000000.json',
    ]);
    for (const el of elements)
      expect(el.shadowRoot?.textContent).toContain(
        'Warnungen derzeit nicht abrufbar: Deutscher Wetterdienst, Warnsystem des Bundes (NINA)',
      );
    container.remove();
  });
});
