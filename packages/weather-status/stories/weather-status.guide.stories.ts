import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { weatherMeta } from './weather-status.markup.js';

/** The "So / Nicht so" examples of the guide (shown on the Leitfaden page, not in the sidebar). */
const meta: Meta = {
  ...weatherMeta,
  title: 'Komponenten/Wetter (stadt-weather-status)/Leitfaden-Beispiele',
  id: 'wetter-leitfaden',
  // An object literal: Storybook writes the comment above into `parameters.docs` (a spread is replaced).
  parameters: { docs: { source: weatherMeta.parameters.docs.source } },
  tags: ['!autodocs', '!dev'],
};
export default meta;

type Story = StoryObj;

/** Die Komponente im Seitenkopf: sie sagt auch ohne Daten etwas Wahres. */
export const DoComponent: Story = {
  name: 'So: die Komponente, auch ohne Daten',
  args: { zustand: 'nicht-verfuegbar' },
};

/** Von Hand zusammengesetzt, wie auf der alten Seite: fehlt die Zahl, bleibt die Einheit stehen. */
export const DontHandMade: Story = {
  name: 'Nicht so: Wert und Einheit von Hand',
  render: () => html`<div class="story-column"><p>Aktuelles Wetter: C</p></div>`,
  parameters: { docs: { source: { code: '<p>Aktuelles Wetter: <?= $temperatur ?> C</p>' } } },
};
