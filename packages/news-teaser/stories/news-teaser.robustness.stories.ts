import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { bibliothek, radweg, teaserArgs, teaserMeta } from './news-teaser.markup.js';

/** Missing, overlong and hostile data: the card stays readable and never links somewhere unsafe. */
const meta: Meta = {
  ...teaserMeta,
  title: 'Komponenten/Meldung: Teaser (stadt-news-teaser)/Robustheit',
  id: 'teaser-robustheit',
  // An object literal: Storybook writes the comment above into `parameters.docs` (a spread is replaced).
  parameters: { docs: { source: teaserMeta.parameters.docs.source } },
  args: { ...teaserMeta.args, ...teaserArgs(bibliothek) },
};
export default meta;

type Story = StoryObj;

/** Lange zusammengesetzte Wörter trennen und laufen bei 320 px nie über. */
export const LongCompoundWords: Story = {
  name: 'Lange Komposita (long words)',
  args: {
    kicker: 'Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung',
    headline: 'Rechtsschutzversicherungsgesellschaften und Donaudampfschifffahrtskapitänsmützen',
  },
};

/** Ohne Anrisstext. */
export const MissingExcerpt: Story = {
  name: 'Ohne Anrisstext (missing excerpt)',
  args: { ...teaserArgs(radweg, 'radweg-schmueckend'), excerpt: '' },
};

/** Ohne Datum. */
export const MissingDate: Story = {
  name: 'Ohne Datum (missing date)',
  args: { 'date-published': '' },
};

/** Ein `javascript:`-Link wird verworfen: die Meldung steht ohne Link da. */
export const UnsafeLinkDropped: Story = {
  name: 'Unsicherer Link verworfen (unsafe link)',
  args: { href: 'javascript:alert(1)' },
};

/** Feindlicher Text wird als Text gezeigt. */
export const HostileText: Story = {
  name: 'Feindlicher Text (hostile text)',
  args: {
    headline: '<img src=x onerror=alert(1)> Überschrift',
    href: '/presse/x',
    kicker: '<script>alert(2)</script>',
    excerpt: '"Anführungszeichen" & <b>kein Fettdruck</b>',
  },
};
