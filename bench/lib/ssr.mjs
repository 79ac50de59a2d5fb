// SSR throughput: the press-release page rendered to a complete HTML document in Node (Lit SSR with
// declarative shadow DOM, JSON-LD, CSP hashes), as the demo server does per request.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { offenbachPressRelease } from '@stadtkit/model/fixtures';
import { renderDocument } from '../../apps/demo/dist/server/render.js';

/** @param {{ seconds?: number }} [options] */
export async function measureSsr({ seconds = 5 } = {}) {
  const data = { kind: 'release', path: '/', release: offenbachPressRelease };
  const css = await readFile(join(import.meta.dirname, '../../apps/demo/public/site.css'), 'utf8');
  const options = { siteUrl: 'https://www.offenbach.de/', css };
  let bytes = 0;
  for (let i = 0; i < 20; i += 1) bytes = (await renderDocument(data, options)).html.length;
  const times = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const start = performance.now();
    await renderDocument(data, options);
    times.push(performance.now() - start);
  }
  const total = times.reduce((sum, t) => sum + t, 0);
  const sorted = [...times].sort((a, b) => a - b);
  return {
    pages: times.length,
    pagesPerSecond: (times.length * 1000) / total,
    medianMs: sorted[Math.floor(sorted.length / 2)],
    p95Ms: sorted[Math.floor(sorted.length * 0.95)],
    bytes,
  };
}
