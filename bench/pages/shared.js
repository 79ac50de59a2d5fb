// Shared by every render-bench page: the content (the seed's teasers and group photo) and the timing loop.
import { gruppenbild, offenbachWeather, relatedTeasers } from '@stadtkit/model/fixtures';

// Text-only teasers: the other libraries' teaser cards carry no photo, so neither does Stadtkit's.
export const teasers = relatedTeasers.map((teaser) => ({ ...teaser, photo: undefined }));
export const photo = {
  ...gruppenbild,
  sources: gruppenbild.sources.map((source) => ({
    ...source,
    url: `/media/${source.url.split('/').pop()}`,
  })),
};

/**
 * The press-release page's components (the page job): the header's weather, the lead photo, 12 teasers with
 * their photos (the seed's three related releases, repeated; their images are under /media/ already).
 */
export const pageContent = {
  weather: offenbachWeather,
  /** Ten minutes after the observation: the page shows it as current. */
  now: new Date(Date.parse(offenbachWeather.observedAt) + 10 * 60_000),
  photo,
  teasers: Array.from({ length: 12 }, (_, i) => relatedTeasers[i % relatedTeasers.length]),
};

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Registers the page's variants. `variants[name](container, n)` renders n items into container and resolves
 * when every one has rendered. `window.runBench(name, n, runs)` times each run from the first element created
 * to the frame after layout, with a fresh container every run, and returns the milliseconds.
 */
export function registerBench(variants) {
  // The page job's document: this page in an iframe (?page), which renders the page once when asked.
  if (new URLSearchParams(location.search).has('page')) {
    window.renderPage = async () => {
      const stage = document.getElementById('stage');
      console.timeStamp('stadtkit-run-start');
      const start = performance.now();
      await variants.page(stage);
      void stage.offsetHeight;
      await frame();
      const time = performance.now() - start;
      console.timeStamp('stadtkit-run-end');
      return time;
    };
    window.benchReady = true;
    return;
  }
  window.runBench = async (name, n, runs) => {
    if (name === 'page') return runPage(runs);
    const render = variants[name];
    if (!render) throw new Error(`no variant ${name}`);
    const times = [];
    for (let run = 0; run < runs; run += 1) {
      const stage = document.getElementById('stage');
      stage.replaceChildren();
      await frame();
      console.timeStamp('stadtkit-run-start');
      const start = performance.now();
      await render(stage, n);
      void stage.offsetHeight;
      await frame();
      times.push(performance.now() - start);
      console.timeStamp('stadtkit-run-end');
    }
    document.getElementById('stage').replaceChildren();
    return times;
  };
  /** Renders once and counts what was rendered, through shadow roots: every library must render the same. */
  window.inventory = async (name, n) => {
    const stage = document.getElementById('stage');
    stage.replaceChildren();
    await variants[name](stage, n);
    const counts = { img: 0, a: 0, heading: 0 };
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        const tag = element.localName;
        if (tag in counts && (tag !== 'a' || element.hasAttribute('href'))) counts[tag] += 1;
        if (/^h[1-6]$/.test(tag) && element.textContent.trim() !== '') counts.heading += 1;
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(stage);
    stage.replaceChildren();
    return counts;
  };
  window.benchReady = true;
}

/**
 * The page job, `runs` times: a fresh document each run (a new iframe with this page and its script, loaded
 * and idle first), timed inside it from the first element created to the frame after layout. A fresh
 * document is what a reader's page view is: no template, style sheet or element instance made before.
 */
async function runPage(runs) {
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width:1280px;height:900px;border:0';
    const loaded = new Promise((resolve) =>
      iframe.addEventListener('load', resolve, { once: true }),
    );
    iframe.src = `${location.pathname}?page`;
    document.getElementById('stage').replaceChildren(iframe);
    await loaded;
    const inner = iframe.contentWindow;
    while (!inner.benchReady) await frame();
    await frame();
    times.push(await inner.renderPage());
    iframe.remove();
  }
  return times;
}

/** The one date formatter of a page, made at its first use (as Stadtkit's model keeps its own). */
let dateFormat;

/**
 * A teaser's date for the libraries without a date format of their own. One formatter per page: a formatter
 * per teaser (as this was until stop 30) cost the plain page and the peers ~0.1 ms a teaser, so 1,000 plain
 * teasers took longer than Stadtkit's.
 */
export function formatDate(iso) {
  dateFormat ??= new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' });
  return dateFormat.format(new Date(iso));
}

/** An element with text content. */
function textElement(name, text) {
  const element = document.createElement(name);
  element.textContent = text;
  return element;
}

/** The teaser's headline: a link inside an h3. */
export function headline(teaser) {
  const link = textElement('a', teaser.headline);
  link.href = teaser.url;
  const h3 = document.createElement('h3');
  h3.append(link);
  return h3;
}

/** Kicker, date and excerpt: the teaser content every library shows around its headline. */
export function teaserDetails(teaser) {
  const time = textElement('time', formatDate(teaser.datePublished));
  time.dateTime = teaser.datePublished;
  return [textElement('p', teaser.kicker ?? ''), time, textElement('p', teaser.excerpt ?? '')];
}

/** A photo's caption and credit in one line, for libraries without a credit slot. */
export const captionAndCredit = (image) =>
  `${image.caption ?? ''} © ${image.credit.holder}/${image.credit.creator}`;

/** The `sizes` every library gets (Stadtkit's default): the image is at most 50rem wide. */
export const photoSizes = '(min-width: 50rem) 50rem, 100vw';

/** A photo's renditions as a srcset. */
export const srcsetOf = (image) =>
  image.sources.map((source) => `${source.url} ${source.width}w`).join(', ');

/** An `<img>` with a photo's renditions: the largest as `src`, every one in `srcset`, the shared `sizes`. */
export function responsiveImage(image, loading) {
  const large = image.sources.at(-1);
  const img = document.createElement('img');
  img.src = large.url;
  img.srcset = srcsetOf(image);
  img.sizes = photoSizes;
  img.width = large.width;
  img.height = large.height;
  img.alt = image.alt ?? '';
  img.loading = loading;
  return img;
}

/**
 * The page job's weather for every library without a weather element (all but Stadtkit): the line the plain
 * page shows, with its link to the source.
 */
export function plainWeather() {
  const { temperature, source } = pageContent.weather;
  const weather = document.createElement('p');
  const dwd = document.createElement('a');
  dwd.href = source.url;
  dwd.textContent = source.name;
  weather.append(
    `Aktuelles Wetter in Offenbach am Main: ${temperature} °C, bedeckt. Quelle: `,
    dwd,
  );
  return weather;
}

/**
 * Makes n elements, appends them to the stage in one fragment and resolves when `ready` has resolved for
 * every one (Lit's updateComplete, Stencil's componentOnReady).
 */
export async function mount(stage, n, create, ready = () => undefined) {
  const elements = Array.from({ length: n }, (_, i) => create(i));
  const fragment = document.createDocumentFragment();
  fragment.append(...elements);
  stage.append(fragment);
  await Promise.all(elements.map(ready));
}
