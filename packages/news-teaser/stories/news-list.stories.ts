import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { listMeta } from './news-teaser.markup.js';

/** `<stadt-news-list>`: "Weitere Meldungen" under an article, or a news overview. */
const meta: Meta = {
  ...listMeta,
  title: 'Komponenten/Meldungsliste (stadt-news-list)/Varianten',
  id: 'liste-varianten',
  // An object literal: Storybook writes the comment above into `parameters.docs` (a spread is replaced).
  parameters: { docs: { source: listMeta.parameters.docs.source } },
  args: {
    ...listMeta.args,
    anzahl: 3,
    heading: 'Weitere Meldungen',
    layout: 'list',
    'more-href': '/presse',
  },
};
export default meta;

type Story = StoryObj;

/** Untereinander: unter einem Artikel. */
export const List: Story = { name: 'Liste (list)' };

/** Spalten nach der Breite des Containers (Container Queries): drei ab 60rem. */
export const Grid: Story = { name: 'Raster (grid)', args: { layout: 'grid' } };

/** Keine Meldungen: ein Satz statt einer leeren Fläche. */
export const Empty: Story = { name: 'Leer (empty)', args: { anzahl: 0 } };

/** Eigener Text für „leer" und „mehr". */
export const CustomTexts: Story = {
  name: 'Eigene Texte (custom texts)',
  args: {
    anzahl: 0,
    'empty-text': 'Zurzeit keine Meldungen zum Thema Verkehr.',
    'more-label': 'Alle Verkehrsmeldungen',
  },
};
