import type { NewsTeaser } from '@stadtkit/model';
import { relatedTeasers } from '@stadtkit/model/fixtures';
import { teaserWithStoryMedia } from '@stadtkit/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@stadtkit/news-teaser/define.js';

interface Args {
  teasers: NewsTeaser[];
  heading: string;
  layout: 'list' | 'grid';
  moreHref: string;
  width: string;
}

const teasers = relatedTeasers.map(teaserWithStoryMedia);

const meta: Meta<Args> = {
  title: 'Components/News list',
  component: 'stadt-news-list',
  args: {
    teasers,
    heading: 'Weitere Meldungen',
    layout: 'list',
    moreHref: '/presse',
    width: '40rem',
  },
  argTypes: {
    teasers: { control: 'object' },
    heading: { control: 'text' },
    layout: { control: 'inline-radio', options: ['list', 'grid'] },
    moreHref: { control: 'text', name: 'more-href' },
    width: {
      control: 'text',
      description: 'Largest width of the story container (it reflows below it)',
    },
  },
  render: ({ teasers: items, heading, layout, moreHref, width }) =>
    html`<div style="max-inline-size: ${width}">
      <stadt-news-list
        heading=${heading}
        layout=${layout}
        more-href=${moreHref}
        .teasers=${items}
      ></stadt-news-list>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const List: Story = {};

/** Columns follow the container's width (container queries): 3 at 60rem. */
export const Grid: Story = { args: { layout: 'grid', width: '60rem' } };

/** The grid in a narrow column: one column. */
export const GridNarrow: Story = { args: { layout: 'grid', width: '320px' } };

export const Empty: Story = { args: { teasers: [] } };
