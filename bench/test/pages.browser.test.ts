// The render bench's `shoelace-styled` page claims Shoelace's card with Stadtkit's teaser presentation, rule for
// rule. Its times mean something only while that holds: this compares the computed styles of one teaser in
// both, part by part, so a change to the teaser's CSS (or to Shoelace's card) that the page does not follow
// fails here instead of skewing the report.
import { relatedTeasers } from '@stadtkit/model/fixtures';
import '@stadtkit/news-teaser/define.js';
import { afterEach, describe, expect, it } from 'vitest';
import '../pages/shoelace-styled.js';
import { headline, teaserDetails } from '../pages/shared.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** The presentation's properties, as the teaser's style sheet sets them. */
const TEXT = ['color', 'font-weight', 'overflow-wrap', 'hyphens'];
const PAIRS: {
  part: string;
  stadtkit: (root: ShadowRoot) => Element | null;
  shoelace: (card: Element) => Element | null;
  properties: string[];
  pseudo?: string;
}[] = [
  {
    part: 'headline',
    stadtkit: (root) => root.querySelector('.headline'),
    shoelace: (card) => card.querySelector('h3'),
    properties: [...TEXT, 'line-height', 'margin-top', 'margin-bottom'],
  },
  {
    part: 'link',
    stadtkit: (root) => root.querySelector('a.stretched'),
    shoelace: (card) => card.querySelector('a'),
    properties: [...TEXT, 'text-decoration-line', 'text-underline-offset'],
  },
  {
    part: "the stretched link's ::after",
    stadtkit: (root) => root.querySelector('a.stretched'),
    shoelace: (card) => card.querySelector('a'),
    pseudo: '::after',
    properties: ['position', 'top', 'left', 'z-index', 'content'],
  },
  {
    part: 'kicker',
    stadtkit: (root) => root.querySelector('.kicker'),
    shoelace: (card) => card.querySelector('p:first-of-type'),
    properties: [...TEXT, 'text-transform', 'margin-top', 'margin-bottom'],
  },
  {
    part: 'date',
    stadtkit: (root) => root.querySelector('.meta'),
    shoelace: (card) => card.querySelector('time'),
    properties: TEXT,
  },
  {
    part: "the date's label",
    stadtkit: (root) => root.querySelector('.meta'),
    shoelace: (card) => card.querySelector('time'),
    pseudo: '::before',
    properties: ['content'],
  },
  {
    part: 'excerpt',
    stadtkit: (root) => root.querySelector('.excerpt'),
    shoelace: (card) => card.querySelector('p:last-of-type'),
    properties: [
      ...TEXT,
      'display',
      '-webkit-box-orient',
      '-webkit-line-clamp',
      'overflow-y',
      'position',
      'z-index',
      'line-height',
    ],
  },
];

/** Computed values, with the date label's text left out (the teaser takes it from `data-label`). */
function computed(element: Element, properties: string[], pseudo?: string) {
  const style = getComputedStyle(element, pseudo);
  return Object.fromEntries(
    properties.map((name) => {
      const value = style.getPropertyValue(name);
      return [name, pseudo === '::before' ? value.replace(/"[^"]*"/g, '"…"') : value];
    }),
  );
}

afterEach(() => {
  document.body.replaceChildren();
});

describe("the bench's shoelace-styled page", () => {
  it("gives Shoelace's card the teaser's presentation, part by part", async () => {
    const teaser = { ...relatedTeasers[0], photo: undefined };
    const ours = Object.assign(document.createElement('stadt-news-teaser'), { teaser }) as Updating;
    const card = document.createElement('sl-card') as Updating;
    const header = document.createElement('div');
    header.slot = 'header';
    header.append(headline(teaser));
    card.append(header, ...teaserDetails(teaser));
    document.body.append(ours, card);
    await Promise.all([ours.updateComplete, card.updateComplete]);
    const root = ours.shadowRoot;
    if (!root) throw new Error('the teaser has no shadow root');
    for (const pair of PAIRS) {
      const a = pair.stadtkit(root);
      const b = pair.shoelace(card);
      if (!a || !b)
        throw new Error(`${pair.part}: missing in ${a ? 'Shoelace' : 'Stadtkit'}'s teaser`);
      expect(computed(b, pair.properties, pair.pseudo), pair.part).toEqual(
        computed(a, pair.properties, pair.pseudo),
      );
    }
    // The card itself: the positioned box the stretched link covers.
    expect(getComputedStyle(card).position).toBe('relative');
    const ourCard = root.querySelector('.card');
    expect(ourCard && getComputedStyle(ourCard).position).toBe('relative');
  });
});
