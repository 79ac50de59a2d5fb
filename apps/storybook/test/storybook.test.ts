// Every story of the static Storybook build, in real Chromium, in both locales and both city themes: it
// renders without an error display, logs no error, and axe-core finds nothing; in German, its accessibility
// tree matches the reviewed snapshot in __aria__/ and it holds in every display mode. Each component's Docs page
// shows what its custom-elements.json documents.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  axeViolations,
  displayModeProblems,
  formatViolations,
  launch,
  serveStatic,
  settleStadtElements,
  type StaticServer,
} from '@stadtkit/testing/node';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifest } from '../src/manifest.js';

const STATIC = join(import.meta.dirname, '../storybook-static');

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}
const index = JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
const entries = Object.values(index.entries);
const stories = entries.filter((entry) => entry.type === 'story');

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  events?: { name: string }[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}
const declarations = (manifest.modules as { declarations?: Declaration[] }[])
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(STATIC);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a Storybook iframe URL, recording console errors and page errors from the start. */
async function open(query: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  // Storybook's accessibility addon would run its own axe-core after each render; we run ours instead.
  const url = new URL(`iframe.html?${query}`, server.url);
  const globals = url.searchParams.get('globals');
  url.searchParams.set('globals', [globals, 'a11y.manual:!true'].filter(Boolean).join(';'));
  await page.goto(url.href);
  return { page, problems };
}

/** Waits until Storybook shows the story (or its error display) and every Stadtkit element has rendered. */
async function settled(page: Page): Promise<'main' | 'error'> {
  const handle = await page.waitForFunction(
    () => {
      const body = document.body.classList;
      if (body.contains('sb-show-errordisplay')) return 'error';
      return body.contains('sb-show-main') && document.querySelector('.stadt-story')
        ? 'main'
        : false;
    },
    undefined,
    { timeout: 20_000 },
  );
  const shown = (await handle.jsonValue()) as 'main' | 'error';
  await page.evaluate(settleStadtElements);
  return shown;
}

const combinations = [
  { locale: 'de', theme: 'offenbach' },
  { locale: 'en', theme: 'musterstadt' },
] as const;

describe('the static Storybook build', () => {
  it('has stories for every component and the introduction page', () => {
    const titles = new Set(stories.map((story) => story.title));
    expect([...titles].sort()).toEqual([
      'Components/News list',
      'Components/News teaser',
      'Components/Photo',
      'Components/Weather status',
    ]);
    expect(entries.some((entry) => entry.type === 'docs' && entry.title === 'Einführung')).toBe(
      true,
    );
    expect(stories.length).toBeGreaterThanOrEqual(30);
  });
});

for (const { locale, theme } of combinations) {
  // Stories run side by side (maxConcurrency in vitest.config.mjs): each has its own page, and most of a story's
  // time is waiting for Storybook to load it.
  describe.concurrent(`every story in locale "${locale}" and theme "${theme}"`, () => {
    it.for(stories.map((story) => [story.id, story] as const))(
      '%s',
      async ([, story], { expect }) => {
        const { page, problems } = await open(
          `id=${story.id}&viewMode=story&globals=locale:${locale};theme:${theme}`,
        );
        try {
          expect(await settled(page), `${story.id} shows Storybook's error display`).toBe('main');
          const wrapper = page.locator('.stadt-story');
          await expect.poll(() => wrapper.getAttribute('data-theme')).toBe(theme);
          // A story may pin its own locale (the "English" stories); otherwise the toolbar's applies.
          const expected = story.name === 'English' ? 'en' : locale;
          expect(await wrapper.getAttribute('lang')).toBe(expected);
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(expected);
          const violations = await axeViolations(page, '#storybook-root');
          expect(violations, formatViolations(violations)).toEqual([]);
          if (locale === 'de') {
            // What a screen reader gets, as a reviewed snapshot: a change shows in review (issue #16).
            const tree = await page.locator('#storybook-root').ariaSnapshot();
            await expect(tree).toMatchFileSnapshot(`./__aria__/${story.id}.yml`);
            // 320 px, 400 %, text spacing, forced colours (light and dark), dark with reduced motion.
            expect(await displayModeProblems(page, '#storybook-root')).toEqual([]);
            // The other themes of @stadtkit/tokens (musterstadt runs in the English pass): axe-core in each.
            for (const other of ['kern', 'dark', 'high-contrast']) {
              await wrapper.evaluate(
                (el, name) => el.setAttribute('data-stadt-theme', name),
                other,
              );
              const themed = await axeViolations(page, '#storybook-root');
              expect(themed, `${other}: ${formatViolations(themed)}`).toEqual([]);
            }
          }
          // The failed-image story shows what happens when an image is missing: its 404 is the point.
          const expectedProblems = story.id === 'components-photo--failed-image' ? 2 : 0;
          if (expectedProblems > 0) {
            expect(
              problems.filter((p) => !/does-not-exist\.jpg|Failed to load resource/.test(p)),
            ).toEqual([]);
          } else {
            expect(problems).toEqual([]);
          }
        } finally {
          await page.close();
        }
      },
    );
  });
}

describe('the toolbar changes', () => {
  it('the locale: the weather status speaks English', async () => {
    const { page } = await open(
      'id=components-weather-status--fresh&viewMode=story&globals=locale:en',
    );
    try {
      await settled(page);
      await expect
        .poll(() =>
          page.locator('stadt-weather-status').evaluate((el) => el.shadowRoot?.textContent),
        )
        .toMatch(/Current weather/);
    } finally {
      await page.close();
    }
  });

  it('the theme: only custom properties, which the components pick up', async () => {
    const colours: string[] = [];
    for (const theme of ['offenbach', 'musterstadt']) {
      const { page } = await open(
        `id=components-news-teaser--with-image&viewMode=story&globals=theme:${theme}`,
      );
      try {
        await settled(page);
        colours.push(
          await page.locator('stadt-news-teaser').evaluate((el) => {
            const link = el.shadowRoot?.querySelector('a');
            return link ? getComputedStyle(link).color : 'no link';
          }),
        );
      } finally {
        await page.close();
      }
    }
    expect(colours).toEqual(['rgb(0, 82, 140)', 'rgb(27, 94, 32)']);
  });
});

describe('autodocs from custom-elements.json', () => {
  const docsByTag: Record<string, string> = {
    'stadt-weather-status': 'components-weather-status--docs',
    'stadt-photo': 'components-photo--docs',
    'stadt-news-teaser': 'components-news-teaser--docs',
    'stadt-news-list': 'components-news-list--docs',
  };

  it('covers every element in the manifests', () => {
    expect(declarations.map((d) => d.tagName).sort()).toEqual(Object.keys(docsByTag).sort());
  });

  it.each(Object.entries(docsByTag))(
    '%s: attributes, events, slots, CSS parts and custom properties are documented',
    async (tag, id) => {
      const declaration = declarations.find((d) => d.tagName === tag);
      const names = [
        ...(declaration?.attributes ?? []),
        ...(declaration?.events ?? []),
        ...(declaration?.slots ?? []).filter((slot) => slot.name !== ''),
        ...(declaration?.cssParts ?? []),
        ...(declaration?.cssProperties ?? []),
      ].map((item) => item.name);
      expect(names.length).toBeGreaterThan(3);
      const { page, problems } = await open(`id=${id}&viewMode=docs`);
      try {
        await page.waitForSelector('.sbdocs-content table', { timeout: 20_000 });
        // Storybook collapses categories; the text is in the DOM either way once expanded.
        for (const toggle of await page
          .locator('.sbdocs-content table button[title^="Show"]')
          .all())
          await toggle.click().catch(() => undefined);
        const text = await page.locator('.sbdocs-content').innerText();
        const missing = names.filter((name) => !text.includes(name));
        expect(missing, `not on the Docs page of ${tag}`).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
