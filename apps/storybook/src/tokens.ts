/**
 * Stadtkit's design tokens: the custom properties every component reads (each with its own fallback, so a
 * page without them still looks right), and the two themes the Storybook toolbar switches between. A theme
 * is nothing but custom-property values; a city sets them on `:root` or any ancestor of the components.
 */

export interface Token {
  name: `--stadt-${string}`;
  /** What the components use it for. */
  use: string;
  /** The components' own fallback value. */
  fallback: string;
}

export const tokens: readonly Token[] = [
  { name: '--stadt-color-text', use: 'body text', fallback: 'currentColor' },
  { name: '--stadt-color-text-muted', use: 'dates, credits, secondary text', fallback: '#595959' },
  { name: '--stadt-color-link', use: 'links and teaser headlines', fallback: '#00528c' },
  { name: '--stadt-color-accent', use: 'kickers (Dachzeilen)', fallback: '#00528c' },
  { name: '--stadt-color-focus', use: 'the focus ring', fallback: '#005a9c' },
  { name: '--stadt-color-border', use: 'card borders', fallback: '#c8c8c8' },
  { name: '--stadt-color-surface', use: 'card background', fallback: '#fff' },
  {
    name: '--stadt-color-surface-muted',
    use: 'placeholders (loading weather, missing image)',
    fallback: '#e6e6e6',
  },
  { name: '--stadt-color-surface-hover', use: 'card background on hover', fallback: '#f3f6f9' },
  { name: '--stadt-space-xs', use: 'gap between icon and value', fallback: '0.35em' },
  { name: '--stadt-space-s', use: 'gap inside figures and cards', fallback: '0.5rem' },
  { name: '--stadt-space-m', use: 'card padding, gap between cards', fallback: '1rem' },
];

export type ThemeName = 'offenbach' | 'musterstadt';

export interface Theme {
  title: string;
  /** Custom-property values; nothing else changes between themes. */
  properties: Record<`--stadt-${string}`, string>;
}

export const themes: Record<ThemeName, Theme> = {
  offenbach: {
    title: 'Offenbach (Standard)',
    properties: {
      '--stadt-color-text': '#1a1a1a',
      '--stadt-color-text-muted': '#595959',
      '--stadt-color-link': '#00528c',
      '--stadt-color-accent': '#00528c',
      '--stadt-color-focus': '#005a9c',
      '--stadt-color-border': '#c8c8c8',
      '--stadt-color-surface': '#fff',
      '--stadt-color-surface-muted': '#e9edf1',
      '--stadt-color-surface-hover': '#f3f6f9',
      '--stadt-space-xs': '0.35rem',
      '--stadt-space-s': '0.5rem',
      '--stadt-space-m': '1rem',
    },
  },
  musterstadt: {
    title: 'Musterstadt (zweites Stadtdesign)',
    properties: {
      '--stadt-color-text': '#1f2a22',
      '--stadt-color-text-muted': '#4a5a4e',
      '--stadt-color-link': '#1b5e20',
      '--stadt-color-accent': '#8a3b12',
      '--stadt-color-focus': '#8a3b12',
      '--stadt-color-border': '#8fae96',
      '--stadt-color-surface': '#fbfaf5',
      '--stadt-color-surface-muted': '#e4ece6',
      '--stadt-color-surface-hover': '#eef5ef',
      '--stadt-space-xs': '0.5rem',
      '--stadt-space-s': '0.75rem',
      '--stadt-space-m': '1.25rem',
      '--stadt-news-teaser-radius': '0.75rem',
      '--stadt-news-teaser-kicker-transform': 'uppercase',
      '--stadt-photo-radius': '0.75rem',
      '--stadt-news-teaser-font': '1em/1.5 Georgia, "Times New Roman", serif',
      '--stadt-news-list-font': '1em/1.5 Georgia, "Times New Roman", serif',
      '--stadt-photo-font': '1em/1.5 Georgia, "Times New Roman", serif',
      '--stadt-weather-status-font': '1em/1.5 Georgia, "Times New Roman", serif',
    },
  },
};

export const locales = { de: 'Deutsch', en: 'English' } as const;
export type Locale = keyof typeof locales;

/** The theme's properties as a CSS declaration list, for a `style` attribute or a `:root` rule. */
export function themeDeclarations(name: ThemeName): string {
  return Object.entries(themes[name].properties)
    .map(([property, value]) => `${property}: ${value};`)
    .join(' ');
}
