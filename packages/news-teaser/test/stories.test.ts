import {
  checkStory,
  cleanupFixtures,
  storiesOf,
  visibleText,
  type StoryModule,
} from '@stadtkit/testing';
import { afterEach, describe, expect, it } from 'vitest';
import * as listModule from '../stories/news-list.stories.js';
import * as teaserModule from '../stories/news-teaser.stories.js';

afterEach(cleanupFixtures);

describe('<stadt-news-teaser> and <stadt-news-list> stories', () => {
  const teaserStories = storiesOf(teaserModule as unknown as StoryModule);
  const listStories = storiesOf(listModule as unknown as StoryModule);

  it('has a story for every variant and layout', () => {
    expect(teaserStories.map((s) => s.name).sort()).toEqual([
      'DecorativeImage',
      'English',
      'ExternalLink',
      'HeadingLevel2',
      'HostileText',
      'LongCompoundWords',
      'MissingDate',
      'MissingExcerpt',
      'NoHeading',
      'UnsafeLinkDropped',
      'WithImage',
      'WithoutImage',
    ]);
    expect(listStories.map((s) => s.name).sort()).toEqual(['Empty', 'Grid', 'GridNarrow', 'List']);
  });

  it.each(teaserStories.map((s) => [s.name, s] as const))(
    'teaser %s: no axe violations, no console errors, no overflow, at most one link',
    async (name, story) => {
      const container = await checkStory(story);
      const el = container.querySelector('stadt-news-teaser');
      const root = el?.shadowRoot;
      if (!el || !root) throw new Error('no teaser');
      expect(root.querySelectorAll('a').length).toBe(name === 'UnsafeLinkDropped' ? 0 : 1);
      expect(container.scrollWidth).toBeLessThanOrEqual(container.clientWidth);
      expect(visibleText(el)).not.toBe('');
      container.remove();
    },
  );

  it.each(listStories.map((s) => [s.name, s] as const))(
    'list %s: no axe violations and no console errors',
    async (name, story) => {
      const container = await checkStory(story);
      const el = container.querySelector('stadt-news-list');
      expect(el?.shadowRoot?.querySelectorAll('li').length).toBe(name === 'Empty' ? 0 : 3);
      container.remove();
    },
  );
});
