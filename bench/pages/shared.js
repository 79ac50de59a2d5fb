// Shared by every render-bench page: the content (the seed's teasers and group photo) and the timing loop.
import { gruppenbild, relatedTeasers } from '@stadtkit/model/fixtures';

export const teasers = relatedTeasers.map((teaser) => ({ ...teaser, image: undefined }));
export const photo = {
  ...gruppenbild,
  sources: gruppenbild.sources.map((source) => ({
    ...source,
    url: `/media/${source.url.split('/').pop()}`,
  })),
};

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Registers the page's variants. `variants[name](container, n)` renders n items into container and resolves
 * when every one has rendered. `window.runBench(name, n, runs)` times each run from the first element created
 * to the frame after layout, with a fresh container every run, and returns the milliseconds.
 */
export function registerBench(variants) {
  window.runBench = async (name, n, runs) => {
    const render = variants[name];
    if (!render) throw new Error(`no variant ${name}`);
    const times = [];
    for (let run = 0; run < runs; run += 1) {
      const stage = document.getElementById('stage');
      stage.replaceChildren();
      await frame();
      const start = performance.now();
      await render(stage, n);
      void stage.offsetHeight;
      await frame();
      times.push(performance.now() - start);
    }
    document.getElementById('stage').replaceChildren();
    return times;
  };
  window.benchReady = true;
}

export function formatDate(iso) {
  return new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(
    new Date(iso),
  );
}
