import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  bibliothek,
  radweg,
  teaserArgs,
  teaserMeta,
  weihnachtsmarkt,
} from './news-teaser.markup.js';

/** `<stadt-news-teaser>`: one press release as a card; the whole card is one link. */
const meta: Meta = {
  ...teaserMeta,
  title: 'Komponenten/Meldung: Teaser (stadt-news-teaser)/Varianten',
  id: 'teaser-varianten',
  // An object literal: Storybook writes the comment above into `parameters.docs` (a spread is replaced).
  parameters: { docs: { source: teaserMeta.parameters.docs.source } },
  args: { ...teaserMeta.args, ...teaserArgs(weihnachtsmarkt, 'weihnachtsmarkt') },
};
export default meta;

type Story = StoryObj;

/** Dachzeile, Überschrift, Datum, Anrisstext und ein Foto mit Bildnachweis. */
export const WithImage: Story = { name: 'Mit Foto (with image)' };

/** Ohne Foto: die Karte bleibt gleich aufgebaut. */
export const WithoutImage: Story = {
  name: 'Ohne Foto (without image)',
  args: teaserArgs(bibliothek),
};

/** Ein schmückendes Foto (alt=""): Screenreader hören nur die Meldung. */
export const DecorativeImage: Story = {
  name: 'Schmückendes Foto (decorative image)',
  args: teaserArgs(radweg, 'radweg-schmueckend'),
};

/** Ein Link auf eine andere Website: Symbol und „(externer Link)". */
export const ExternalLink: Story = {
  name: 'Externer Link (external link)',
  args: { ...teaserArgs(bibliothek), href: 'https://www.onleihe.de/hessen/' },
};

/** Überschrift als h2, etwa direkt unter der Seitenüberschrift. */
export const HeadingLevel2: Story = {
  name: 'Überschrift h2 (heading level 2)',
  args: { 'heading-level': 2 },
};

/** heading-level="0": keine Überschrift, für Listen mit eigener Struktur. */
export const NoHeading: Story = {
  name: 'Ohne Überschrift (no heading)',
  args: { 'heading-level': 0 },
};

/** Eigene Gestaltung über Custom Properties; Farben als Tokens (var(--stadt-color-…)), damit jedes Stadtdesign und der dunkle Modus stimmen. */
export const CustomProperties: Story = {
  name: 'Eigene Gestaltung (custom properties)',
  args: {
    '--stadt-news-teaser-radius': '1rem',
    '--stadt-news-teaser-kicker-transform': 'uppercase',
    '--stadt-news-teaser-background': 'var(--stadt-color-surface-hover)',
  },
};

/** Englische Oberfläche; der deutsche Inhalt behält seine Sprache. */
export const English: Story = {
  name: 'Englisch (English)',
  tags: ['lang-en'],
  globals: { locale: 'en' },
  args: { 'content-lang': 'de' },
};
