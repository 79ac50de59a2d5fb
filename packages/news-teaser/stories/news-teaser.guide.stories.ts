import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { bibliothek, teaserArgs, teaserMeta } from './news-teaser.markup.js';

/** The "So / Nicht so" examples of the guide (shown on the Leitfaden page, not in the sidebar). */
const meta: Meta = {
  ...teaserMeta,
  title: 'Komponenten/Meldung: Teaser (stadt-news-teaser)/Leitfaden-Beispiele',
  id: 'teaser-leitfaden',
  // An object literal: Storybook writes the comment above into `parameters.docs` (a spread is replaced).
  parameters: { docs: { source: teaserMeta.parameters.docs.source } },
  tags: ['!autodocs', '!dev'],
  args: { ...teaserMeta.args, ...teaserArgs(bibliothek) },
};
export default meta;

type Story = StoryObj;

/** Die Überschrift sagt, worum es geht; sie ist der Linktext der ganzen Karte. */
export const DoHeadline: Story = { name: 'So: eine Überschrift, die für sich steht' };

/** „Mehr erfahren" als Überschrift: in einer Linkliste hört man fünfmal dasselbe. */
export const DontClickHere: Story = {
  name: 'Nicht so: „Mehr erfahren" als Überschrift',
  args: { headline: 'Mehr erfahren', kicker: '', excerpt: bibliothek.headline },
};
