import { gruppenbild, weihnachtsmarkt } from '@stadtkit/model/fixtures';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { photoArgs, photoMeta } from './photo.markup.js';

const withLicence = weihnachtsmarkt.photos[0] ?? gruppenbild;

/** How `<stadt-photo>` looks in each of its forms; every control changes the element. */
const meta: Meta = {
  ...photoMeta,
  title: 'Komponenten/Foto (stadt-photo)/Varianten',
  id: 'foto-varianten',
  // An object literal: Storybook writes the comment above into `parameters.docs` (a spread is replaced).
  parameters: { docs: { source: photoMeta.parameters.docs.source } },
};
export default meta;

type Story = StoryObj;

/** Das Gruppenbild der Pressemitteilung: Bild, Bildunterschrift und „© Stadt Offenbach/georg-foto.de". */
export const Default: Story = { name: 'Standard (default)' };

/** Nur der Rechteinhaber, keine Fotografin: „© Stadt Offenbach". */
export const HolderOnly: Story = {
  name: 'Nur Rechteinhaber (holder only)',
  args: { 'credit-creator': '' },
};

/** Mit Lizenz (CC BY 4.0, verlinkt) und Quellenlink. */
export const WithLicence: Story = {
  name: 'Mit Lizenz und Quelle (licence)',
  args: { ...photoArgs(withLicence), 'source-url': '/presse/bildrechte' },
};

/** Der Bildnachweis liegt auf dem Bild: für enge Layouts. */
export const Overlay: Story = {
  name: 'Nachweis auf dem Bild (overlay)',
  args: { placement: 'overlay' },
};

/** Das Aufmacherbild eines Artikels: sofort und mit hoher Priorität geladen. */
export const LeadImage: Story = { name: 'Aufmacherbild (lead image)', args: { loading: 'eager' } };

/** Klick oder Enter öffnet das Foto in voller Größe; Escape schließt. */
export const Zoom: Story = { name: 'Vergrößerbar (zoom)', args: { zoom: true } };

/** Ein schmückendes Bild: leerer Alternativtext, kein Zoom; der Nachweis bleibt sichtbar. */
export const Decorative: Story = {
  name: 'Schmückendes Bild (decorative)',
  args: { decorative: true, caption: '' },
};

/** Eigene Gestaltung: runde Ecken, der Nachweis in der Akzentfarbe (als Token, damit jedes Stadtdesign stimmt). */
export const CustomProperties: Story = {
  name: 'Eigene Gestaltung (custom properties)',
  args: {
    '--stadt-photo-radius': '1rem',
    '--stadt-photo-credit-color': 'var(--stadt-color-accent)',
  },
};

/** Englische Oberfläche (Werkzeugleiste auf Englisch); der deutsche Inhalt behält seine Sprache. */
export const English: Story = {
  name: 'Englisch (English)',
  tags: ['lang-en'],
  globals: { locale: 'en' },
  args: { 'content-lang': 'de' },
};
