import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { listMeta } from './news-teaser.markup.js';

/** The "So / Nicht so" examples of the list guide (shown on the Leitfaden page, not in the sidebar). */
const meta: Meta = {
  ...listMeta,
  title: 'Komponenten/Meldungsliste (stadt-news-list)/Leitfaden-Beispiele',
  id: 'liste-leitfaden',
  tags: ['!autodocs', '!dev'],
  // An object literal: Storybook writes the comment above into `parameters.docs` (a spread is replaced).
  parameters: { docs: { source: listMeta.parameters.docs.source } },
  args: { ...listMeta.args, anzahl: 2, heading: 'Weitere Meldungen', layout: 'list' },
};
export default meta;

type Story = StoryObj;

/** Eine Überschrift, die sagt, was kommt, und ein Mehr-Link, der sagt, wohin er führt. */
export const DoHeadingAndMore: Story = {
  name: 'So: Überschrift und ein Mehr-Link mit Ziel',
  args: { 'more-href': '/presse', 'more-label': 'Alle Pressemitteilungen' },
};

/** Ohne Überschrift und mit „Hier" als Linktext: in der Linkliste eines Screenreaders sinnlos. */
export const DontClickHere: Story = {
  name: 'Nicht so: keine Überschrift, „Hier" als Mehr-Link',
  args: { heading: '', 'more-href': '/presse', 'more-label': 'Hier' },
};
