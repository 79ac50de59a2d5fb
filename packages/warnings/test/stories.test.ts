// Every warnings story outside Storybook, with its recorded warnings: its state, axe-core, no console error, and
// never "keine" where a source failed. The Storybook build runs the same stories in @stadtkit/storybook's test.
import {
  checkStory,
  cleanupFixtures,
  spokenText,
  storiesOf,
  visibleText,
  type StoryModule,
} from '@stadtkit/testing';
import { useManifests } from '@stadtkit/testing/storybook';
import { afterEach, describe, expect, it } from 'vitest';
import manifest from '../custom-elements.json' with { type: 'json' };

useManifests(manifest);
const modules = await Promise.all([
  import('../stories/warnings.stories.js'),
  import('../stories/warnings.states.stories.js'),
  import('../stories/warnings.robustness.stories.js'),
]);

afterEach(cleanupFixtures);

const expectedState: Record<string, string> = {
  Default: 'active',
  WithDetailsLink: 'active',
  Full: 'active',
  FullWithNina: 'active',
  English: 'active',
  Active: 'active',
  ActiveMinor: 'active',
  None: 'none',
  PartlyUnavailable: 'active',
  Unavailable: 'unavailable',
  Stale: 'stale',
  EnglishOnly: 'active',
  HostileText: 'active',
  LongLocationName: 'active',
  InvalidHeadingLevel: 'active',
};

describe('<stadt-warnings> stories', () => {
  const stories = modules.flatMap((module) => storiesOf(module as unknown as StoryModule));

  it('has a story for every state, variant and robustness case', () => {
    expect(stories.map((s) => s.key).sort()).toEqual(Object.keys(expectedState).sort());
  });

  it.each(stories.map((s) => [s.key, s] as const))(
    '%s renders its state with no axe violations and no console errors',
    async (key, story) => {
      const container = await checkStory(story);
      const el = container.querySelector('stadt-warnings');
      expect(el?.getAttribute('state')).toBe(expectedState[key]);
      if (el) {
        expect(spokenText(el)).not.toBe('');
        if (el.getAttribute('state') === 'unavailable')
          expect(visibleText(el)).not.toMatch(/Keine|No official/);
        expect(el.shadowRoot?.querySelector('img, script')).toBeNull();
      }
      container.remove();
    },
  );
});
