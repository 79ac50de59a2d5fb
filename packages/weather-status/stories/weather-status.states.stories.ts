import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { weatherMeta } from './weather-status.markup.js';

/** Every state of `<stadt-weather-status>`, from recorded data (no network). */
const meta: Meta = {
  ...weatherMeta,
  title: 'Komponenten/Wetter (stadt-weather-status)/Zustände',
  id: 'wetter-zustaende',
  // An object literal: Storybook writes the comment above into `parameters.docs` (a spread is replaced).
  parameters: { docs: { source: weatherMeta.parameters.docs.source } },
};
export default meta;

type Story = StoryObj;

/** Gemessen vor 20 Minuten: Wert, Zustand und Symbol. */
export const Fresh: Story = { name: 'Frisch (fresh)', args: { zustand: 'frisch' } };

/** Älter als `stale-after`: der Wert mit seiner Messzeit. */
export const Stale: Story = { name: 'Veraltet (stale)', args: { zustand: 'veraltet' } };

/** Veraltet vom Vortag: mit Datum und Uhrzeit. */
export const StaleFromYesterday: Story = {
  name: 'Veraltet vom Vortag (stale, yesterday)',
  args: { zustand: 'veraltet-gestern' },
};

/** Während die Anfrage läuft: der Platz ist reserviert, Screenreader hören „Wetterdaten werden geladen". */
export const Loading: Story = { name: 'Lädt (loading)', args: { zustand: 'laedt' } };

/** Der Wert, den der Server in die Seite geschrieben hat, sofort sichtbar, während die Quelle neu gefragt wird. */
export const ServerRenderedValue: Story = {
  name: 'Vom Server mitgeliefert (server-rendered)',
  args: { zustand: 'vom-server' },
};

/** Keine Daten: in Worten gesagt, nie eine nackte Einheit, nie eine leere Box. */
export const Unavailable: Story = {
  name: 'Nicht verfügbar (unavailable)',
  args: { zustand: 'nicht-verfuegbar' },
};

/** Die Station meldet einen Wetterzustand, aber keine Temperatur. */
export const PartialWithoutTemperature: Story = {
  name: 'Teilweise: ohne Temperatur (partial)',
  args: { zustand: 'teilweise' },
};

/** Eine Temperatur, aber kein Wetterzustand und kein Symbol. */
export const PartialWithoutCondition: Story = {
  name: 'Teilweise: ohne Wetterzustand (partial)',
  args: { zustand: 'ohne-zustand' },
};

/** Unter null: ein echtes Minuszeichen, gelesen als „minus". */
export const BelowZero: Story = { name: 'Frost (below zero)', args: { zustand: 'frost' } };
