import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { warningsMeta } from './warnings.markup.js';

/** The "So / Nicht so" examples of the guide (shown on the Leitfaden page, not in the sidebar). */
const meta: Meta = {
  ...warningsMeta,
  title: 'Komponenten/Warnungen (stadt-warnings)/Leitfaden-Beispiele',
  id: 'warnungen-leitfaden',
  // An object literal: Storybook writes the comment above into `parameters.docs` (a spread is replaced).
  parameters: { docs: { source: warningsMeta.parameters.docs.source } },
  tags: ['!autodocs', '!dev'],
};
export default meta;

type Story = StoryObj;

/** Fällt eine Quelle aus, sagt die Komponente welche. */
export const DoComponent: Story = {
  name: 'So: die Komponente sagt, was sie nicht weiß',
  args: { zustand: 'nicht-abrufbar' },
};

/** Von Hand: ein leerer Kasten wird als „keine Warnungen" gelesen, auch wenn die Quelle nur ausgefallen ist. */
export const DontHandMade: Story = {
  name: 'Nicht so: „keine Warnungen" bei leerer Antwort',
  render: () => html`<div class="story-column"><p>Keine Warnungen</p></div>`,
  parameters: {
    docs: {
      source: {
        code: "<p><?= count($warnungen) ? implode(', ', $warnungen) : 'Keine Warnungen' ?></p>",
      },
    },
  },
};
