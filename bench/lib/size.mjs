// Bundle sizes as a consumer's bundler produces them: rollup + node-resolve + terser (ES2022 modules), then
// gzip -9 and brotli q11. Lit is counted once, on its own row; each component row is its own code with lit,
// @stadtkit/model and other Stadtkit packages left out.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

const require = createRequire(import.meta.url);
const kolibri = dirname(require.resolve('@public-ui/components/package.json'));
const packages = join(import.meta.dirname, '../../packages');

const LIT = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];
/** The component packages below `packages/`. */
const COMPONENTS = ['weather-status', 'photo', 'news-teaser'];
/** How a consumer's production build minifies (the same for every measurement). */
const minify = () => terser({ ecma: 2022, module: true, format: { comments: false } });

const VIRTUAL = '\0bench-entry';

/**
 * Bundles `code` (an ES module importing what a consumer imports) and returns min, gzip and brotli bytes.
 * @param {string} code
 * @param {string[]} external bare specifiers (and their subpaths) left out of the bundle
 */
export async function measure(code, external = [], { brotli = true } = {}) {
  const bundle = await rollup({
    input: VIRTUAL,
    external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === VIRTUAL ? VIRTUAL : null),
        load: (id) => (id === VIRTUAL ? code : null),
      },
      nodeResolve({ exportConditions: ['browser', 'production'], rootDir: import.meta.dirname }),
      minify(),
    ],
    onwarn: () => undefined,
  });
  const { output } = await bundle.generate({ format: 'esm', inlineDynamicImports: true });
  await bundle.close();
  const text = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
  const bytes = Buffer.from(text);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotli ? brotliSize(bytes) : undefined,
  };
}

/** Brotli at quality 11, as a server precompresses: the slowest step, left out where only gzip is checked. */
function brotliSize(bytes) {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/**
 * Each source module of the three components measured alone (every import left out), so the report can show
 * where the bytes go. Gzip works better on the whole than on its parts, so the parts add up to a bit more.
 * @returns {Promise<{ pkg: string, module: string, min: number, gzip: number }[]>}
 */
export async function moduleBreakdown() {
  const rows = [];
  for (const pkg of COMPONENTS) {
    const dist = join(packages, pkg, 'dist');
    // Only what the element's define module pulls in (not, say, the static provider).
    const reach = await rollup({
      input: join(dist, 'define.js'),
      external: (id) => !id.startsWith('.') && !id.startsWith(dist),
      onwarn: () => undefined,
    });
    const { output: reached } = await reach.generate({ format: 'esm' });
    await reach.close();
    for (const path of reached[0].moduleIds.filter((id) => id !== join(dist, 'define.js')).sort()) {
      const file = path.slice(dist.length + 1);
      const bundle = await rollup({
        input: path,
        external: (id) => id !== path,
        plugins: [minify()],
        onwarn: () => undefined,
      });
      const { output } = await bundle.generate({ format: 'esm' });
      await bundle.close();
      const bytes = Buffer.from(output[0].code);
      rows.push({
        pkg,
        module: file.replace(/\.js$/, ''),
        min: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
      });
    }
  }
  return rows;
}

/** Each name the components import from the model, bundled alone (names share helpers, so this overlaps). */
export async function modelBreakdown() {
  const rows = [];
  for (const name of modelImports()) {
    const size = await measure(`export { ${name} } from '@stadtkit/model';`, []);
    rows.push({ name, ...size });
  }
  return rows.sort((a, b) => b.gzip - a.gzip);
}

/** Every name the three components' modules import from `@stadtkit/model` (read from their builds). */
export function modelImports() {
  const names = new Set();
  for (const pkg of COMPONENTS) {
    const dist = join(packages, pkg, 'dist');
    for (const file of readdirSync(dist, { recursive: true })) {
      if (!String(file).endsWith('.js') || String(file) === 'embed.js') continue;
      const code = readFileSync(join(dist, String(file)), 'utf8');
      for (const [, list] of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@stadtkit\/model'/g)) {
        for (const name of list.split(','))
          if (name.trim()) names.add(name.trim().split(/\s+as\s+/)[0]);
      }
    }
  }
  return [...names].sort();
}

/** The rows of the size table: what is measured and how. */
export function sizeCases() {
  return [
    {
      name: 'lit (as Stadtkit uses it)',
      group: 'stadtkit',
      code: `export { LitElement, html, svg, css, nothing } from 'lit';
export { ifDefined } from 'lit/directives/if-defined.js';`,
      external: [],
    },
    {
      name: '@stadtkit/model (what the components import from it)',
      group: 'stadtkit',
      code: `export { ${modelImports().join(', ')} } from '@stadtkit/model';`,
      external: [],
    },
    {
      name: '<stadt-weather-status> own code',
      group: 'stadtkit',
      code: `import '@stadtkit/weather-status/define.js';`,
      external: [...LIT, '@stadtkit/model'],
    },
    {
      name: '<stadt-photo> own code',
      group: 'stadtkit',
      code: `import '@stadtkit/photo/define.js';`,
      external: [...LIT, '@stadtkit/model'],
    },
    {
      name: '<stadt-news-teaser> + <stadt-news-list> own code',
      group: 'stadtkit',
      code: `import '@stadtkit/news-teaser/define.js';`,
      external: [...LIT, '@stadtkit/model', '@stadtkit/photo'],
    },
    {
      name: 'all three components + model, without lit',
      group: 'stadtkit',
      code: `import '@stadtkit/weather-status/define.js'; import '@stadtkit/photo/define.js'; import '@stadtkit/news-teaser/define.js';`,
      external: LIT,
    },
    {
      name: 'all three components + model + lit',
      group: 'stadtkit',
      code: `import '@stadtkit/weather-status/define.js'; import '@stadtkit/photo/define.js'; import '@stadtkit/news-teaser/define.js';`,
      external: [],
    },
    {
      name: 'Shoelace <sl-card> own code',
      group: 'shoelace',
      code: `import '@shoelace-style/shoelace/dist/components/card/card.js';`,
      external: LIT,
    },
    {
      name: 'Shoelace <sl-card> + lit',
      group: 'shoelace',
      code: `import '@shoelace-style/shoelace/dist/components/card/card.js';`,
      external: [],
    },
    {
      // kol-card renders in its inner kol-card-wc, which kol-card's own define does not register (left out
      // until stop 31, here and in the render bench: a card without its headline, and without its bytes).
      name: 'KoliBri <kol-card> (with its inner <kol-card-wc>) + <kol-image> (with Stencil runtime)',
      group: 'kolibri',
      code: `import { defineCustomElement as card } from ${JSON.stringify(join(kolibri, 'dist/components/kol-card.js'))};
import { defineCustomElement as cardInner } from ${JSON.stringify(join(kolibri, 'dist/components/kol-card-wc.js'))};
import { defineCustomElement as image } from ${JSON.stringify(join(kolibri, 'dist/components/kol-image.js'))};
card(); cardInner(); image();`,
      external: [],
    },
    {
      name: 'KoliBri default theme (needed to style them)',
      group: 'kolibri',
      code: `export { DEFAULT } from '@public-ui/theme-default';`,
      external: [],
    },
  ];
}

const CDN = join(packages, 'elements', 'cdn');

/**
 * What a CMS page downloads from `@stadtkit/elements/cdn/` when it loads `entries` (the autoloader plus the
 * element modules it imports for the page's tags): every file reached through static imports, each
 * compressed on its own as a server sends it. More files compress worse than one bundle: that is the price
 * of loading only what a page uses and lit exactly once.
 * @param {string[]} entries file names in cdn/
 * @param {{ brotli?: boolean }} [options]
 */
export function cdnPage(entries, { brotli: withBrotli = true } = {}) {
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(join(CDN, file), 'utf8');
    const imports =
      /(?:import|export)[^'"()]*?from\s*["'](\.\/[^"']+)["']|import\s*["'](\.\/[^"']+)["']/g;
    for (const match of code.matchAll(imports))
      visit(join(dirname(file), match[1] ?? match[2]).replace(/^\.\//, ''));
  };
  for (const entry of entries) visit(entry);
  let min = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(join(CDN, file));
    min += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    if (withBrotli) brotli += brotliSize(bytes);
  }
  return { min, gzip, brotli: withBrotli ? brotli : undefined, files: [...files].sort() };
}

/** The CMS pages the issue measures (#14): all elements through the autoloader, and only the weather. */
export function cdnCases() {
  return [
    {
      name: 'CMS page, every element via @stadtkit/elements autoloader (files, gzip each)',
      group: 'stadtkit',
      entries: ['autoloader.js', 'weather-status.js', 'warnings.js', 'photo.js', 'news-teaser.js'],
    },
    {
      name: 'CMS page, weather only via @stadtkit/elements autoloader (files, gzip each)',
      group: 'stadtkit',
      entries: ['autoloader.js', 'weather-status.js'],
    },
    {
      name: 'CMS page, server-rendered, every element (+ hydrate.js)',
      group: 'stadtkit',
      entries: [
        'autoloader.js',
        'hydrate.js',
        'weather-status.js',
        'warnings.js',
        'photo.js',
        'news-teaser.js',
      ],
    },
  ];
}

/**
 * Measures every case, or only the named ones; returns rows with min, gzip and (unless `brotli: false`) brotli.
 * `npm test` measures only the rows it has ceilings for, without brotli: the peers' bundles (KoliBri's theme
 * is half a megabyte to minify) and brotli q11 are for the report.
 * @param {{ names?: string[], brotli?: boolean }} [options]
 */
export async function measureAll({ names, brotli = true } = {}) {
  const wanted = (item) => names === undefined || names.includes(item.name);
  const rows = [];
  for (const item of sizeCases().filter(wanted))
    rows.push({ ...item, ...(await measure(item.code, item.external, { brotli })) });
  for (const item of cdnCases().filter(wanted))
    rows.push({ ...item, ...cdnPage(item.entries, { brotli }) });
  return rows;
}
