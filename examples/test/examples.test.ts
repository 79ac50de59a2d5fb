import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeBrowser,
  openBrowser,
  exec,
  install,
  packAll,
  tarballFile,
  serve,
  strictCsp,
  tarballFiles,
  visit,
  PACKAGES,
  type Visit,
} from './harness.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES } from './harness.js';

// Pack once, then install every example at once (npm's cache is safe for parallel installs): the builds and
// type checks below then run side by side (describe.concurrent) instead of one after another.
beforeAll(async () => {
  await packAll();
  await Promise.all(['plain-html', 'vite-ts', 'react', 'vue', 'ssr'].map(install));
});
afterAll(closeBrowser);

/** The text of an element's shadow root (what a reader sees of it), whitespace collapsed. */
const shadowText = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) =>
    elements.map((element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );

/** What every example must show: weather with a number and a unit, the photo with its credit, teasers as links. */
async function expectPressPage(result: Visit, teasers: string[]) {
  const { page } = result;
  const [weather] = await shadowText(page, 'stadt-weather-status');
  expect(weather).toMatch(/\d+ °C/);
  const [photo] = await shadowText(page, 'stadt-photo');
  expect(photo).toContain('Stadt Offenbach');
  const image = await page.locator('stadt-photo').first().locator('img').first();
  expect(
    await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
  ).toBe(true);
  const links = await page.locator('stadt-news-teaser').locator('a.stretched').allTextContents();
  expect(links.map((text) => text.trim())).toEqual(teasers);
  expect(result.errors).toEqual([]);
  expect(result.violations).toEqual([]);
  // The policy is enforced (so "no violations" means something): a raw string into innerHTML is refused.
  expect(
    await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'accepted';
      } catch (error) {
        return (error as Error).name;
      }
    }),
  ).toBe('TypeError');
  expect(result.litCopies).toEqual({ html: 1, element: 1 });
}

const relatedHeadlines = async (page: Page) =>
  (await page.locator('stadt-news-teaser').locator('a.stretched').allTextContents()).map((t) =>
    t.trim(),
  );

describe('tarballs', () => {
  it.each(PACKAGES)('@stadtkit/%s ships a LICENSE and no source maps or sources', async (name) => {
    const files = await tarballFiles(name);
    expect(files).toContain('package/LICENSE');
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(files.filter((file) => file.startsWith('package/src/'))).toEqual([]);
    // No shipped file points at a source map the tarball does not contain.
    for (const file of files.filter((f) => /\.(js|d\.ts)$/.test(f)))
      expect(await tarballFile(name, file.replace('package/', '')), file).not.toContain(
        'sourceMappingURL',
      );
  });
});

interface Manifest {
  modules: {
    path: string;
    declarations?: {
      name: string;
      members?: { name: string; readonly?: boolean }[];
      attributes?: { name: string }[];
    }[];
    exports?: { kind: string; name: string; declaration: { module?: string } }[];
  }[];
}

describe('tooling data in the tarballs', () => {
  it.each([
    ['weather-status', ['stadt-weather-status']],
    ['photo', ['stadt-photo']],
    ['news-teaser', ['stadt-news-teaser', 'stadt-news-list']],
    ['warnings', ['stadt-warnings']],
    [
      'elements',
      [
        'stadt-weather-status',
        'stadt-warnings',
        'stadt-photo',
        'stadt-news-teaser',
        'stadt-news-list',
      ],
    ],
  ])(
    '@stadtkit/%s: the manifest describes shipped files, definitions and the public API only',
    async (name, tags) => {
      const files = await tarballFiles(name);
      const manifest = JSON.parse(await tarballFile(name, 'custom-elements.json')) as Manifest;
      for (const module of manifest.modules) expect(files).toContain(`package/${module.path}`);
      const definitions = manifest.modules.flatMap((module) =>
        (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition'),
      );
      expect(definitions.map((d) => d.name).sort()).toEqual([...tags].sort());
      for (const definition of definitions)
        expect(files).toContain(`package/${definition.declaration.module}`);
      const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
      const names = declarations.flatMap((d) => [
        ...(d.members ?? []).map((m) => m.name),
        ...(d.attributes ?? []).map((a) => a.name),
      ]);
      expect(names.filter((n) => n.startsWith('_') || n.startsWith('#'))).toEqual([]);
      for (const d of declarations) {
        const state = d.members?.find((m) => m.name === 'state');
        if (state) expect(state.readonly, `${d.name}.state`).toBe(true);
      }
      const webTypes = JSON.parse(await tarballFile(name, 'web-types.json')) as {
        name: string;
        contributions: { html: { elements: { name: string }[] } };
      };
      expect(webTypes.name).toBe(`@stadtkit/${name}`);
      expect(webTypes.contributions.html.elements.map((e) => e.name).sort()).toEqual(
        [...tags].sort(),
      );
      const vscode = JSON.parse(await tarballFile(name, 'vscode.html-custom-data.json')) as {
        tags: { name: string }[];
      };
      expect(vscode.tags.map((t) => t.name).sort()).toEqual([...tags].sort());
      const pkg = JSON.parse(await tarballFile(name, 'package.json')) as Record<string, string>;
      expect(pkg['web-types']).toBe('./web-types.json');
      expect(files).toContain(`package/${(pkg.unpkg ?? '').replace('./', '')}`);
    },
  );
});

describe('examples/plain-html: a CMS page, one script tag, strict CSP and Trusted Types', () => {
  it('defines every element, shows the content, loads lit once, no errors or violations', async () => {
    await install('plain-html');
    const site = await serve('plain-html', '.', strictCsp());
    try {
      const result = await visit(`${site.url}/`);
      await expectPressPage(result, [
        'Weihnachtsmarkt auf dem Wilhelmsplatz eröffnet',
        'Stadtbibliothek verlängert Öffnungszeiten',
      ]);
      // The city theme from the @stadtkit/tokens tarball styles the components (Musterstadt's link green).
      expect(
        await result.page
          .locator('stadt-news-teaser')
          .first()
          .evaluate((el) => getComputedStyle(el.shadowRoot?.querySelector('a') as Element).color),
      ).toBe('rgb(27, 94, 32)');
      // Only what the page uses is loaded: the autoloader, the three element modules and the shared chunks.
      const scripts = site.requests.filter((path) => path.endsWith('.js'));
      expect(
        scripts.filter((path) => path.endsWith('/all.js') || path.endsWith('/hydrate.js')),
      ).toEqual([]);
      await result.page.context().close();
    } finally {
      await site.close();
    }
  });
});

describe('examples/plain-html without JavaScript', () => {
  it('shows the light-DOM teaser as a heading with a link and a date', async () => {
    const site = await serve('plain-html', '.', strictCsp());
    const context = await (await openBrowser()).newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/`);
      const link = page.getByRole('link', {
        name: 'Weihnachtsmarkt auf dem Wilhelmsplatz eröffnet',
      });
      expect(await link.isVisible()).toBe(true);
      expect(await page.getByRole('heading', { level: 3 }).count()).toBe(1);
      expect(await page.locator('time').first().textContent()).toBe('11. November 2019');
    } finally {
      await context.close();
      await site.close();
    }
  });
});

/** Installs an example from the tarballs, builds it, serves `root` with `csp` and opens it in Chromium. */
async function builtAndVisited(
  example: string,
  root: string,
  csp: string,
  check: (result: Visit) => Promise<void>,
): Promise<void> {
  await install(example);
  const build = await exec(example, 'npm', ['run', 'build']);
  expect(build.code, build.output).toBe(0);
  const site = await serve(example, root, csp);
  try {
    const result = await visit(`${site.url}/`);
    const headlines = await relatedHeadlines(result.page);
    expect(headlines).toHaveLength(3);
    await expectPressPage(result, headlines);
    await check(result);
    await result.page.context().close();
  } finally {
    await site.close();
  }
}

/** The weather's change event reached the app (the app writes the state where the test can read it). */
const weatherSeen = (result: Visit) =>
  result.page.evaluate(
    () =>
      document.documentElement.dataset.weather ?? document.querySelector('main')?.dataset.weather,
  );

describe.concurrent('examples/vite-ts: Vite + TypeScript', () => {
  it('type-checks, builds and runs under a strict CSP', async () => {
    await builtAndVisited('vite-ts', 'dist', strictCsp(), async (result) => {
      expect(await weatherSeen(result)).toBe('fresh');
    });
  });
});

describe.concurrent('examples/react: React 19 + TypeScript', () => {
  it('type-checks TSX from the generated JSX types, builds and runs', async () => {
    // The typed event prop is wired: React 19 listens for stadt-weather-status-change.
    await builtAndVisited('react', 'dist', strictCsp(), async (result) => {
      expect(await weatherSeen(result)).toBe('fresh');
    });
  });

  it('rejects wrong props at type-check time', async () => {
    const check = await exec('react', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.wrong.json']);
    expect(check.code).not.toBe(0);
    expect(check.output).toMatch(/wrong\.tsx\(5,\d+\): error TS2322/);
    expect(check.output).toMatch(/wrong\.tsx\(7,\d+\): error TS2322/);
    expect(check.output).toMatch(/wrong\.tsx\(9,\d+\): error TS2339/);
  });

  it('type-checks the same elements in Preact JSX (@stadtkit/elements/preact), wrong props rejected', async () => {
    // preact/app.tsx holds a // @ts-expect-error line: tsc fails if that line stops being an error.
    await install('react');
    const check = await exec('react', 'npx', ['tsc', '-p', 'tsconfig.preact.json']);
    expect(check.code, check.output).toBe(0);
  });
});

describe.concurrent('examples/vue: Vue 3 + vue-tsc strictTemplates', () => {
  it('type-checks the templates from the generated Vue types, builds and runs', async () => {
    await builtAndVisited('vue', 'dist', strictCsp('lit-html vue'), async (result) => {
      expect(await weatherSeen(result)).toBe('fresh');
    });
  });

  it('catches :photo="\'x\'" and :teasers="42"', async () => {
    const check = await exec('vue', 'npx', ['vue-tsc', '--noEmit', '-p', 'tsconfig.wrong.json']);
    expect(check.code).not.toBe(0);
    expect(check.output).toMatch(/Wrong\.vue\(3,\d+\): error TS2322/);
    expect(check.output).toMatch(/Wrong\.vue\(4,\d+\): error TS2322/);
  });
});

describe('examples/ssr: a Node render step for any backend, hydrated by the autoloader', () => {
  it('renders readable HTML, hydrates it without duplicates or mismatches, no errors or violations', async () => {
    await install('ssr');
    const build = await exec('ssr', 'npm', ['run', 'build']);
    expect(build.code, build.output).toBe(0);
    const fragment = readFileSync(join(EXAMPLES, 'ssr/dist/fragment.html'), 'utf8');
    // Readable before JavaScript: the server's text is in the markup.
    expect(fragment).toMatch(/7\s°C, bedeckt/);
    expect(fragment).toContain('Stadt Offenbach');
    expect(fragment).toContain('data-stadt-props');
    expect(fragment).not.toMatch(/<\/script>(?![\s\S]*<\/stadt-)/); // every data script sits inside its element
    const csp = readFileSync(join(EXAMPLES, 'ssr/dist/csp.txt'), 'utf8');
    const site = await serve('ssr', '.', csp);
    try {
      const result = await visit(`${site.url}/dist/index.html`);
      const headlines = await relatedHeadlines(result.page);
      expect(headlines).toHaveLength(3);
      await expectPressPage(result, headlines);
      const counts = await result.page.evaluate(() => ({
        figures: document.querySelector('stadt-photo')?.shadowRoot?.querySelectorAll('figure')
          .length,
        articles: [...document.querySelectorAll('stadt-news-list')].flatMap((list) =>
          [...(list.shadowRoot?.querySelectorAll('stadt-news-teaser') ?? [])].map(
            (teaser) => teaser.shadowRoot?.querySelectorAll('article').length,
          ),
        ),
        deferred: document.querySelectorAll('[defer-hydration]').length,
      }));
      expect(counts).toEqual({ figures: 1, articles: [1, 1, 1], deferred: 0 });
      expect(site.requests.some((path) => path.includes('/cdn/hydrate.js'))).toBe(true);
      await result.page.context().close();
    } finally {
      await site.close();
    }
  });
});

describe('examples/ssr/dist/photo.html: one server-rendered photo with @stadtkit/photo/embed.js', () => {
  it('hydrates the markup instead of rendering it a second time', async () => {
    const csp = readFileSync(join(EXAMPLES, 'ssr/dist/csp.txt'), 'utf8');
    const site = await serve('ssr', '.', csp);
    try {
      const result = await visit(`${site.url}/dist/photo.html`);
      const { page } = result;
      expect(
        await page.evaluate(() => ({
          figures: document.querySelector('stadt-photo')?.shadowRoot?.querySelectorAll('figure')
            .length,
          images: document.querySelector('stadt-photo')?.shadowRoot?.querySelectorAll('img').length,
          state: document.querySelector('stadt-photo')?.getAttribute('state'),
        })),
      ).toEqual({ figures: 1, images: 1, state: 'loaded' });
      expect(result.errors).toEqual([]);
      expect(result.violations).toEqual([]);
      expect(result.litCopies).toEqual({ html: 1, element: 1 });
      await page.context().close();
    } finally {
      await site.close();
    }
  });
});

describe('packages/elements/README.md', () => {
  it('shows only code that an example project runs', () => {
    const squash = (text: string) => text.replace(/\s+/g, ' ').replace(/ >/g, '>').trim();
    const sources = [
      'plain-html/index.html',
      'vite-ts/src/main.ts',
      'react/src/main.tsx',
      'react/tsconfig.json',
    ]
      .concat(['vue/tsconfig.json', 'vue/vite.config.ts', 'vue/src/App.vue', 'ssr/render.mjs'])
      .map((file) => squash(readFileSync(join(EXAMPLES, file), 'utf8')));
    const readme = readFileSync(join(EXAMPLES, '../packages/elements/README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```(html|js|json|tsx)\n([\s\S]*?)```/g)].map((m) =>
      squash(m[2] ?? ''),
    );
    expect(blocks.length).toBeGreaterThanOrEqual(9);
    for (const block of blocks)
      expect(
        sources.some((source) => source.includes(block)),
        block,
      ).toBe(true);
  });
});
