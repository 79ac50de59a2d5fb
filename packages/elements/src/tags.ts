/**
 * The elements of Stadtkit: tag → the cdn module that defines it, and the properties a server may hand over
 * as JSON (`<script type="application/json" data-stadt-props>` inside the element). Only these names are
 * ever assigned, so a hostile JSON body cannot set `innerHTML` or anything else on an element; the values
 * go through each element's own validation like any property.
 */
export const ELEMENTS = {
  'stadt-weather-status': {
    module: 'weather-status',
    props: ['initialObservation', 'observation'],
  },
  'stadt-warnings': { module: 'warnings', props: ['initialWarnings', 'warnings'] },
  'stadt-photo': { module: 'photo', props: ['photo'] },
  'stadt-news-teaser': { module: 'news-teaser', props: ['teaser'] },
  'stadt-news-list': { module: 'news-teaser', props: ['teasers'] },
} as const satisfies Record<string, { module: string; props: readonly string[] }>;

export type StadtTag = keyof typeof ELEMENTS;

export const TAGS = Object.keys(ELEMENTS) as StadtTag[];

/** The attribute that marks the JSON script a server renders into an element for its properties. */
export { SERVER_PROPS_SELECTOR as PROPS_SCRIPT } from '@stadtkit/model';
