// Render speed in headless Chromium: 1,000 teasers and 1,000 photos with Stadtkit, Shoelace's sl-card,
// KoliBri's kol-card/kol-image and plain HTML (the floor). Each page is bundled for production with rollup;
// each library runs in its own page; the runs are interleaved across libraries (one run of each per round,
// the start rotated), and the report gives medians, interquartile ranges and which differences are noise.
import { readFileSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
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

/** The libraries every job runs: the floor, Stadtkit and its two peers; the report compares Stadtkit with each. */
const EVERY_JOB = ['plain', 'stadtkit', 'shoelace', 'kolibri'];
export const LIBRARIES = [...EVERY_JOB, 'shoelace-styled'];

/**
 * The jobs and who runs them. `page` is the press-release page's components (weather, lead photo, 12 teasers
 * with photos) in a fresh document, against the same page in plain HTML; the peers have no weather element and
 * show the plain page's weather line. `shoelace-styled` (Shoelace's teaser cards with Stadtkit's teaser
 * presentation as page CSS) runs the teasers only: it tells the presentation's cost from the machinery's.
 */
export const JOBS = {
  teasers: LIBRARIES,
  photos: EVERY_JOB,
  page: EVERY_JOB,
};

/**
 * Runs of a job as a multiple of `runs` (1 unless listed). The page job runs six times as often: a run is one
 * frame or two (~20 or ~40 ms), so its median jumps with a few runs (the plain page's median was 21–39 ms across
 * five bench runs of 9); one run takes ~0.3 s. Three times until stop 32: with 63 runs the ratio's interval
 * was 1.14–1.32× (the goal's 1.3× inside it), ~±0.09 wide; 126 runs narrow it by about a third.
 */
export const RUN_FACTOR = { page: 6 };

/**
 * Timed runs per library and job (times RUN_FACTOR). 9 runs left most differences "within noise": the machine
 * varies by a third from run to run; 21 paired rounds narrow the interval of a difference to ~10–20 ms.
 */
export const RUNS = 21;

/** KoliBri's custom-elements build is not in its exports map; consumers import it by path. */
const kolibriPaths = {
  name: 'kolibri-dist',
  resolveId(id) {
    const prefix = '@public-ui/components/dist/';
    return id.startsWith(prefix) ? join(KOLIBRI, 'dist', id.slice(prefix.length)) : null;
  },
};

/**
 * Resolves `@stadtkit/<package>[/<entry>]` to another checkout's built package (its `exports`, the `default`
 * condition): the `baseline` library, Stadtkit's page bundled from that checkout's packages.
 * @param {string} checkout
 */
function stadtkitFrom(checkout) {
  return {
    name: 'stadtkit-baseline',
    resolveId(id) {
      const match = /^@stadtkit\/([^/]+)(\/.*)?$/.exec(id);
      if (!match) return null;
      const root = join(checkout, 'packages', match[1]);
      const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      const entry = exports[match[2] ? `.${match[2]}` : '.'];
      const target = typeof entry === 'string' ? entry : entry?.default;
      if (!target) throw new Error(`baseline: ${id} is not exported by ${root}`);
      return join(root, target);
    },
  };
}

/** @param {string | undefined} baseline */
async function buildPages(baseline) {
  await mkdir(WORK, { recursive: true });
  await cp(MEDIA, join(WORK, 'media'), { recursive: true });
  const pages = LIBRARIES.map((library) => [library, library, []]);
  if (baseline) pages.push(['baseline', 'stadtkit', [stadtkitFrom(baseline)]]);
  for (const [library, source, plugins] of pages) {
    const bundle = await rollup({
      input: join(PAGES, `${source}.js`),
      plugins: [
        ...plugins,
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
 * Every library must render the same things for a job (images, links and headings with text in 10 items,
 * counted through shadow roots), or the comparison is not fair: a Stadtkit teaser once carried a photo the others
 * did not, and KoliBri's cards showed no headline (its inner kol-card-wc was not registered) until stop 31.
 */
export function assertSameContent(results) {
  for (const job of new Set(results.map((r) => r.job))) {
    const rows = results.filter((r) => r.job === job);
    const [first] = rows;
    for (const row of rows) {
      // Images, links and headings must match; the cards of KoliBri and Shoelace have no <time>, so it is not
      // compared.
      for (const [key, what] of [
        ['img', '<img>'],
        ['a', '<a>'],
        ['heading', 'headings (h1–h6 with text)'],
      ]) {
        if (row.rendered[key] !== first.rendered[key]) {
          throw new Error(
            `render ${job}: ${row.library} renders ${row.rendered[key]} ${what} for 10 items, ` +
              `${first.library} ${first.rendered[key]}`,
          );
        }
      }
    }
  }
}

/** The value at quantile `q` (0…1) of `values`, linearly interpolated (the method spreadsheets use). */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** The median of `values`. */
const median = (values) => quantile(values, 0.5);

/** Median and interquartile range of a list of run times. */
export function summarize(values) {
  const q1 = quantile(values, 0.25);
  const q3 = quantile(values, 0.75);
  return { median: median(values), q1, q3, iqr: q3 - q1 };
}

/** Two libraries' runs as rounds, or an error: the comparisons below are only meaningful run by run. */
function rounds(what, ours, other) {
  if (ours.length !== other.length || ours.length === 0)
    throw new Error(`${what}: ${ours.length} runs against ${other.length}, not paired`);
  return ours.map((value, i) => [value, other[i]]);
}

/** A seeded pseudo-random generator (mulberry32): the same runs give the same intervals in every report. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Bootstrap interval of a statistic of paired runs: `pairs` resampled with replacement `resamples` times
 * (seeded), the statistic of each resample, the 2.5 % and 97.5 % quantiles of those.
 * @template T
 * @param {T[]} pairs
 * @param {(sample: T[]) => number} statistic
 */
function bootstrap(pairs, statistic, resamples = 4000, seed = 20) {
  const next = random(seed);
  const values = Array.from({ length: resamples }, () =>
    statistic(Array.from(pairs, () => pairs[Math.floor(next() * pairs.length)])),
  );
  return { low: quantile(values, 0.025), high: quantile(values, 0.975) };
}

/**
 * Two libraries' runs of one job, paired by round (the runs are interleaved: run i of each library ran side by
 * side, so a slow moment of the machine hits both). The median of the paired differences (ours − other, ms)
 * with its 95 % bootstrap interval, and what it says: faster (the whole interval below 0), slower (above 0) or
 * within noise (the interval holds 0: this many runs cannot tell them apart).
 * @param {number[]} ours
 * @param {number[]} other
 */
export function compareRuns(ours, other) {
  const differences = rounds('compareRuns', ours, other).map(([a, b]) => a - b);
  const { low, high } = bootstrap(differences, median);
  const verdict = high < 0 ? 'faster' : low > 0 ? 'slower' : 'within noise';
  return { difference: median(differences), low, high, verdict };
}

/**
 * The ratio of two libraries' medians (ours / other, e.g. the page against plain HTML) with its 95 % bootstrap
 * interval, the rounds resampled as pairs.
 * @param {number[]} ours
 * @param {number[]} other
 */
export function ratioOfMedians(ours, other) {
  const pairs = rounds('ratioOfMedians', ours, other);
  const ratio = (sample) => median(sample.map(([a]) => a)) / median(sample.map(([, b]) => b));
  return { ratio: ratio(pairs), ...bootstrap(pairs, ratio) };
}

/**
 * The order the libraries run in, run by run: interleaved (one run of each, then the next round), and the
 * start rotated each round, so a slow moment of the machine or the position in a round favours nobody.
 */
export function schedule(libraries, runs) {
  return Array.from({ length: runs }, (_, round) =>
    libraries.map((_, index) => libraries[(index + round) % libraries.length]),
  );
}

/** Runs per library and job for the profile, after the timed runs. */
export const PROFILE_RUNS = 5;

/**
 * Trace event names by what they are, as Chromium DevTools' performance panel groups them. The self time of
 * anything else on the main thread (task bookkeeping, DOM bindings outside script, parsing) is "other".
 */
const CATEGORIES = {
  script: [
    'EvaluateScript',
    'FunctionCall',
    'RunMicrotasks',
    'v8.run',
    'v8.execute',
    'V8.Execute',
    'v8.compile',
    'v8.compileModule',
    'v8.evaluateModule',
    'TimerFire',
    'FireAnimationFrame',
    'EventDispatch',
    'MajorGC',
    'MinorGC',
    'V8.GC_SCAVENGER',
    'V8.GC_MARK_COMPACTOR',
    'BlinkGC.AtomicPhase',
  ],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'PaintImage', 'Decode Image'],
};
const categoryOf = new Map(
  Object.entries(CATEGORIES).flatMap(([category, names]) => names.map((name) => [name, category])),
);

/**
 * Self time per category from a Chromium trace, on the marks' thread, inside the windows between
 * `console.timeStamp` marks: every `startMark` opens a window, the next `endMark` closes it. Events are cut at
 * a window's edges (a mark is set inside a task: the part of the task before it is not counted, the part after
 * is), then each event's duration minus its children's is its self time.
 * @param {{ traceEvents: object[] }} trace
 */
export function traceBreakdown(trace, startMark, endMark) {
  const events = trace.traceEvents;
  const marks = events
    .filter((e) => e.name === 'TimeStamp' && [startMark, endMark].includes(e.args?.data?.message))
    .sort((a, b) => a.ts - b.ts);
  /** @type {[number, number][]} */
  const windows = [];
  let open;
  for (const mark of marks) {
    if (mark.args.data.message === startMark) open ??= mark;
    else if (open) {
      windows.push([open.ts, mark.ts]);
      open = undefined;
    }
  }
  if (windows.length === 0) throw new Error('profile: the trace lacks its start or end mark');
  const { pid, tid } = marks[0];
  const totals = { script: 0, style: 0, layout: 0, paint: 0, other: 0 };
  const thread = events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  for (const [from, to] of windows) {
    /** @type {{ end: number, category: string, children: number, dur: number }[]} */
    const stack = [];
    const close = (entry) => {
      totals[entry.category] += entry.dur - entry.children;
    };
    for (const event of thread) {
      const begin = Math.max(event.ts, from);
      const finish = Math.min(event.ts + (event.dur ?? 0), to);
      if (finish <= begin) continue;
      while (stack.length > 0 && stack.at(-1).end <= event.ts) close(stack.pop());
      const parent = stack.at(-1);
      if (parent) parent.children += finish - begin;
      // An event no category names inherits its parent's (a DOM call inside script is script).
      const category = categoryOf.get(event.name) ?? parent?.category ?? 'other';
      stack.push({ end: event.ts + event.dur, category, children: 0, dur: finish - begin });
    }
    while (stack.length > 0) close(stack.pop());
  }
  return totals;
}

/**
 * Where a job's time goes, per run, in ms: script (the page's and the elements' code, Lit or Stencil, and
 * garbage collection), style recalculation, layout, paint preparation and the rest of the main thread — from
 * a Chromium trace of `runs` runs, averaged.
 * @returns {Promise<{ script: number, style: number, layout: number, paint: number, other: number }>}
 */
export async function profileRuns(browser, page, job, n, runs) {
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8',
      'blink.user_timing',
    ],
  });
  await page.evaluate(([name, count, r]) => window.runBench(name, count, r), [job, n, runs]);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  // Only what the timed window holds (the page marks each run's start and end): not the teardown of the
  // previous run's elements nor a fresh document's loading, which the times leave out too.
  const totals = traceBreakdown(trace, 'stadtkit-run-start', 'stadtkit-run-end');
  return Object.fromEntries(
    Object.entries(totals).map(([category, us]) => [category, us / 1000 / runs]),
  );
}

/**
 * `baseline` (a checkout's directory, its packages built) adds the library "baseline": Stadtkit's page bundled
 * from that checkout — an A/B of a change, paired run by run like the peers.
 * @param {{ n?: number, runs?: number, warmup?: number, jobs?: string[], libraries?: string[],
 *   baseline?: string, log?: (line: string) => void }} [options]
 * @returns {Promise<{ job: string, library: string, median: number, q1: number, q3: number, iqr: number,
 *   runs: number[], rendered: { img: number, a: number },
 *   profile: { script: number, style: number, layout: number, paint: number, other: number } }[]>}
 */
export async function measureRender({
  n = 1000,
  runs = RUNS,
  warmup = 2,
  jobs = Object.keys(JOBS),
  libraries = LIBRARIES,
  baseline,
  log = () => {},
} = {}) {
  await buildPages(baseline);
  const server = await serveStatic(WORK);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  const results = [];
  try {
    for (const job of jobs) {
      const running = JOBS[job].filter((library) => libraries.includes(library));
      if (baseline) running.splice(running.indexOf('stadtkit') + 1, 0, 'baseline');
      // One page per library, all open at once; each warmed up, then the runs interleaved (see schedule).
      const pages = new Map();
      const errors = new Map();
      for (const library of running) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        errors.set(library, []);
        page.on('pageerror', (error) => errors.get(library).push(error.message));
        // A Stadtkit warning means the bench fed an element wrong (once: a Date as the weather's clock, so the
        // real clock ran and the page showed another state): the run would measure something else.
        page.on('console', (message) => {
          if (message.type() === 'warning' && message.text().startsWith('<stadt-'))
            errors.get(library).push(message.text());
        });
        await page.goto(new URL(`${library}.html`, server.url).href);
        await page.waitForFunction(() => window.benchReady === true, undefined, {
          timeout: 30_000,
        });
        await page.evaluate(
          ([name, count, w]) => window.runBench(name, count, w),
          [job, n, warmup],
        );
        pages.set(library, page);
      }
      const times = new Map(running.map((library) => [library, []]));
      for (const round of schedule(running, runs * (RUN_FACTOR[job] ?? 1))) {
        for (const library of round) {
          // Only the page being measured is in front: a background page's timers do not run beside it.
          const page = pages.get(library);
          await page.bringToFront();
          // One unmeasured run first: the page was idle while the others ran (cold caches, timers slowed).
          const [, time] = await page.evaluate(
            ([name, count]) => window.runBench(name, count, 2),
            [job, n],
          );
          times.get(library).push(time);
        }
      }
      for (const library of running) {
        const page = pages.get(library);
        await page.bringToFront();
        const profile = await profileRuns(browser, page, job, n, PROFILE_RUNS);
        const rendered = await page.evaluate(
          ([name, count]) => window.inventory(name, count),
          [job, 10],
        );
        if (errors.get(library).length > 0)
          throw new Error(`${library}/${job}: ${errors.get(library).join('; ')}`);
        const runsOf = times.get(library);
        const stats = summarize(runsOf);
        results.push({ job, library, ...stats, runs: runsOf, rendered, profile });
        log(
          `render ${job} ${library}: median ${stats.median.toFixed(1)} ms, IQR ${stats.iqr.toFixed(1)} ms`,
        );
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

/**
 * The options of `npm run bench:render` from its command-line arguments: `--jobs`, `--libraries` (comma lists,
 * every name checked), `--runs` and `--baseline <checkout>` (an A/B against another checkout's built packages).
 * @param {string[]} args
 */
export function renderArgs(args) {
  const { values } = parseArgs({
    args,
    options: {
      jobs: { type: 'string', default: Object.keys(JOBS).join(',') },
      libraries: { type: 'string', default: LIBRARIES.join(',') },
      runs: { type: 'string', default: String(RUNS) },
      baseline: { type: 'string' },
    },
  });
  const list = (value, known, what) =>
    value.split(',').map((name) => {
      if (!known.includes(name)) throw new Error(`unknown ${what} "${name}" (${known.join(', ')})`);
      return name;
    });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1`);
  return {
    jobs: list(values.jobs, Object.keys(JOBS), 'job'),
    libraries: list(values.libraries, LIBRARIES, 'library'),
    runs,
    ...(values.baseline ? { baseline: values.baseline } : {}),
  };
}

// `npm run bench:render [-- --jobs photos,teasers --libraries stadtkit,kolibri --runs 9]`: this part of the
// benchmark alone, printed — for working on an element's render cost.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = await measureRender({
    ...renderArgs(process.argv.slice(2)),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  for (const r of results) {
    const p = r.profile;
    console.log(
      `${r.job.padEnd(8)} ${r.library.padEnd(9)} median ${r.median.toFixed(1).padStart(6)} ms ` +
        `IQR ${r.iqr.toFixed(1).padStart(5)} | script ${p.script.toFixed(1)} style ${p.style.toFixed(1)} ` +
        `layout ${p.layout.toFixed(1)} paint ${p.paint.toFixed(1)} other ${p.other.toFixed(1)} ms`,
    );
  }
  // Stadtkit against each other library of the job, paired by round.
  for (const ours of results.filter((r) => r.library === 'stadtkit')) {
    for (const other of results.filter((r) => r.job === ours.job && r.library !== 'stadtkit')) {
      const c = compareRuns(ours.runs, other.runs);
      console.log(
        `${ours.job.padEnd(8)} stadtkit − ${other.library.padEnd(9)} ${c.difference.toFixed(1).padStart(6)} ms ` +
          `(95 % ${c.low.toFixed(1)} … ${c.high.toFixed(1)}): ${c.verdict}`,
      );
    }
    const plain = results.find((r) => r.job === ours.job && r.library === 'plain');
    if (plain) {
      const { ratio, low, high } = ratioOfMedians(ours.runs, plain.runs);
      console.log(
        `${ours.job.padEnd(8)} stadtkit / plain      ${ratio.toFixed(2)}× (95 % ${low.toFixed(2)} … ${high.toFixed(2)})`,
      );
    }
  }
}
