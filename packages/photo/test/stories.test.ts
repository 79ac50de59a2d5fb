// Every photo story outside Storybook, as the CMS form it renders: its state and its credit line, axe-core,
// no console error (checkStory). The Storybook build runs the same stories in @stadtkit/storybook's test.
import {
  checkStory,
  cleanupFixtures,
  storiesOf,
  visibleText,
  type StoryModule,
} from '@stadtkit/testing';
import { useManifests } from '@stadtkit/testing/storybook';
import { afterEach, describe, expect, it } from 'vitest';
import manifest from '../custom-elements.json' with { type: 'json' };

useManifests(manifest);
const modules = await Promise.all([
  import('../stories/photo.stories.js'),
  import('../stories/photo.states.stories.js'),
  import('../stories/photo.robustness.stories.js'),
  import('../stories/photo.guide.stories.js'),
]);

afterEach(cleanupFixtures);

const seedCredit = /© Stadt Offenbach\/georg-foto\.de$/;
const expected: Record<string, { state: string; credit: RegExp }> = {
  Default: { state: 'loaded', credit: seedCredit },
  HolderOnly: { state: 'loaded', credit: /© Stadt Offenbach$/ },
  // The light-DOM form with the structured credit: licence and source links (they were dropped before).
  WithLicence: {
    state: 'loaded',
    credit: /© Stadt Offenbach\/Stadtkit-Platzhalter, CC BY 4\.0, Quelle$/,
  },
  Overlay: { state: 'loaded', credit: seedCredit },
  LeadImage: { state: 'loaded', credit: seedCredit },
  Zoom: { state: 'loaded', credit: seedCredit },
  Decorative: { state: 'loaded', credit: /^© Stadt Offenbach\/georg-foto\.de$/ },
  CustomProperties: { state: 'loaded', credit: seedCredit },
  English: { state: 'loaded', credit: seedCredit },
  FailedImage: { state: 'error', credit: seedCredit },
  ZoomFocused: { state: 'loaded', credit: seedCredit },
  ZoomOpen: { state: 'loaded', credit: seedCredit },
  HostileText: {
    state: 'loaded',
    credit: /© <b>Stadt<\/b> Offenbach\/<\/figcaption><script>alert\(2\)<\/script>$/,
  },
  LongCaption: { state: 'loaded', credit: seedCredit },
  UnsafeLicenceLink: { state: 'loaded', credit: /© Stadt Offenbach\/georg-foto\.de, CC BY 4\.0$/ },
  DoAltCaptionCredit: { state: 'loaded', credit: seedCredit },
  DontRepeatAlt: { state: 'loaded', credit: /\(Foto: georg-foto\.de\)$/ },
};

describe('<stadt-photo> stories', () => {
  const stories = modules.flatMap((module) => storiesOf(module as unknown as StoryModule));

  it('has a story for every variant, state and robustness case', () => {
    expect(stories.map((s) => s.key).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(stories.map((s) => [s.key, s] as const))(
    '%s renders with its credit, no axe violations and no console errors',
    async (key, story) => {
      const container = await checkStory(story);
      const el = container.querySelector('stadt-photo');
      const want = expected[key];
      if (!el || !want) throw new Error('story did not render <stadt-photo>');
      await expect.poll(() => el.getAttribute('state'), { timeout: 5000 }).toBe(want.state);
      expect(visibleText(el).replace(/\u00a0/g, ' ')).toMatch(want.credit);
      container.remove();
    },
  );
});
