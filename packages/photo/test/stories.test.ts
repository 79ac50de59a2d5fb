import {
  checkStory,
  cleanupFixtures,
  storiesOf,
  visibleText,
  type StoryModule,
} from '@stadtkit/testing';
import { afterEach, describe, expect, it } from 'vitest';
import * as module from '../stories/photo.stories.js';

afterEach(cleanupFixtures);

const expected: Record<string, { state: string; credit: RegExp }> = {
  Default: { state: 'loaded', credit: /© Stadt Offenbach\/georg-foto\.de$/ },
  HolderOnly: { state: 'loaded', credit: /© Stadt Offenbach$/ },
  WithLicence: {
    state: 'loaded',
    credit: /© Stadt Offenbach\/Stadtkit-Platzhalter, CC BY 4\.0, Quelle$/,
  },
  Overlay: { state: 'loaded', credit: /© Stadt Offenbach\/georg-foto\.de$/ },
  LeadImage: { state: 'loaded', credit: /© Stadt Offenbach\/georg-foto\.de$/ },
  Zoom: { state: 'loaded', credit: /© Stadt Offenbach\/georg-foto\.de$/ },
  Decorative: { state: 'loaded', credit: /^© Stadt Offenbach\/georg-foto\.de$/ },
  FailedImage: { state: 'error', credit: /© Stadt Offenbach\/georg-foto\.de$/ },
  HostileText: {
    state: 'loaded',
    credit: /© <b>Stadt<\/b> Offenbach\/<\/figcaption><script>alert\(2\)<\/script>$/,
  },
  English: { state: 'loaded', credit: /© Stadt Offenbach\/georg-foto\.de$/ },
  FromMarkup: { state: 'loaded', credit: /© Stadt Offenbach$/ },
};

describe('<stadt-photo> stories', () => {
  const stories = storiesOf(module as unknown as StoryModule);

  it('has a story for every variant', () => {
    expect(stories.map((s) => s.name).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(stories.map((s) => [s.name, s] as const))(
    '%s renders with its credit, no axe violations and no console errors',
    async (name, story) => {
      const container = await checkStory(story);
      const el = container.querySelector('stadt-photo');
      const want = expected[name];
      if (!el || !want) throw new Error('story did not render <stadt-photo>');
      await expect.poll(() => el.getAttribute('state'), { timeout: 5000 }).toBe(want.state);
      expect(visibleText(el).replace(/\u00a0/g, ' ')).toMatch(want.credit);
      container.remove();
    },
  );
});
