import type { NewsTeaser, PressRelease } from '@stadtkit/model';

/** Everything a page needs; embedded in the page as JSON so the browser hydrates with the same data. */
export type PageData =
  | { kind: 'release'; path: string; release: PressRelease }
  | { kind: 'search'; path: string; query: string; results: NewsTeaser[] }
  | { kind: 'info'; path: string; title: string; paragraphs: string[] };

export const SITE_NAME = 'Stadt Offenbach am Main';
