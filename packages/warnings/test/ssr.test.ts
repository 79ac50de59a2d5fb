// Server-rendered (Lit SSR in Node, global setup) with the proxy's snapshot: the warnings are in the page
// without JavaScript; then the element is defined and hydrates without a mismatch and keeps them.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { recordConsole, visibleText } from '@stadtkit/testing';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { StadtWarnings } from '../src/index.js';

const ssr = inject('ssr');
const NBSP = '\u00a0';
let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

describe('<stadt-warnings> server-rendered', () => {
  it('without JavaScript: the warnings (compact and full) or the link to the DWD, never "loading"', () => {
    expect(customElements.get('stadt-warnings')).toBeUndefined();
    container.setHTMLUnsafe(ssr.compact + ssr.full + ssr.empty);
    const [compact, full, empty] = [
      ...container.querySelectorAll('stadt-warnings'),
    ] as HTMLElement[];
    expect(visibleText(compact as HTMLElement)).toMatch(
      new RegExp(
        `^Extreme Unwetterwarnung 3 Warnungen: Orkanböen, Sturmböen, Glätte \\(Stand \\d\\d:\\d\\d${NBSP}Uhr; Quelle: DWD\\)$`,
      ),
    );
    expect(compact?.getAttribute('state')).toBe('active');
    const text = visibleText(full as HTMLElement);
    expect(text).toContain('Amtliche UNWETTERWARNUNG vor ORKANBÖEN');
    expect(text).toContain('Quelle: Deutscher Wetterdienst');
    expect(full?.shadowRoot?.querySelectorAll('[part="warning"]')).toHaveLength(3);
    expect(visibleText(empty as HTMLElement)).toBe(
      'Amtliche Warnungen beim Deutschen Wetterdienst',
    );
  });

  it('then defined: hydrates with the same snapshot, no mismatch, and asks nobody until a refresh is due', async () => {
    const record = recordConsole();
    try {
      container.setHTMLUnsafe(ssr.compact);
      const el = container.querySelector('stadt-warnings') as StadtWarnings;
      const before = visibleText(el);
      // What the page's script does (the embed files read it from the server's JSON): the same value.
      (el as unknown as { initialWarnings: unknown }).initialWarnings = ssr.snapshot;
      await import('../src/define.js');
      await el.updateComplete;
      expect(visibleText(el)).toBe(before);
      expect(el.state).toBe('active');
      // The snapshot is minutes old at most: the first request waits for the refresh interval.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const count = (await (await fetch(`${inject('warningsBase')}/__count/ssr`)).json()) as {
        requests: number;
      };
      expect(count.requests).toBe(0);
      expect(record.errors).toEqual([]);
      expect(record.warnings.filter((w) => /mismatch|hydrat/i.test(w))).toEqual([]);
    } finally {
      record.stop();
    }
  });
});
