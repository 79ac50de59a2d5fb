/** Every string this package shows to people, in German (default) and English. */
export const messages = {
  de: {
    label: 'Aktuelles Wetter',
    unavailable: 'Wetterdaten derzeit nicht verfügbar',
    degreesSpoken: 'Grad Celsius',
  },
  en: {
    label: 'Current weather',
    unavailable: 'Weather data currently unavailable',
    degreesSpoken: 'degrees Celsius',
  },
} as const;

export type Locale = keyof typeof messages;

/** The message table for a BCP 47 language tag; German unless the tag is English. */
export function messagesFor(lang: string | null | undefined) {
  return lang?.toLowerCase().startsWith('en') ? messages.en : messages.de;
}

/**
 * The language of an element: its own `lang`, else the nearest ancestor's. On the server (Lit SSR) an
 * element has no ancestors, so it renders in its own `lang` or German.
 */
export function resolveLang(element: HTMLElement): string | undefined {
  if (element.lang) return element.lang;
  return typeof element.closest === 'function'
    ? (element.closest('[lang]')?.getAttribute('lang') ?? undefined)
    : undefined;
}
