import type {
  NewsTeaser,
  PressRelease,
  WarningsSnapshot,
  WeatherObservation,
} from '@stadtkit/model';

/**
 * Everything a page needs; embedded in the page as JSON so the browser hydrates with the same data. `weather`
 * is what the server rendered into the header (from @stadtkit/proxy), when it had a value; `warnings` likewise
 * (the proxy's snapshot of the DWD's and NINA's warnings).
 */
export type PageData = (
  | { kind: 'release'; path: string; release: PressRelease }
  | {
      kind: 'search';
      path: string;
      query: string;
      results: NewsTeaser[];
      /** The search form was sent without a term (`/suche?q=`): ask for one instead of listing nothing. */
      prompt?: boolean;
    }
  | {
      kind: 'info';
      path: string;
      title: string;
      paragraphs: string[];
      /** Further sections, each with a level-2 heading (e.g. the accessibility statement's parts). */
      sections?: InfoSection[];
      /** The 404 page: answered with status 404 and kept out of search engines. */
      notFound?: boolean;
      /** The warnings page: every current warning in full after the paragraphs. */
      warningsInFull?: boolean;
    }
) & { weather?: WeatherObservation; warnings?: WarningsSnapshot };

export interface InfoSection {
  heading: string;
  paragraphs: string[];
  /** Links shown as a list after the paragraphs; `external` says in the text that it leaves the site. */
  links?: { label: string; href: string; external?: boolean }[];
}

export const SITE_NAME = 'Stadt Offenbach am Main';
