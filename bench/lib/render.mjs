// Render speed in headless Chromium: 1,000 teasers and 1,000 photos with Stadtkit, Shoelace's sl-card,
// KoliBri's kol-card/kol-image and plain HTML (the floor). Each page is bundled for production with rollup;
// every variant runs several times in one page (one process), and the report gives medians.
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { chromium } from 'playwright';
import { rollup } from 'rollup';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/chromium.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

const require = createRequire(import.meta.url);
const WORK = join(import.meta.dirname, '../.work/render');
const PAGES = join(import.meta.dirname, '../pages');
const KOLIBRI = dirname(require.resolve('@public-ui/components/package.json'));
const MEDIA = dirname(require.resolve('@stadtkit/model/media/LICENSE.md'));

export const LIBRARIES = ['plain', 'stadtkit', 'shoelace', 'kolibri'];

/** KoliBri's custom-elements build is not in its exports map; consumers import it by path. */
const kolibriPaths = {
  name: 'kolibri-dist',
  resolveId(id) {
    const prefix = '@public-ui/components/dist/';
    return id.startsWith(prefix) ? join(KOLIBRI, 'dist', id.slice(prefix.length)) : null;
  },
};

async function buildPages() {
  await mkdir(WORK, { recursive: true });
  await cp(MEDIA, join(WORK, 'media'), { recursive: true });
  for (const library of LIBRARIES) {
    const bundle = await rollup({
      input: join(PAGES, `${library}.js`),
      plugins: [
        kolibriPaths,
        nodeResolve({ exportConditions: ['browser', 'production'] }),
        terser({ ecma: 2022, module: true }),
      ],
      onwarn: () => undefined,
    });
    await bundle.write({
      file: join(WORK, `${library}.js`),
      format: 'esm',
      inlineDynamicImports: true,
    });
    await bundle.close();
    await writeFile(
      join(WORK, `${library}.html`),
      `<!doctype html><html lang="de"><meta charset="utf-8"><title>${library}</title>
<body><main id="stage"></main><script type="module" src="./${library}.js"></script></body></html>`,
    );
  }
}

/**
 * Every library must render the same things for a job (images and links in 10 items, counted through shadow
 * roots), or the comparison is not fair: a Stadtkit teaser once carried a photo the others did not.
 */
export function assertSameContent(results) {
  for (const job of new Set(results.map((r) => r.job))) {
    const rows = results.filter((r) => r.job === job);
    const [first] = rows;
    for (const row of rows) {
      // Images and links must match; the cards of KoliBri and Shoelace have no <time>, so it is not compared.
      for (const key of ['img', 'a']) {
        if (row.rendered[key] !== first.rendered[key]) {
          throw new Error(
            `render ${job}: ${row.library} renders ${row.rendered[key]} <${key}> for 10 items, ` +
              `${first.library} ${first.rendered[key]}`,
          );
        }
      }
    }
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * @param {{ n?: number, runs?: number, warmup?: number, log?: (line: string) => void }} [options]
 * @returns {Promise<{ job: string, library: string, median: number, runs: number[] }[]>}
 */
export async function measureRender({ n = 1000, runs = 7, warmup = 2, log = () => {} } = {}) {
  await buildPages();
  const server = await serveStatic(WORK);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  const results = [];
  try {
    for (const job of ['teasers', 'photos']) {
      for (const library of LIBRARIES) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(new URL(`${library}.html`, server.url).href);
        await page.waitForFunction(() => window.benchReady === true, undefined, {
          timeout: 30_000,
        });
        await page.evaluate(
          ([name, count, w]) => window.runBench(name, count, w),
          [job, n, warmup],
        );
        const times = await page.evaluate(
          ([name, count, r]) => window.runBench(name, count, r),
          [job, n, runs],
        );
        const rendered = await page.evaluate(
          ([name, count]) => window.inventory(name, count),
          [job, 10],
        );
        if (errors.length > 0) throw new Error(`${library}/${job}: ${errors.join('; ')}`);
        results.push({ job, library, median: median(times), runs: times, rendered });
        log(`render ${job} ${library}: median ${median(times).toFixed(1)} ms`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  assertSameContent(results);
  return results;
}
