// The render comparison is only fair when every library renders the same content; this guards the guard.
import { describe, expect, it } from 'vitest';
import { assertSameContent } from '../lib/render.mjs';

const row = (job: string, library: string, img: number, a: number) => ({
  job,
  library,
  median: 1,
  runs: [1],
  rendered: { img, a },
});

describe('render bench content check', () => {
  it('accepts libraries that render the same images and links', () => {
    expect(() =>
      assertSameContent([
        row('teasers', 'plain', 0, 10),
        row('teasers', 'stadtkit', 0, 10),
        row('photos', 'plain', 10, 0),
        row('photos', 'stadtkit', 10, 0),
      ]),
    ).not.toThrow();
  });

  it('refuses a library that renders more (a teaser with a photo the others lack)', () => {
    expect(() =>
      assertSameContent([row('teasers', 'plain', 0, 10), row('teasers', 'stadtkit', 7, 10)]),
    ).toThrow('render teasers: stadtkit renders 7 <img> for 10 items, plain 0');
  });

  it('refuses a library that drops the links', () => {
    expect(() =>
      assertSameContent([row('teasers', 'plain', 0, 10), row('teasers', 'kolibri', 0, 0)]),
    ).toThrow(/kolibri renders 0 <a>/);
  });
});
