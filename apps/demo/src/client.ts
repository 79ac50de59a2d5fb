// Hydration support must load before any Lit element is defined.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import {
  formatIssues,
  parseNewsTeaser,
  parsePressRelease,
  parseWarningsSnapshot,
  parseWeatherObservation,
} from '@stadtkit/model';
import '@stadtkit/news-teaser/define.js';
import '@stadtkit/photo/define.js';
import '@stadtkit/warnings/define.js';
import '@stadtkit/weather-status/define.js';
import type { PageData } from './data.js';
import { page } from './pages.js';
import { enhanceSkipLinks } from './skip-links.js';

/** Reads the page's data block and validates it like any other untrusted input. */
function readPageData(): PageData | undefined {
  const text = document.getElementById('page-data')?.textContent;
  if (!text) return undefined;
  const parsed = JSON.parse(text) as PageData;
  // The server's weather, checked like the rest; an invalid one is dropped (the element loads its own).
  const weather = parsed.weather ? parseWeatherObservation(parsed.weather) : undefined;
  const warnings = parsed.warnings ? parseWarningsSnapshot(parsed.warnings) : undefined;
  const data = {
    ...parsed,
    weather: weather?.ok ? weather.value : undefined,
    warnings: warnings?.ok ? warnings.value : undefined,
  };
  if (data.kind === 'release') {
    const result = parsePressRelease(data.release);
    if (!result.ok) throw new Error(`invalid page data: ${formatIssues(result.issues, '; ')}`);
    return { ...data, release: result.value };
  }
  if (data.kind === 'search') {
    return { ...data, results: data.results.filter((teaser) => parseNewsTeaser(teaser).ok) };
  }
  return data;
}

/** Gives the browser a turn (input, paint) between the steps of waking the page: no single long task. */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

enhanceSkipLinks(document);
try {
  await yieldToMain();
  const data = readPageData();
  // Renders the same template with the same data over the server's HTML: the elements get their properties
  // and wake up. Without data the server's HTML simply stays as it is.
  if (data) {
    await yieldToMain();
    hydrate(page(data), document.body);
    // Elements without bindings in the page template (only static attributes) are not touched by hydrate():
    // their data is all in the markup, so they may wake up now.
    await yieldToMain();
    for (const element of document.body.querySelectorAll('[defer-hydration]')) {
      element.removeAttribute('defer-hydration');
    }
  }
} catch (error) {
  console.error('[stadtkit demo] the page stays server-rendered:', error);
}
