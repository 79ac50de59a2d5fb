// The render bench's `shoelace-styled` page claims Shoelace's card with Stadtkit's teaser presentation, rule for
// rule. Its times mean something only while that holds: this compares the computed styles of one teaser in
// both, part by part, so a change to the teaser's CSS (or to Shoelace's card) that the page does not follow
// fails here instead of skewing the report.
import { relatedTeasers } from '@stadtkit/model/fixtures';
import '@stadtkit/news-teaser/define.js';
import { afterEach, describe, expect, it } from 'vitest';
import '../pages/shoelace-styled.js';
import { teaserCard } from '../pages/shoelace.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** The presentation's properties, as the teaser's style sheet sets them. */
const TEXT = ['color', 'font-weight', 'overflow-wrap', 'hyphens'];
/**
 * Each part: its selector in the teaser's shadow root and in the styled card, and the properties compared per
 * box ('' the element itself, or a pseudo-element).
 */
const PARTS: {
  part: string;
  stadtkit: string;
  shoelace: string;
  boxes: Record<string, string[]>;
}[] = [
  {
    part: 'headline',
    stadtkit: '.headline',
    shoelace: 'h3',
    boxes: { '': [...TEXT, 'line-height', 'margin-top', 'margin-bottom'] },
  },
  {
    part: 'link',
    stadtkit: 'a.stretched',
    shoelace: 'a',
    boxes: {
      '': [...TEXT, 'text-decoration-line', 'text-underline-offset'],
      '::after': ['position', 'top', 'left', 'z-index', 'content'],
    },
  },
  {
    part: 'kicker',
    stadtkit: '.kicker',
    shoelace: 'p:first-of-type',
    boxes: { '': [...TEXT, 'text-transform', 'margin-top', 'margin-bottom'] },
  },
  {
    part: 'date',
    stadtkit: '.meta',
    shoelace: 'time',
    boxes: { '': TEXT, '::before': ['content'] },
  },
  {
    part: 'excerpt',
    stadtkit: '.excerpt',
    shoelace: 'p:last-of-type',
    boxes: {
      '': [
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
  },
];

const computed = (element: Element, properties: string[], pseudo: string) => {
  const style = getComputedStyle(element, pseudo || null);
  return Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)]));
};

afterEach(() => {
  document.body.replaceChildren();
});

describe("the bench's shoelace-styled page", () => {
  it("gives Shoelace's card the teaser's presentation, part by part", async () => {
    const teaser = { ...relatedTeasers[0], photo: undefined };
    const ours = Object.assign(document.createElement('stadt-news-teaser'), { teaser }) as Updating;
    const card = teaserCard(teaser) as Updating;
    document.body.append(ours, card);
    await Promise.all([ours.updateComplete, card.updateComplete]);
    const root = ours.shadowRoot;
    if (!root) throw new Error('the teaser has no shadow root');
    for (const { part, stadtkit, shoelace, boxes } of PARTS) {
      const a = root.querySelector(stadtkit);
      const b = card.querySelector(shoelace);
      if (!a || !b) throw new Error(`${part}: missing in ${a ? 'Shoelace' : 'Stadtkit'}'s teaser`);
      for (const [pseudo, properties] of Object.entries(boxes))
        expect(computed(b, properties, pseudo), `${part}${pseudo}`).toEqual(
          computed(a, properties, pseudo),
        );
    }
    // The card itself: the positioned box the stretched link covers.
    expect(getComputedStyle(card).position).toBe('relative');
    const ourCard = root.querySelector('.card');
    expect(ourCard && getComputedStyle(ourCard).position).toBe('relative');
  });
});
