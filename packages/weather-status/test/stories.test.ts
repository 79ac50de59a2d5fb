// Every weather story outside Storybook, with its example data: its state, axe-core, no console error, never a
// bare unit. The Storybook build runs the same stories in @stadtkit/storybook's test.
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
  import('../stories/weather-status.stories.js'),
  import('../stories/weather-status.states.stories.js'),
  import('../stories/weather-status.robustness.stories.js'),
]);

afterEach(cleanupFixtures);

const expectedState: Record<string, string> = {
  Default: 'fresh',
  WithoutLocation: 'fresh',
  CustomProperties: 'fresh',
  English: 'fresh',
  Fresh: 'fresh',
  Stale: 'stale',
  StaleFromYesterday: 'stale',
  Loading: 'loading',
  ServerRenderedValue: 'fresh',
  Unavailable: 'unavailable',
  PartialWithoutTemperature: 'fresh',
  PartialWithoutCondition: 'fresh',
  BelowZero: 'fresh',
  HostileLocationName: 'fresh',
  InvalidStaleAfter: 'fresh',
  LongLocationName: 'fresh',
};

describe('<stadt-weather-status> stories', () => {
  const stories = modules.flatMap((module) => storiesOf(module as unknown as StoryModule));

  it('has a story for every state, variant and robustness case', () => {
    expect(stories.map((s) => s.key).sort()).toEqual(Object.keys(expectedState).sort());
  });

  it.each(stories.map((s) => [s.key, s] as const))(
    '%s renders its state with no axe violations, no console errors and no bare unit',
    async (key, story) => {
      const container = await checkStory(story);
      const el = container.querySelector('stadt-weather-status');
      expect(el?.getAttribute('state')).toBe(expectedState[key]);
      if (el) {
        expect(visibleText(el)).not.toMatch(/(^|[^\d\s])\s*°C/);
        expect(spokenText(el)).not.toBe('');
      }
      container.remove();
    },
  );
});
