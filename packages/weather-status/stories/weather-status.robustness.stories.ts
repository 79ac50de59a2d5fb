import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { weatherMeta } from './weather-status.markup.js';

/** Attribute values that are wrong or hostile: the element falls back and says nothing false. */
const meta: Meta = {
  ...weatherMeta,
  title: 'Komponenten/Wetter (stadt-weather-status)/Robustheit',
  id: 'wetter-robustheit',
  // An object literal: Storybook writes the comment above into `parameters.docs` (a spread is replaced).
  parameters: { docs: { source: weatherMeta.parameters.docs.source } },
};
export default meta;

type Story = StoryObj;

/** Feindlicher Ortsname: als Text gezeigt. */
export const HostileLocationName: Story = {
  name: 'Feindlicher Ortsname (hostile text)',
  args: { 'location-name': '<img src=x onerror=alert(1)> Offenbach' },
};

/** Ein unsinniges `stale-after` (0, negativ, kein Wert) fällt auf 90 Minuten zurück. */
export const InvalidStaleAfter: Story = {
  name: 'Ungültiges stale-after (invalid number)',
  args: { 'stale-after': -5, zustand: 'frisch' },
};

/** Ein sehr langer Ortsname bricht um, auch bei 320 px. */
export const LongLocationName: Story = {
  name: 'Sehr langer Ortsname (long text)',
  args: {
    'location-name': 'Hansestadt Lüneburg-Kaltenmoor und Umgebungsgemeindeverwaltungsbezirk',
  },
};
