import type { NewsTeaser } from '@stadtkit/model';
import { relatedTeasers } from '@stadtkit/model/fixtures';
import { teaserWithStoryMedia } from '@stadtkit/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@stadtkit/news-teaser/define.js';

interface Args {
  teaser: NewsTeaser;
  headingLevel: number;
  width: string;
}

const [weihnachtsmarkt, radweg, bibliothek] = relatedTeasers.map(teaserWithStoryMedia) as [
  NewsTeaser,
  NewsTeaser,
  NewsTeaser,
];

const meta: Meta<Args> = {
  title: 'Components/News teaser',
  component: 'stadt-news-teaser',
  args: { teaser: weihnachtsmarkt, headingLevel: 3, width: '22rem' },
  argTypes: {
    teaser: { control: 'object', description: 'A NewsTeaser from @stadtkit/model' },
    headingLevel: { control: { type: 'number', min: 0, max: 6 }, name: 'heading-level' },
    width: {
      control: 'text',
      description: 'Largest width of the story container (it reflows below it)',
    },
  },
  render: ({ teaser, headingLevel, width }) =>
    html`<div style="max-inline-size: ${width}">
      <stadt-news-teaser heading-level=${headingLevel} .teaser=${teaser}></stadt-news-teaser>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Kicker, headline, date, excerpt and a photo with its credit; the whole card is one link. */
export const WithImage: Story = {};

export const WithoutImage: Story = { args: { teaser: bibliothek } };

/** A decorative photo (alt=""). */
export const DecorativeImage: Story = { args: { teaser: radweg } };

/** Long German compound words hyphenate and never overflow at 320 CSS px. */
export const LongCompoundWords: Story = {
  args: {
    width: '320px',
    teaser: {
      ...bibliothek,
      kicker: 'Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung',
      headline: 'Rechtsschutzversicherungsgesellschaften und Donaudampfschifffahrtskapitänsmützen',
    },
  },
};

export const MissingExcerpt: Story = { args: { teaser: { ...radweg, excerpt: undefined } } };

export const MissingDate: Story = { args: { teaser: { ...bibliothek, datePublished: undefined } } };

/** A link to another site: marked with an icon and "(externer Link)". */
export const ExternalLink: Story = {
  args: { teaser: { ...bibliothek, url: 'https://www.onleihe.de/hessen/' } },
};

/** A `javascript:` link is dropped: the teaser renders without a link (and warns once). */
export const UnsafeLinkDropped: Story = {
  args: { teaser: { ...bibliothek, url: 'javascript:alert(1)' } },
};

/** Hostile strings are shown as text. */
export const HostileText: Story = {
  args: {
    teaser: {
      headline: '<img src=x onerror=alert(1)> Überschrift',
      url: '/presse/x',
      kicker: '<script>alert(2)</script>',
      excerpt: '"Anführungszeichen" & <b>kein Fettdruck</b>',
    },
  },
};

export const HeadingLevel2: Story = { args: { headingLevel: 2 } };

/** heading-level="0": no heading, for lists that already have their own structure. */
export const NoHeading: Story = { args: { headingLevel: 0 } };

/** The toolbar's locale switched to English for this story. */
export const English: Story = { globals: { locale: 'en' } };
