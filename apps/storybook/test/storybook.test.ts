// The static Storybook build as a city's designer uses it, in real Chromium. Every story, in both locales and
// the five city themes: it renders without an error display, logs no error, axe-core finds nothing; in German,
// its accessibility tree matches the reviewed snapshot in __aria__/ and it holds in every display mode. Each
// component's Leitfaden page lists every manifest member in its own section, and nothing private; controls
// change the rendered element; "Show code" is the HTML the story renders; the sidebar finds German and
// English words; the tokens page measures contrast and its editor exports a theme.
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
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifest } from '../src/manifest.js';

const STATIC = join(import.meta.dirname, '../storybook-static');
/**
 * How long Storybook may take to show a story, a docs table or the sidebar: seconds alone, but the manager
 * page took over 20 s beside the other suites on two cores (a clean-clone run failed on it).
 */
const READY_TIMEOUT = 60_000;

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}
const index = JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
const entries = Object.values(index.entries);
const stories = entries.filter((entry) => entry.type === 'story');

/**
 * The tokens pages cost two to three component stories: swatches 9.3 s and the theme editor 5.7 s alone (a
 * component story ~3 s), 68 s and 47 s with the page's CPU throttled six times. Storybook sorts them first, so
 * they met the busiest minute of `npm test` — every suite starting its browsers, this browser's cache still cold
 * — and a clean-clone run timed out on both at 120 s. They run last, when the other suites have finished, with
 * a timeout scaled to their cost (three and two times the config's 120 s); every other story keeps the
 * config's (a test without a timeout of its own gets `testTimeout`).
 */
const HEAVY_TIMEOUT: Record<string, number> = {
  'tokens--swatches': 360_000,
  'tokens--theme-editor': 240_000,
};
const storiesInTestOrder = [
  ...stories.filter((story) => !(story.id in HEAVY_TIMEOUT)),
  ...stories.filter((story) => story.id in HEAVY_TIMEOUT),
];

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  members?: { kind: string; name: string; privacy?: string; static?: boolean }[];
  attributes?: { name: string; fieldName?: string; default?: string }[];
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
/**
 * One context for every page, as one designer's browser: the build's scripts come from its cache (served with a
 * max-age), compiled, instead of being fetched and compiled again for each of the ~110 story pages.
 */
let context: BrowserContext;

beforeAll(async () => {
  server = await serveStatic(STATIC, { maxAge: 3600 });
  browser = await launch();
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a Storybook iframe URL, recording console errors and page errors from the start. */
async function open(
  query: string,
  file = 'iframe.html',
  viewport = { width: 1024, height: 768 },
): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  // Storybook's accessibility addon would run its own axe-core after each render; we run ours instead.
  const url = new URL(`${file}?${query}`, server.url);
  const globals = url.searchParams.get('globals');
  url.searchParams.set('globals', [globals, 'a11y.manual:!true'].filter(Boolean).join(';'));
  // Storybook's own readiness is awaited by settled(); the 'load' event adds nothing but waiting on a busy machine.
  await page.goto(url.href, { waitUntil: 'domcontentloaded', timeout: 60_000 });
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
    { timeout: READY_TIMEOUT },
  );
  const shown = (await handle.jsonValue()) as 'main' | 'error';
  // A story's play function (focus, open dialog) runs after the render: wait until it has finished.
  await page.waitForFunction(
    () =>
      (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } })
        .__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished',
    undefined,
    { timeout: READY_TIMEOUT },
  );
  await page.evaluate(settleStadtElements);
  return shown;
}

const combinations = [
  { locale: 'de', theme: 'offenbach' },
  { locale: 'en', theme: 'musterstadt' },
] as const;

/** The components: their Leitfaden (docs) page and their story groups. */
const components = {
  'stadt-weather-status': 'Komponenten/Wetter (stadt-weather-status)',
  'stadt-warnings': 'Komponenten/Warnungen (stadt-warnings)',
  'stadt-photo': 'Komponenten/Foto (stadt-photo)',
  'stadt-news-teaser': 'Komponenten/Meldung: Teaser (stadt-news-teaser)',
  'stadt-news-list': 'Komponenten/Meldungsliste (stadt-news-list)',
} as const;
type Tag = keyof typeof components;
const docsId = (tag: Tag) =>
  entries.find((entry) => entry.type === 'docs' && entry.title === `${components[tag]}/Leitfaden`)
    ?.id ?? `missing docs for ${tag}`;

describe('the static Storybook build', () => {
  it('is German and grouped as a designer looks for it: Leitfaden, Varianten, Zustände, Robustheit', () => {
    const titles = new Set(stories.map((story) => story.title));
    const groups = ['Varianten', 'Zustände', 'Robustheit', 'Leitfaden-Beispiele'];
    for (const title of titles) {
      const known =
        title === 'Seiten' ||
        title === 'Grundlagen/Tokens und Stadtdesign' ||
        Object.values(components).some((c) => groups.some((g) => title === `${c}/${g}`));
      expect(known, title).toBe(true);
    }
    for (const [tag, title] of Object.entries(components)) {
      expect(titles.has(`${title}/Varianten`), tag).toBe(true);
      expect(docsId(tag as Tag)).not.toMatch(/^missing/);
    }
    for (const tag of [
      'stadt-weather-status',
      'stadt-warnings',
      'stadt-photo',
      'stadt-news-teaser',
    ] as const) {
      for (const group of ['Zustände', 'Robustheit'])
        expect(titles.has(`${components[tag]}/${group}`), `${tag} ${group}`).toBe(true);
    }
    // Every story name is German with its English alias in brackets (searchable in both).
    for (const story of stories.filter((s) => s.tags?.includes('dev')))
      expect(story.name, story.id).toMatch(/^[A-ZÄÖÜ][^()]+ \([a-z][^()]*\)$/i);
    expect(entries.some((entry) => entry.type === 'docs' && entry.title === 'Einführung')).toBe(
      true,
    );
    expect(stories.length).toBeGreaterThanOrEqual(50);
  });
});

/**
 * Switches the toolbar's globals in the open page, as a designer does, and renders the story afresh with its play
 * function (focus, an open dialog): Storybook's own channel events, then every Stadtkit element settled.
 */
async function switchGlobals(page: Page, storyId: string, globals: Record<string, string>) {
  await page.evaluate(
    async ({ storyId: id, globals: next, wait }) => {
      interface Channel {
        on(event: string, listener: (payload: { storyId?: string }) => void): void;
        off(event: string, listener: (payload: { storyId?: string }) => void): void;
        emit(event: string, payload: unknown): void;
      }
      const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel })
        .__STORYBOOK_ADDONS_CHANNEL__;
      // Bounded: a story that never finishes fails with the event it waited on, not with the test's timeout.
      const finished = (event: string, payload: unknown) =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => {
            channel.off('storyFinished', listener);
            reject(new Error(`${id}: no storyFinished within ${wait} ms after ${event}`));
          }, wait);
          const listener = (done: { storyId?: string }) => {
            if (done.storyId !== id) return;
            clearTimeout(timer);
            channel.off('storyFinished', listener);
            resolve();
          };
          channel.on('storyFinished', listener);
          channel.emit(event, payload);
        });
      await finished('updateGlobals', { globals: next });
      await finished('forceRemount', { storyId: id });
    },
    { storyId, globals, wait: READY_TIMEOUT },
  );
  await page.evaluate(settleStadtElements);
}

/** The themes of @stadtkit/tokens beyond the two passes; each changes only custom properties. */
const otherThemes = ['kern', 'dark', 'high-contrast'] as const;
/**
 * The axe-core rules whose outcome a theme can change: a theme sets colours and spacing (custom properties),
 * never markup, names or roles. The full rule set runs in both passes.
 */
const THEME_RULES = ['color-contrast', 'link-in-text-block', 'target-size'];

// Stories run side by side (maxConcurrency in vitest.config.mjs): each has its own page. Each story loads once:
// the German pass (Offenbach) first, then the toolbar switches to English (Musterstadt) in the same page — a
// page load is most of a story's cost, and a designer switches the toolbar without reloading.
describe.concurrent('every story, in German and then in English', () => {
  for (const story of storiesInTestOrder)
    it(story.id, { timeout: HEAVY_TIMEOUT[story.id] }, async ({ expect }) => {
      const [german, english] = combinations;
      const { page, problems } = await open(
        `id=${story.id}&viewMode=story&globals=locale:${german.locale};theme:${german.theme}`,
      );
      const wrapper = page.locator('.stadt-story').first();
      /** What holds in each locale and theme: no error display, the toolbar's theme and locale, axe-core clean. */
      const check = async ({ locale, theme }: (typeof combinations)[number]) => {
        const where = `${story.id} (${locale}, ${theme})`;
        expect(await settled(page), `${where} shows Storybook's error display`).toBe('main');
        await expect.poll(() => wrapper.getAttribute('data-theme'), { message: where }).toBe(theme);
        // A story may pin its own locale (the "Englisch" stories); otherwise the toolbar's applies.
        const expected = story.tags?.includes('lang-en') ? 'en' : locale;
        expect(await wrapper.getAttribute('lang'), where).toBe(expected);
        expect(await page.evaluate(() => document.documentElement.lang), where).toBe(expected);
        const violations = await axeViolations(page, '#storybook-root');
        expect(violations, `${where}: ${formatViolations(violations)}`).toEqual([]);
      };
      try {
        await check(german);
        // What a screen reader gets, as a reviewed snapshot: a change shows in review (issue #16).
        const tree = await page.locator('#storybook-root').ariaSnapshot();
        await expect(tree).toMatchFileSnapshot(`./__aria__/${story.id}.yml`);
        // 320 px, 400 %, text spacing, forced colours (light and dark), dark with reduced motion.
        expect(await displayModeProblems(page, '#storybook-root')).toEqual([]);
        // The other themes of @stadtkit/tokens (musterstadt is the English pass's): contrast, links, targets.
        for (const other of otherThemes) {
          await wrapper.evaluate((el, name) => el.setAttribute('data-stadt-theme', name), other);
          const themed = await axeViolations(page, '#storybook-root', THEME_RULES);
          expect(themed, `${other}: ${formatViolations(themed)}`).toEqual([]);
        }
        await switchGlobals(page, story.id, { ...english });
        await check(english);
        // The failed-image story shows what happens when an image is missing: its 404 is the point.
        if (story.id === 'foto-zustaende--failed-image') {
          expect(
            problems.filter((p) => !/does-not-exist\.jpg|Failed to load resource/.test(p)),
          ).toEqual([]);
        } else {
          expect(problems).toEqual([]);
        }
      } finally {
        await page.close();
      }
    });
});

/** The colour of the first teaser's headline link in a story. */
async function teaserLinkColour(page: Page): Promise<string> {
  return page
    .locator('stadt-news-teaser')
    .first()
    .evaluate((el) => {
      const link = el.shadowRoot?.querySelector('a');
      return link ? getComputedStyle(link).color : 'no link';
    });
}

describe('the toolbar changes', () => {
  it('the locale: the weather status speaks English', async () => {
    const { page } = await open('id=wetter-varianten--default&viewMode=story&globals=locale:en');
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

  it('the theme, dark mode and the forced-colours preview: only custom properties, which the components pick up', async () => {
    const colours: Record<string, string> = {};
    for (const [name, globals] of Object.entries({
      offenbach: 'theme:offenbach',
      musterstadt: 'theme:musterstadt',
      dark: 'theme:musterstadt;dark:an',
      forced: 'forcedColors:an',
    })) {
      const { page } = await open(
        `id=teaser-varianten--with-image&viewMode=story&globals=${globals}`,
      );
      try {
        await settled(page);
        colours[name] = await teaserLinkColour(page);
        if (name === 'forced') {
          // LinkText as the browser resolves it in the preview's (dark) colour scheme.
          colours.linkText = await page.locator('.stadt-story').evaluate((el) => {
            const probe = document.createElement('span');
            probe.style.color = 'LinkText';
            el.append(probe);
            const colour = getComputedStyle(probe).color;
            probe.remove();
            return colour;
          });
        }
      } finally {
        await page.close();
      }
    }
    expect(colours.offenbach).toBe('rgb(0, 82, 140)');
    expect(colours.musterstadt).toBe('rgb(27, 94, 32)');
    expect(colours.dark).toBe('rgb(140, 200, 255)');
    expect(colours.forced).toBe(colours.linkText);
    expect(colours.forced).not.toBe(colours.offenbach);
  });
});

/** The rows of the last ArgTypes table on a docs page: each member's name under its section. */
async function apiTable(page: Page): Promise<{ section: string; name: string; default: string }[]> {
  const table = page.locator('.sbdocs-content table').last();
  await table.waitFor({ timeout: READY_TIMEOUT });
  // Open collapsed sections so every row is in the DOM.
  for (const toggle of await table.locator('tr[title^="Show"] button').all())
    await toggle.click().catch(() => undefined);
  return table.evaluate((t) => {
    const rows: { section: string; name: string; default: string }[] = [];
    let section = '';
    for (const row of t.querySelectorAll('tbody > tr')) {
      const heading = /^(?:Hide|Show) (.+) items$/.exec(row.getAttribute('title') ?? '');
      if (heading?.[1]) {
        section = heading[1];
        continue;
      }
      const cells = row.querySelectorAll(':scope > td');
      const name = cells[0]?.querySelector('span')?.textContent?.trim() ?? '';
      if (name) rows.push({ section, name, default: cells[2]?.textContent?.trim() ?? '' });
    }
    return rows;
  });
}

describe('the API tables (each Leitfaden page), from custom-elements.json', () => {
  it('covers every element in the manifests', () => {
    expect(declarations.map((d) => d.tagName).sort()).toEqual(Object.keys(components).sort());
  });

  it.each(Object.keys(components) as Tag[])(
    '%s: every member in its own section, nothing private, real defaults',
    async (tag) => {
      const declaration = declarations.find((d) => d.tagName === tag);
      if (!declaration) throw new Error(`${tag} not in the manifests`);
      const attributeFields = new Set(declaration.attributes?.map((a) => a.fieldName));
      const expected = [
        ...(declaration.attributes ?? []).map((a) => ['attributes', a.name]),
        ...(declaration.members ?? [])
          .filter(
            (m) =>
              m.kind === 'field' &&
              !m.static &&
              m.privacy !== 'private' &&
              !attributeFields.has(m.name),
          )
          .map((m) => ['properties', m.name]),
        ...(declaration.slots ?? []).map((s) => ['slots', s.name || 'default']),
        ...(declaration.events ?? []).map((e) => ['events', e.name]),
        ...(declaration.cssParts ?? []).map((p) => ['css shadow parts', p.name]),
        ...(declaration.cssProperties ?? []).map((p) => ['css properties', p.name]),
      ].map(([section, name]) => `${section}: ${name}`);
      expect(expected.length).toBeGreaterThan(10);
      const { page, problems } = await open(`id=${docsId(tag)}&viewMode=docs`);
      try {
        const all = await apiTable(page);
        // Story-only controls (the weather's "Zustand", the teaser's "Foto") sit in their own section.
        const rows = all.filter((row) => row.section !== 'Beispieldaten');
        const shown = rows.map((row) => `${row.section}: ${row.name}`);
        expect(shown.filter((row) => !expected.includes(row))).toEqual([]);
        expect(expected.filter((row) => !shown.includes(row))).toEqual([]);
        expect(shown.filter((row) => /: [#_]/.test(row))).toEqual([]);
        // Defaults are values, never the name of a constant in the source.
        expect(rows.filter((row) => /^[A-Z][A-Z0-9_]{3,}$/.test(row.default))).toEqual([]);
        if (tag === 'stadt-weather-status') {
          const defaults = Object.fromEntries(rows.map((row) => [row.name, row.default]));
          expect(defaults['refresh-interval']).toBe('600');
          expect(defaults['stale-after']).toBe('90');
        }
        if (tag === 'stadt-warnings') {
          const defaults = Object.fromEntries(rows.map((row) => [row.name, row.default]));
          expect([defaults['refresh-interval'], defaults['stale-after'], defaults.variant]).toEqual(
            ['300', '30', 'compact'],
          );
        }
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it('events list the fields a listener reads', async () => {
    const { page } = await open(`id=${docsId('stadt-photo')}&viewMode=docs`);
    try {
      await apiTable(page);
      const text = await page.locator('.sbdocs-content table').last().innerText();
      expect(text).toMatch(/stadt-photo-error[\s\S]*Felder: src \(string\)/);
      expect(text).toMatch(/stadt-photo-zoom[\s\S]*Felder: open \(boolean\)/);
    } finally {
      await page.close();
    }
  });
});

/** The Storybook UI on a story, with its preview frame. */
async function manager(id: string): Promise<{ page: Page; frame: FrameLocator }> {
  const { page } = await open(`path=/story/${id}`, 'index.html', { width: 1400, height: 1000 });
  const frame = page.frameLocator('#storybook-preview-iframe');
  await frame.locator('.stadt-story').waitFor({ timeout: READY_TIMEOUT });
  return { page, frame };
}

/** Types into a control and leaves it, as a designer does. */
async function setControl(page: Page, name: string, value: string): Promise<void> {
  const control = page.locator(`[id="control-${name}"]`);
  await control.fill(value);
  await control.press('Tab');
}

/** A computed style of an element's shadow part (or of its own light-DOM `<img>` for `img`). */
function partStyle(element: Locator, part: string, property: string): Promise<string> {
  return element.evaluate(
    (el, [name, prop]) => {
      const target =
        name === 'img'
          ? (el.querySelector('img') ?? el.shadowRoot?.querySelector('img'))
          : el.shadowRoot?.querySelector(`[part~="${name}"]`);
      return target ? getComputedStyle(target).getPropertyValue(prop) : 'none';
    },
    [part, property] as const,
  );
}

describe('controls change the rendered element', () => {
  it('photo: caption, zoom, a length and a colour custom property', async () => {
    const { page, frame } = await manager('foto-varianten--default');
    try {
      const photo = frame.locator('stadt-photo');
      await setControl(page, 'caption', 'Eine neue Bildunterschrift');
      await expect
        .poll(() => photo.locator('[slot="caption"]').textContent())
        .toBe('Eine neue Bildunterschrift');
      await setControl(page, 'credit-creator', 'Erika Muster');
      await expect
        .poll(() =>
          photo.evaluate((el) => el.shadowRoot?.querySelector('[part~="credit"]')?.textContent),
        )
        .toContain('Erika Muster');
      await page.locator('label[for="control-zoom"]').click();
      await expect
        .poll(() => photo.evaluate((el) => Boolean(el.shadowRoot?.querySelector('[part~="zoom"]'))))
        .toBe(true);
      await setControl(page, '--stadt-photo-radius', '2rem');
      // The CMS form's own <img>, styled through ::slotted.
      await expect.poll(() => partStyle(photo, 'img', 'border-top-left-radius')).toBe('32px');
      await setControl(page, '--stadt-photo-credit-color', '#8a3b12');
      await expect.poll(() => partStyle(photo, 'credit', 'color')).toBe('rgb(138, 59, 18)');
    } finally {
      await page.close();
    }
  });

  it('weather: the "Zustand" select switches the data, attributes change the element', async () => {
    const { page, frame } = await manager('wetter-varianten--default');
    try {
      const weather = frame.locator('stadt-weather-status');
      const text = () => weather.evaluate((el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' '));
      await expect.poll(text).toMatch(/7\s*°C/);
      // Storybook's select shows (and takes) the labels.
      const zustand = (label: string) =>
        page.locator('[id="control-zustand"]').selectOption({ label });
      await zustand('Veraltet (älter als stale-after)');
      await expect.poll(() => weather.getAttribute('state')).toBe('stale');
      await expect
        .poll(() =>
          weather.evaluate((el) => Boolean(el.shadowRoot?.querySelector('[part~="time"]'))),
        )
        .toBe(true);
      await zustand('Nicht verfügbar (keine Daten)');
      await expect.poll(text).toMatch(/nicht verfügbar/);
      await zustand('Lädt (Anfrage läuft)');
      await expect.poll(() => weather.getAttribute('state')).toBe('loading');
      await zustand('Frisch (vor 20 Minuten gemessen)');
      await setControl(page, 'location-name', 'Musterstadt');
      await expect.poll(text).toMatch(/Musterstadt/);
    } finally {
      await page.close();
    }
  });

  it('teaser: headline, kicker, the photo choice and a custom property', async () => {
    const { page, frame } = await manager('teaser-varianten--with-image');
    try {
      const teaser = frame.locator('stadt-news-teaser');
      await setControl(page, 'headline', 'Neue Überschrift der Meldung');
      await expect
        .poll(() =>
          teaser.evaluate((el) => el.shadowRoot?.querySelector('a')?.textContent ?? el.textContent),
        )
        .toContain('Neue Überschrift der Meldung');
      await setControl(page, 'kicker', 'Verkehr');
      await expect.poll(() => teaser.textContent()).toContain('Verkehr');
      await page.locator('[id="control-foto"]').selectOption({ label: 'Kein Foto' });
      await expect.poll(() => teaser.locator('stadt-photo').count()).toBe(0);
      await setControl(page, '--stadt-news-teaser-kicker-transform', 'uppercase');
      await expect.poll(() => partStyle(teaser, 'kicker', 'text-transform')).toBe('uppercase');
    } finally {
      await page.close();
    }
  });
});

/** Markup without whitespace between tags, for comparing two renderings of the same HTML. */
function normalise(markup: string): string {
  return markup.replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim();
}

describe('"Show code" is what a CMS editor pastes', () => {
  it.each([
    ['stadt-photo', 'stadt-photo', [/<img\s/, /slot="caption"/, /slot="credit"/]],
    [
      'stadt-news-teaser',
      'stadt-news-teaser',
      [/<h3>\s*<a href=/, /data-kicker/, /<time datetime=/],
    ],
    ['stadt-news-list', 'stadt-news-list', [/<ul>/, /<li>/, /<stadt-news-teaser/]],
    ['stadt-weather-status', 'stadt-weather-status', [/location-name="Offenbach am Main"/]],
    ['stadt-warnings', 'stadt-warnings', [/base-url="\/stadtkit"/, /region="064130000000"/]],
  ] as const)(
    '%s: the element with its content, no story wrapper',
    async (tag, selector, parts) => {
      const { page } = await open(`id=${docsId(tag)}&viewMode=docs`);
      try {
        const canvas = page.locator('.docs-story').first();
        await canvas.locator(selector).first().waitFor({ timeout: READY_TIMEOUT });
        await page.locator('.docblock-code-toggle').first().click();
        // Storybook shows "Transforming..." until the story's source transform has run.
        const source = page.locator('.sbdocs-content pre.prismjs').first();
        await expect
          .poll(() => source.innerText(), { timeout: READY_TIMEOUT })
          .toMatch(new RegExp(`^<${tag}`));
        const code = await source.innerText();
        for (const part of parts) expect(code).toMatch(part);
        expect(code).not.toMatch(/stadt-story|story-column|data-stadt-theme/);
        if (tag !== 'stadt-weather-status' && tag !== 'stadt-warnings') {
          // Pasted into a page, the code makes the element the story shows (the weather's data is example
          // data, not markup): same light DOM with what the element adds itself, same rendered text.
          const rendered = await canvas
            .locator(selector)
            .first()
            .evaluate((el) => ({
              html: el.outerHTML,
              text: el.shadowRoot?.textContent ?? '',
            }));
          const pasted = await page.evaluate(async (html) => {
            const container = document.createElement('div');
            container.innerHTML = html;
            document.body.append(container);
            const element = container.firstElementChild as HTMLElement & {
              updateComplete?: Promise<unknown>;
            };
            for (const inner of [element, ...element.querySelectorAll('*')])
              await (inner as { updateComplete?: Promise<unknown> }).updateComplete;
            const result = { html: element.outerHTML, text: element.shadowRoot?.textContent ?? '' };
            container.remove();
            return result;
          }, code);
          expect(normalise(pasted.html)).toBe(normalise(rendered.html));
          expect(normalise(pasted.text)).toBe(normalise(rendered.text));
        }
      } finally {
        await page.close();
      }
    },
  );
});

describe('the sidebar search', () => {
  it.each([
    ['Wetter', 'Wetter'],
    ['weather', 'Wetter'],
    ['Foto', 'Foto'],
    ['Bild', 'Bild'],
    ['photo', 'Foto'],
    ['Meldung', 'Meldung'],
    ['news', 'Meldung'],
    ['Token', 'Tokens'],
    ['hostile', 'Feindlicher'],
  ])('"%s" finds %s', async (term, found) => {
    const { page } = await open('path=/docs/einführung--docs', 'index.html', {
      width: 1400,
      height: 1000,
    });
    try {
      const search = page.locator('#storybook-explorer-searchfield');
      await search.waitFor({ timeout: READY_TIMEOUT });
      await search.fill(term);
      const results = page.locator(
        '#storybook-explorer-menu [data-item-id], #storybook-explorer-menu li',
      );
      await expect
        .poll(() => page.locator('#storybook-explorer-menu').innerText())
        .toContain(found);
      expect(await results.count()).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});

describe('tokens and city themes', () => {
  it('swatches: every colour in every theme with its contrast, all meeting WCAG 2.2 AA', async () => {
    const { page, problems } = await open('id=tokens--swatches&viewMode=story');
    try {
      await settled(page);
      const swatches = page.locator('stadt-sb-token-swatches');
      await expect.poll(() => swatches.locator('.ratio').count()).toBeGreaterThan(50);
      const cells = await swatches.locator('td[data-token]').count();
      expect(cells).toBe(13 * 5);
      expect(await swatches.locator('.ratio[data-ok="false"]').count()).toBe(0);
      const text = await swatches.innerText();
      for (const title of ['Offenbach', 'Musterstadt', 'KERN UX', 'Dunkel', 'Hoher Kontrast'])
        expect(text).toContain(title);
      expect(text).toContain('--stadt-space-m');
      expect(text).toContain('--stadt-photo-caption-font-size');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the editor: a colour changes the preview, the contrast check and the exported CSS', async () => {
    const { page, problems } = await open('id=tokens--theme-editor&viewMode=story');
    try {
      await settled(page);
      const editor = page.locator('stadt-sb-theme-editor');
      await expect(editor.locator('.theme-editor__status').innerText()).resolves.toContain(
        'Alle Farbpaare erreichen WCAG 2.2 AA',
      );
      const link = editor.getByLabel(/--stadt-color-link/);
      await link.evaluate((input: HTMLInputElement) => {
        input.value = '#ff5555';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await expect.poll(() => teaserLinkColour(page)).toBe('rgb(255, 85, 85)');
      await expect
        .poll(() => editor.locator('.theme-editor__status').innerText())
        .toMatch(/--stadt-color-link auf surface \(3,\d:1\)/);
      const css = await editor.locator('.theme-editor__css').innerText();
      expect(css).toMatch(/^:root \{/);
      expect(css).toContain('--stadt-color-link: #ff5555;');
      expect(css).toContain('--stadt-color-surface: #fbfaf5;');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the composed pages', () => {
  it('the press release: weather in the header, article with lead photo, "Weitere Meldungen"', async () => {
    const { page } = await open('id=seiten--press-release&viewMode=story', 'iframe.html', {
      width: 320,
      height: 800,
    });
    try {
      await settled(page);
      await expect(page.locator('#storybook-root h1').innerText()).resolves.toContain(
        'Ausländerbehörden',
      );
      await expect
        .poll(() =>
          page.locator('header stadt-weather-status').evaluate((el) => el.shadowRoot?.textContent),
        )
        .toMatch(/°C/);
      await expect(page.locator('article stadt-photo').count()).resolves.toBe(1);
      await expect(page.locator('stadt-news-list stadt-news-teaser').count()).resolves.toBe(3);
      // At 320 CSS px nothing scrolls sideways.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
    } finally {
      await page.close();
    }
  });
});
