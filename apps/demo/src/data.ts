import type { NewsTeaser, PressRelease, WeatherObservation } from '@stadtkit/model';

/**
 * Everything a page needs; embedded in the page as JSON so the browser hydrates with the same data. `weather`
 * is what the server rendered into the header (from @stadtkit/proxy), when it had a value.
 */
export type PageData = (
  | { kind: 'release'; path: string; release: PressRelease }
  | { kind: 'search'; path: string; query: string; results: NewsTeaser[] }
  | { kind: 'info'; path: string; title: string; paragraphs: string[] }
) & { weather?: WeatherObservation };

export const SITE_NAME = 'Stadt Offenbach am Main';
