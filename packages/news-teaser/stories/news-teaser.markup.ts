// <stadt-news-teaser> and <stadt-news-list> as a CMS editor writes them: the light-DOM form (heading with
// link, kicker, date, excerpt, photo), complete before and without JavaScript. Stories render this HTML and
// "Show code" shows the same string.
import { formatDate, type NewsTeaser } from '@stadtkit/model';
import { relatedTeasers } from '@stadtkit/model/fixtures';
import {
  apiArgs,
  apiArgTypes,
  cmsSource,
  customPropertyStyle,
  element,
  escapeHtml,
  exampleArg,
  given,
  storyMarkup,
} from '@stadtkit/testing/storybook';
import type { Args, Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { photoArgs, photoMarkup } from '../../photo/stories/photo.markup.js';
import '@stadtkit/news-teaser/define.js';

export const [weihnachtsmarkt, radweg, bibliothek] = relatedTeasers as [
  NewsTeaser,
  NewsTeaser,
  NewsTeaser,
];

/** The photos a designer can put into a teaser ("Foto" control). */
export const teaserPhotos = {
  weihnachtsmarkt: weihnachtsmarkt.photo,
  'radweg-schmueckend': radweg.photo,
  keins: undefined,
};
export type TeaserPhoto = keyof typeof teaserPhotos;

/** A teaser's flat args (attribute names as keys), from a model NewsTeaser. */
export function teaserArgs(teaser: NewsTeaser, foto: TeaserPhoto = 'keins'): Args {
  return {
    headline: teaser.headline,
    href: teaser.url,
    kicker: teaser.kicker ?? '',
    'date-published': teaser.datePublished ?? '',
    excerpt: teaser.excerpt ?? '',
    foto,
  };
}

/** The model's photo of a teaser as the story's "Foto" choice. */
export function photoChoice(teaser: NewsTeaser): TeaserPhoto {
  return teaser === weihnachtsmarkt
    ? 'weihnachtsmarkt'
    : teaser === radweg
      ? 'radweg-schmueckend'
      : 'keins';
}

/**
 * The light-DOM teaser. The heading's level is the element's `heading-level` (3 unless set).
 */
export function teaserMarkup(args: Args): string {
  const level = typeof args['heading-level'] === 'number' ? args['heading-level'] : 3;
  // The light-DOM form always has a heading (it is how the element finds the headline); with
  // heading-level="0" the element renders it as a paragraph.
  const tag = level >= 1 && level <= 6 ? `h${level}` : 'h3';
  const href = given(args.href);
  const headline = escapeHtml(String(args.headline ?? ''));
  const date = given(args['date-published']);
  const kicker = given(args.kicker);
  const excerpt = given(args.excerpt);
  const photo = teaserPhotos[args.foto as TeaserPhoto];
  return element(
    'stadt-news-teaser',
    {
      'heading-level': level === 3 ? undefined : level,
      external: args.external === true,
      'content-lang': given(args['content-lang']),
      style: customPropertyStyle(args),
    },
    [
      element(tag, {}, [href ? element('a', { href }, [headline]) : headline]),
      kicker && element('p', { 'data-kicker': '' }, [escapeHtml(kicker)]),
      date && element('p', {}, [element('time', { datetime: date }, [escapeHtml(safeDate(date))])]),
      excerpt && element('p', {}, [escapeHtml(excerpt)]),
      photo && photoMarkup(photoArgs(photo), 'media'),
    ],
  );
}

/** The date as text for readers without JavaScript ("20. November 2019"); the raw text if it is no date. */
function safeDate(value: string): string {
  return formatDate(value, { locale: 'de' }) ?? value;
}

/** The light-DOM list: a `<ul>` of teasers. */
export function listMarkup(args: Args, teasers: Args[]): string {
  const level = typeof args['heading-level'] === 'number' ? args['heading-level'] : 2;
  const items = teasers.map((teaser) =>
    element('li', {}, [teaserMarkup({ ...teaser, 'heading-level': level + 1 })]),
  );
  return element(
    'stadt-news-list',
    {
      heading: given(args.heading),
      'heading-level': level === 2 ? undefined : level,
      layout: args.layout === 'grid' ? 'grid' : undefined,
      'more-href': given(args['more-href']),
      'more-label': given(args['more-label']),
      'empty-text': given(args['empty-text']),
      'content-lang': given(args['content-lang']),
      style: customPropertyStyle(args),
    },
    [items.length ? element('ul', {}, items) : ''],
  );
}

const fotoArgType = exampleArg({
  name: 'Foto',
  description:
    'Beispieldaten: welches Foto im Medien-Slot steht (ein `<stadt-photo slot="media">`).',
  control: {
    type: 'select',
    labels: {
      weihnachtsmarkt: 'Weihnachtsmarkt (mit Alternativtext und Lizenz)',
      'radweg-schmueckend': 'Radweg (schmückend, alt="")',
      keins: 'Kein Foto',
    },
  },
  options: Object.keys(teaserPhotos),
});

const teaserTypes = apiArgTypes('stadt-news-teaser');

export const teaserMeta = {
  component: 'stadt-news-teaser',
  tags: ['!autodocs'],
  argTypes: { foto: fotoArgType, ...teaserTypes },
  args: { ...apiArgs(teaserTypes), 'heading-level': 3 },
  render: (args: Args) =>
    html`<div class="story-column story-column--narrow">${storyMarkup(teaserMarkup(args))}</div>`,
  parameters: cmsSource(teaserMarkup),
} satisfies Partial<Meta>;

/** The list's example teasers: the press release's "Weitere Meldungen". */
export const listTeasers = relatedTeasers.map((teaser) => teaserArgs(teaser, photoChoice(teaser)));

/** The list story's HTML: its attributes and the first "Anzahl Meldungen" example teasers. */
const exampleList = (args: Args) =>
  listMarkup(args, listTeasers.slice(0, Number(args.anzahl ?? 3)));

const listTypes = apiArgTypes('stadt-news-list', { options: { layout: ['list', 'grid'] } });

export const listMeta = {
  component: 'stadt-news-list',
  tags: ['!autodocs'],
  args: { ...apiArgs(listTypes), 'heading-level': 2 },
  argTypes: {
    anzahl: exampleArg({
      name: 'Anzahl Meldungen',
      description: 'Beispieldaten: wie viele der drei Meldungen in der Liste stehen.',
      control: { type: 'range', min: 0, max: 3, step: 1 },
    }),
    ...listTypes,
  },
  render: (args: Args) =>
    html`<div class="story-column story-column--wide">${storyMarkup(exampleList(args))}</div>`,
  parameters: cmsSource(exampleList),
} satisfies Partial<Meta>;
