import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { warningsMeta } from './warnings.markup.js';

/** Every state of `<stadt-warnings>`, from recorded warnings (no network). */
const meta: Meta = {
  ...warningsMeta,
  title: 'Komponenten/Warnungen (stadt-warnings)/Zustände',
  id: 'warnungen-zustaende',
  // An object literal: Storybook writes the comment above into `parameters.docs` (a spread is replaced).
  parameters: { docs: { source: warningsMeta.parameters.docs.source } },
};
export default meta;

type Story = StoryObj;

/** Warnungen liegen vor: die höchste Stufe zuerst, in Worten und Farbe. */
export const Active: Story = { name: 'Aktiv (active)', args: { zustand: 'aktiv' } };

/** Eine einzelne, geringe Warnung. */
export const ActiveMinor: Story = {
  name: 'Aktiv, gering (active, minor)',
  args: { zustand: 'gering' },
};

/** Beide Quellen haben geantwortet, nichts liegt vor: gesagt mit dem Stand. */
export const None: Story = { name: 'Keine Warnungen (none)', args: { zustand: 'keine' } };

/** Eine Quelle fällt aus: die Warnungen der anderen, und welche nicht abrufbar ist. */
export const PartlyUnavailable: Story = {
  name: 'Teilweise abrufbar (partly unavailable)',
  args: { zustand: 'teilweise-abrufbar', variant: 'full' },
};

/** Keine Quelle antwortet: das wird gesagt – nie „keine Warnungen". */
export const Unavailable: Story = {
  name: 'Nicht abrufbar (unavailable)',
  args: { zustand: 'nicht-abrufbar' },
};

/** Die letzte Antwort ist älter als `stale-after`: mit ihrem Stand und dem Hinweis, dass sie nicht aktuell ist. */
export const Stale: Story = { name: 'Veraltet (stale)', args: { zustand: 'veraltet' } };

/** Der DWD lieferte nur englische Texte: gezeigt, mit `lang="en"` und einem Hinweis. */
export const EnglishOnly: Story = {
  name: 'Nur auf Englisch (English only)',
  args: { zustand: 'englisch', variant: 'full' },
};
