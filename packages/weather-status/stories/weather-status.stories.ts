import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { weatherMeta } from './weather-status.markup.js';

/** `<stadt-weather-status>` in the header: its forms; the "Zustand" control switches the example data. */
const meta: Meta = {
  ...weatherMeta,
  title: 'Komponenten/Wetter (stadt-weather-status)/Varianten',
  id: 'wetter-varianten',
  // An object literal: Storybook writes the comment above into `parameters.docs` (a spread is replaced).
  parameters: { docs: { source: weatherMeta.parameters.docs.source } },
};
export default meta;

type Story = StoryObj;

/** Gemessen vor 20 Minuten: Temperatur, Wetterzustand und Symbol, dazu „Daten: DWD". */
export const Default: Story = { name: 'Standard (default)' };

/** Ohne Ortsnamen: nur „Aktuelles Wetter:"; der Ort steht dann im Seitenkopf. */
export const WithoutLocation: Story = {
  name: 'Ohne Ortsnamen (no location name)',
  args: { 'location-name': '' },
};

/** Eigene Gestaltung über Custom Properties; Farben als Tokens (var(--stadt-color-…)), damit jedes Stadtdesign und der dunkle Modus stimmen. */
export const CustomProperties: Story = {
  name: 'Eigene Gestaltung (custom properties)',
  args: {
    '--stadt-weather-status-color': 'var(--stadt-color-accent)',
    '--stadt-weather-status-value-weight': '400',
  },
};

/** Englische Oberfläche (Werkzeugleiste auf Englisch). */
export const English: Story = {
  name: 'Englisch (English)',
  tags: ['lang-en'],
  globals: { locale: 'en' },
};
