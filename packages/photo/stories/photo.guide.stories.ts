import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { photoMeta } from './photo.markup.js';

/** The "So / Nicht so" examples of the guide (shown on the Leitfaden page, not in the sidebar). */
const meta: Meta = {
  ...photoMeta,
  title: 'Komponenten/Foto (stadt-photo)/Leitfaden-Beispiele',
  id: 'foto-leitfaden',
  // An object literal: Storybook writes the comment above into `parameters.docs` (a spread is replaced).
  parameters: { docs: { source: photoMeta.parameters.docs.source } },
  tags: ['!autodocs', '!dev'],
};
export default meta;

type Story = StoryObj;

/** Alt-Text beschreibt das Bild, die Unterschrift sagt, was man nicht sieht, der Nachweis steht für sich. */
export const DoAltCaptionCredit: Story = {
  name: 'So: Alt-Text, Unterschrift und Nachweis getrennt',
  args: {
    alt: 'Rund 40 Personen stehen in zwei Reihen vor der Fensterfront des Rathaussaals',
    caption: 'Leiterinnen und Leiter der Ausländerbehörden aus Südhessen beim Treffen im Rathaus.',
  },
};

/** Die Unterschrift wiederholt den Alt-Text, der Nachweis steckt in der Unterschrift. */
export const DontRepeatAlt: Story = {
  name: 'Nicht so: Unterschrift wiederholt den Alt-Text',
  args: {
    alt: 'Gruppenbild',
    caption: 'Gruppenbild (Foto: georg-foto.de)',
    'credit-holder': '',
    'credit-creator': '',
  },
};
