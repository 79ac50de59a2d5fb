import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { warningsMeta } from './warnings.markup.js';

/** `<stadt-warnings>` in its two forms; the "Zustand" control switches the example warnings. */
const meta: Meta = {
  ...warningsMeta,
  title: 'Komponenten/Warnungen (stadt-warnings)/Varianten',
  id: 'warnungen-varianten',
  // An object literal: Storybook writes the comment above into `parameters.docs` (a spread is replaced).
  parameters: { docs: { source: warningsMeta.parameters.docs.source } },
};
export default meta;

type Story = StoryObj;

/** Eine Zeile für den Seitenkopf: die höchste Stufe in Worten, die Zahl, die Ereignisse, Stand und Quelle. */
export const Default: Story = { name: 'Kompakt (compact)' };

/** Die kompakte Zeile verlinkt auf die Warnungsseite der Stadt. */
export const WithDetailsLink: Story = {
  name: 'Kompakt mit Link (compact, linked)',
  args: { 'details-href': '/warnungen' },
};

/** Für eine Seite: jede Warnung mit Stufe, Ereignis, Überschrift, Zeitraum, Gebiet, Text, Empfehlung, Quelle. */
export const Full: Story = { name: 'Ausführlich (full)', args: { variant: 'full' } };

/** Ausführlich mit Warnungen des DWD und des Warnsystems des Bundes (NINA). */
export const FullWithNina: Story = {
  name: 'Ausführlich mit NINA (full, DWD and NINA)',
  args: { variant: 'full', zustand: 'aktiv-nina' },
};

/** Englische Oberfläche (Werkzeugleiste auf Englisch). */
export const English: Story = {
  name: 'Englisch (English)',
  tags: ['lang-en'],
  globals: { locale: 'en' },
};
