// The page compositions as HTML strings: the Offenbach press release of 12 November 2019 and a news overview,
// written as a city's CMS would write them (the stories render them, "Show code" shows them).
import { formatDateline, type Block, type PressRelease } from '@stadtkit/model';
import { allReleases, relatedTeasers } from '@stadtkit/model/fixtures';
import { element, escapeHtml } from '@stadtkit/testing/storybook';
import { photoArgs, photoMarkup } from '../../../packages/photo/stories/photo.markup.js';
import {
  listMarkup,
  photoChoice,
  teaserArgs,
} from '../../../packages/news-teaser/stories/news-teaser.markup.js';

function block(item: Block): string {
  switch (item.type) {
    case 'heading':
      return element(`h${item.level}`, {}, [escapeHtml(item.text)]);
    case 'quote':
      return element('blockquote', {}, [
        element('p', {}, [escapeHtml(item.text)]),
        item.speaker && element('footer', {}, [escapeHtml(item.speaker.name)]),
      ]);
    case 'list':
      return element(
        item.ordered ? 'ol' : 'ul',
        {},
        item.items.map((text) => element('li', {}, [escapeHtml(text)])),
      );
    default:
      return element('p', {}, [escapeHtml(item.text)]);
  }
}

const header = (weather: string) =>
  element('header', { class: 'story-page__header' }, [
    element('span', { class: 'story-page__city' }, ['Stadt Offenbach am Main']),
    weather,
  ]);

/** The press release page: header with the weather, the article with its lead photo, "Weitere Meldungen". */
export function pressReleaseMarkup(release: PressRelease, weather: string): string {
  const [lead] = release.photos;
  return element('div', { class: 'story-page' }, [
    header(weather),
    element('main', { class: 'story-page__main' }, [
      element('article', { class: 'story-page__article' }, [
        element('p', { class: 'story-page__dateline' }, [escapeHtml(formatDateline(release))]),
        element('h1', {}, [escapeHtml(release.headline)]),
        release.lead && element('p', { class: 'story-page__lead' }, [escapeHtml(release.lead)]),
        lead && photoMarkup({ ...photoArgs(lead), loading: 'eager', zoom: true }),
        ...release.body.map(block),
      ]),
      listMarkup(
        { heading: 'Weitere Meldungen', 'more-href': '/presse', 'heading-level': 2 },
        release.related.map((teaser) => teaserArgs(teaser, photoChoice(teaser))),
      ),
    ]),
  ]);
}

/** The news overview: every release as a teaser in the grid. */
export function overviewMarkup(weather: string): string {
  return element('div', { class: 'story-page' }, [
    header(weather),
    element('main', { class: 'story-page__main' }, [
      element('h1', {}, ['Pressemitteilungen']),
      listMarkup(
        { heading: 'Aktuelle Meldungen', layout: 'grid', 'heading-level': 2 },
        allReleases.map((release) => {
          const teaser = relatedTeasers.find((t) => t.headline === release.headline);
          return {
            ...teaserArgs(
              teaser ?? {
                headline: release.headline,
                url: `/presse/${release.slug}`,
                kicker: release.kicker,
                datePublished: release.datePublished,
                excerpt: release.lead,
              },
              teaser ? photoChoice(teaser) : 'keins',
            ),
          };
        }),
      ),
    ]),
  ]);
}
