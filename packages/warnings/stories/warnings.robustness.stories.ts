import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { warningsMeta } from './warnings.markup.js';

/** Data and attribute values that are wrong or hostile: the element shows text, falls back and says nothing false. */
const meta: Meta = {
  ...warningsMeta,
  title: 'Komponenten/Warnungen (stadt-warnings)/Robustheit',
  id: 'warnungen-robustheit',
  // An object literal: Storybook writes the comment above into `parameters.docs` (a spread is replaced).
  parameters: { docs: { source: warningsMeta.parameters.docs.source } },
};
export default meta;

type Story = StoryObj;

/** Markup und Skript in Überschrift und Text der Warnung: als Text gezeigt, nie ausgeführt. */
export const HostileText: Story = {
  name: 'Feindlicher Text (hostile text)',
  args: { zustand: 'feindlich', variant: 'full' },
};

/** Ein sehr langer Ortsname im zugänglichen Namen und eine schmale Spalte: alles bricht um. */
export const LongLocationName: Story = {
  name: 'Sehr langer Ortsname (long text)',
  args: {
    'location-name': 'Hansestadt Lüneburg-Kaltenmoor und Umgebungsgemeindeverwaltungsbezirk',
    variant: 'full',
  },
};

/** Eine unsinnige Überschriftenebene fällt auf 3 zurück. */
export const InvalidHeadingLevel: Story = {
  name: 'Ungültige Überschriftenebene (invalid heading level)',
  args: { 'heading-level': 9, variant: 'full' },
};
