/**
 * The toolbar's themes and locales. Every token and every theme value comes from `@stadtkit/tokens` (the
 * single source, DTCG → Style Dictionary); this file only names the themes for the toolbar.
 */
import { themeNames, themes as tokenThemes, tokens, type ThemeName } from '@stadtkit/tokens';

export { tokens, type ThemeName };

export interface Theme {
  title: string;
  /** Custom-property values; nothing else changes between themes. */
  properties: Record<string, string>;
}

const titles: Record<ThemeName, string> = {
  offenbach: 'Offenbach (Standard)',
  musterstadt: 'Musterstadt (zweites Stadtdesign)',
  kern: 'KERN UX',
  dark: 'Dunkel',
  'high-contrast': 'Hoher Kontrast',
};

export const themes = {} as Record<ThemeName, Theme>;
for (const name of themeNames)
  themes[name] = { title: titles[name], properties: tokenThemes[name] };

export const locales = { de: 'Deutsch', en: 'English' } as const;
export type Locale = keyof typeof locales;
