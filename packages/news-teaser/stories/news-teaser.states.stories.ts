import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { waitFor } from 'storybook/test';

/** On a busy machine the element can take more than waitFor's default 1 s to render. */
const PATIENCE = { timeout: 15_000 };
import { teaserArgs, teaserMeta, weihnachtsmarkt } from './news-teaser.markup.js';

/** Hover and keyboard focus of the card (the pseudo-states addon forces :hover). */
const meta: Meta = {
  ...teaserMeta,
  title: 'Komponenten/Meldung: Teaser (stadt-news-teaser)/Zustände',
  id: 'teaser-zustaende',
  // An object literal: Storybook writes the comment above into `parameters.docs` (a spread is replaced).
  parameters: { docs: { source: teaserMeta.parameters.docs.source } },
  args: { ...teaserMeta.args, ...teaserArgs(weihnachtsmarkt, 'weihnachtsmarkt') },
};
export default meta;

type Story = StoryObj;

/** Mit der Maus über der Karte: Hintergrund und unterstrichene Überschrift. */
export const Hover: Story = {
  name: 'Maus über der Karte (hover)',
  parameters: { pseudo: { hover: true } },
};

/** Tastaturfokus auf dem Link: der Fokusring umfasst die ganze Karte. */
export const Focus: Story = {
  name: 'Tastaturfokus (focus)',
  play: async ({ canvasElement }) => {
    const link = await waitFor(() => {
      const found = canvasElement
        .querySelector('stadt-news-teaser')
        ?.shadowRoot?.querySelector<HTMLElement>('a');
      if (!found) throw new Error('no link yet');
      return found;
    }, PATIENCE);
    link.focus();
  },
};
