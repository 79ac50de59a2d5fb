import {
  checkStory,
  cleanupFixtures,
  storiesOf,
  spokenText,
  visibleText,
  type StoryModule,
} from '@stadtkit/testing';
import { afterEach, describe, expect, it } from 'vitest';
import * as module from '../stories/weather-status.stories.js';

afterEach(cleanupFixtures);

describe('<stadt-weather-status> stories', () => {
  const stories = storiesOf(module as unknown as StoryModule);

  it('has a story for every state and variant', () => {
    expect(stories.map((s) => s.name).sort()).toEqual([
      'BelowZero',
      'English',
      'Fresh',
      'Loading',
      'PartialWithoutCondition',
      'PartialWithoutTemperature',
      'ServerRenderedValue',
      'Stale',
      'StaleFromYesterday',
      'Unavailable',
    ]);
  });

  const expectedState: Record<string, string> = {
    Fresh: 'fresh',
    Stale: 'stale',
    StaleFromYesterday: 'stale',
    Loading: 'loading',
    ServerRenderedValue: 'fresh',
    Unavailable: 'unavailable',
    PartialWithoutTemperature: 'fresh',
    PartialWithoutCondition: 'fresh',
    BelowZero: 'fresh',
    English: 'fresh',
  };

  it.each(stories.map((s) => [s.name, s] as const))(
    '%s renders its state with no axe violations, no console errors and no bare unit',
    async (name, story) => {
      const container = await checkStory(story);
      const el = container.querySelector('stadt-weather-status');
      expect(el?.getAttribute('state')).toBe(expectedState[name]);
      if (el) {
        expect(visibleText(el)).not.toMatch(/(^|[^\d\s])\s*°C/);
        expect(spokenText(el)).not.toBe('');
      }
      container.remove();
    },
  );
});
