import { checkStory, cleanupFixtures, storiesOf, type StoryModule } from '@stadtkit/testing';
import { afterEach, describe, expect, it } from 'vitest';
import * as module from '../stories/weather-status.stories.js';

afterEach(cleanupFixtures);

describe('<stadt-weather-status> stories', () => {
  const stories = storiesOf(module as unknown as StoryModule);

  it('has stories', () => {
    expect(stories.map((s) => s.name).sort()).toEqual([
      'BelowZero',
      'English',
      'Fresh',
      'Unavailable',
    ]);
  });

  it.each(stories.map((s) => [s.name, s] as const))(
    '%s renders with no axe violations and no console errors',
    async (_name, story) => {
      const container = await checkStory(story);
      expect(container.querySelector('stadt-weather-status')?.shadowRoot?.textContent).not.toMatch(
        /:\s*°?C\s*$/,
      );
      container.remove();
    },
  );
});
