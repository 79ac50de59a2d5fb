// @stadtkit/tokens: the built outputs, and WCAG 2.2 AA contrast for every theme — token by token, and measured
// on the four components as they render (every visible text, every focus ring), plus axe-core.
import { contrastRatio, expectNoAxeViolations } from '@stadtkit/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { themeDeclarations, themeNames, themes, tokens } from '../dist/index.js';
import kernCss from '../dist/css/kern.css?raw';
import offenbachCss from '../dist/css/offenbach.css?raw';
import autoCss from '../dist/css/color-scheme-auto.css?raw';
import studio from '../dist/tokens-studio.json?raw';
import readme from '../README.md?raw';
import { focusContrasts, textContrasts, themedComponents } from './themes.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('the build', () => {
  it('has five themes, each with every semantic token', () => {
    expect(themeNames).toEqual(['offenbach', 'musterstadt', 'kern', 'dark', 'high-contrast']);
    const names = tokens.map((token) => token.name);
    expect(names).toContain('--stadt-color-text');
    expect(names).toContain('--stadt-space-m');
    for (const theme of themeNames)
      for (const name of names) expect(themes[theme][name], `${theme} ${name}`).toBeTruthy();
    expect(themes.musterstadt['--stadt-news-teaser-radius']).toBe('0.75rem');
    expect(themeDeclarations('offenbach')).toMatch(/^--stadt-color-text: #1a1a1a;/);
  });

  it('writes CSS on :root and on [data-stadt-theme], the KERN mapping as var() with KERN fallbacks', () => {
    expect(offenbachCss).toMatch(/:root, \[data-stadt-theme="offenbach"\] \{/);
    expect(kernCss).toContain(
      '--stadt-color-link: var(--kern-color-action-default, oklch(42.84% 0.1689 265.02));',
    );
    expect(autoCss).toMatch(/@media \(prefers-color-scheme: dark\) \{\s+:root \{/);
  });

  it('writes a Tokens Studio file: one set per theme on top of the base set', () => {
    const file = JSON.parse(studio) as Record<string, unknown> & {
      $themes: { name: string; selectedTokenSets: Record<string, string> }[];
      $metadata: { tokenSetOrder: string[] };
    };
    expect(file.$metadata.tokenSetOrder[0]).toBe('base');
    expect(file.$themes.map((theme) => theme.name)).toEqual([...themeNames]);
    expect(file.$themes[1]?.selectedTokenSets).toEqual({
      base: 'enabled',
      'themes/musterstadt': 'enabled',
    });
    expect(JSON.stringify(file.base)).toContain('"$value":"#1a1a1a"');
  });
});

describe.each([...themeNames])('theme "%s"', (theme) => {
  it('every colour token meets its contrast on the surfaces it is drawn on', () => {
    const probe = document.createElement('div');
    probe.dataset.stadtTheme = theme;
    document.body.append(probe);
    const value = (name: string) => getComputedStyle(probe).getPropertyValue(name).trim();
    const failures: string[] = [];
    for (const token of tokens.filter((t) => t.type === 'color' && t.on.length > 0)) {
      for (const surface of token.on) {
        const ratio = contrastRatio(value(token.name), value(`--stadt-color-${surface}`));
        const needed = token.nonText ? 3 : 4.5;
        if (ratio < needed)
          failures.push(
            `${token.name} on --stadt-color-${surface}: ${ratio}:1 (needs ${needed}:1)`,
          );
      }
    }
    expect(failures).toEqual([]);
  });

  it('the components: every visible text and every focus ring meet AA; axe-core agrees', async () => {
    const wrapper = await themedComponents(theme);
    const texts = textContrasts(wrapper);
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((t) => t.ratio < t.needed)).toEqual([]);
    const rings = focusContrasts(wrapper);
    expect(rings.length).toBeGreaterThan(4);
    expect(rings.filter((ring) => ring.ratio < 3)).toEqual([]);
    await expectNoAxeViolations(wrapper);
  });
});

describe('the README', () => {
  const blocks = (lang: string) =>
    [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map(
      (m) => m[1] ?? '',
    );

  it('"Eigenes Stadtdesign": the Musterstadt block is the Musterstadt theme, and meets AA on the components', async () => {
    const [css] = blocks('css');
    const declared = Object.fromEntries(
      [...(css ?? '').matchAll(/(--stadt-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]]),
    );
    expect(Object.keys(declared).length).toBeGreaterThan(10);
    for (const [name, value] of Object.entries(declared))
      expect(themes.musterstadt[name as keyof (typeof themes)['musterstadt']], name).toBe(value);
    // Applied as a city would: the block as a stylesheet, no data-stadt-theme.
    const style = document.createElement('style');
    style.textContent = (css ?? '').replace(':root', '[data-stadt-theme="readme"]');
    document.head.append(style);
    const wrapper = await themedComponents('readme');
    expect(getComputedStyle(wrapper).getPropertyValue('--stadt-color-link').trim()).toBe('#1b5e20');
    expect(textContrasts(wrapper).filter((t) => t.ratio < t.needed)).toEqual([]);
    expect(focusContrasts(wrapper).filter((ring) => ring.ratio < 3)).toEqual([]);
    style.remove();
  });

  it('the JavaScript snippet gives the value it says', () => {
    const [js] = blocks('js');
    const said = /\/\/ "([^"]+)"/.exec(js ?? '')?.[1];
    expect(said).toBe(themes.offenbach['--stadt-color-link']);
  });

  it('the HTML snippets load files the package ships', () => {
    const hrefs = blocks('html')
      .flatMap((block) => [...block.matchAll(/@stadtkit\/tokens\/(dist\/css\/[\w-]+\.css)/g)])
      .map((m) => m[1]);
    expect(hrefs).toEqual(['dist/css/offenbach.css', 'dist/css/kern.css']);
    const shipped = import.meta.glob('../dist/css/*.css', { query: '?raw' });
    for (const href of hrefs) expect(Object.keys(shipped)).toContain(`../${href}`);
  });
});

describe('dark only when the page opts in; forced colours always', () => {
  async function linkColour(): Promise<string> {
    const wrapper = await themedComponents('none');
    const teaser = wrapper
      .querySelector('stadt-news-list')
      ?.shadowRoot?.querySelector('stadt-news-teaser');
    const colour = getComputedStyle(teaser?.shadowRoot?.querySelector('a') as Element).color;
    wrapper.remove();
    return colour;
  }

  it('a reader who prefers dark gets the dark theme only where color-scheme-auto.css is loaded', async () => {
    const base = document.createElement('style');
    base.textContent = offenbachCss;
    document.head.append(base);
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-color-scheme', value: 'dark' }],
    });
    try {
      expect(await linkColour()).toBe('rgb(0, 82, 140)');
      const auto = document.createElement('style');
      auto.textContent = autoCss;
      document.head.append(auto);
      expect(await linkColour()).toBe('rgb(140, 200, 255)');
      auto.remove();
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
      base.remove();
    }
  });

  it('forced colours: the components use system colours in every theme', async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    try {
      const colours = new Set<string>();
      for (const theme of themeNames) {
        const wrapper = await themedComponents(theme);
        const teaser = wrapper
          .querySelector('stadt-news-list')
          ?.shadowRoot?.querySelector('stadt-news-teaser');
        colours.add(getComputedStyle(teaser?.shadowRoot?.querySelector('a') as Element).color);
        wrapper.remove();
      }
      // One system link colour, whatever the theme says.
      expect(colours.size).toBe(1);
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    }
  });
});
