// Every teaser and list story outside Storybook, as the CMS form it renders: axe-core, no console error, no
// overflow, one link per card. The Storybook build runs the same stories in @stadtkit/storybook's test.
import {
  checkStory,
  cleanupFixtures,
  storiesOf,
  visibleText,
  type StoryModule,
} from '@stadtkit/testing';
import { useManifests } from '@stadtkit/testing/storybook';
import { afterEach, describe, expect, it } from 'vitest';
import photoManifest from '../../photo/custom-elements.json' with { type: 'json' };
import manifest from '../custom-elements.json' with { type: 'json' };

useManifests(manifest, photoManifest);
const teaserModules = await Promise.all([
  import('../stories/news-teaser.stories.js'),
  import('../stories/news-teaser.states.stories.js'),
  import('../stories/news-teaser.robustness.stories.js'),
  import('../stories/news-teaser.guide.stories.js'),
]);
const listModules = await Promise.all([
  import('../stories/news-list.stories.js'),
  import('../stories/news-list.guide.stories.js'),
]);

afterEach(cleanupFixtures);

describe('<stadt-news-teaser> and <stadt-news-list> stories', () => {
  const teaserStories = teaserModules.flatMap((module) =>
    storiesOf(module as unknown as StoryModule),
  );
  const listStories = listModules.flatMap((module) => storiesOf(module as unknown as StoryModule));

  it('has a story for every variant, state, robustness case and layout', () => {
    expect(teaserStories.map((s) => s.key).sort()).toEqual([
      'CustomProperties',
      'DecorativeImage',
      'DoHeadline',
      'DontClickHere',
      'English',
      'ExternalLink',
      'Focus',
      'HeadingLevel2',
      'HostileText',
      'Hover',
      'LongCompoundWords',
      'MissingDate',
      'MissingExcerpt',
      'NoHeading',
      'UnsafeLinkDropped',
      'WithImage',
      'WithoutImage',
    ]);
    expect(listStories.map((s) => s.key).sort()).toEqual([
      'CustomTexts',
      'DoHeadingAndMore',
      'DontClickHere',
      'Empty',
      'Grid',
      'List',
    ]);
  });

  it.each(teaserStories.map((s) => [s.key, s] as const))(
    'teaser %s: no axe violations, no console errors, no overflow, at most one link',
    async (key, story) => {
      const container = await checkStory(story);
      const el = container.querySelector('stadt-news-teaser');
      const root = el?.shadowRoot;
      if (!el || !root) throw new Error('no teaser');
      expect(root.querySelectorAll('a').length).toBe(key === 'UnsafeLinkDropped' ? 0 : 1);
      expect(container.scrollWidth).toBeLessThanOrEqual(container.clientWidth);
      expect(visibleText(el)).not.toBe('');
      container.remove();
    },
  );

  it.each(listStories.map((s) => [s.key, s] as const))(
    'list %s: no axe violations and no console errors; an empty list says so',
    async (key, story) => {
      const container = await checkStory(story);
      const el = container.querySelector('stadt-news-list');
      const empty = key === 'Empty' || key === 'CustomTexts';
      expect(el?.querySelectorAll('li').length).toBe(empty ? 0 : key.startsWith('Do') ? 2 : 3);
      // The light DOM is looked at after the first render (which must match server-rendered markup).
      await expect.poll(() => Boolean(el?.shadowRoot?.querySelector('[part="empty"]'))).toBe(empty);
      container.remove();
    },
  );
});
