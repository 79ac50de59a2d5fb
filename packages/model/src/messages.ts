import type { WeatherIcon, WeatherCondition } from './types.js';

/** The model's words for people, German (default) and English. */
export const modelMessages = {
  de: {
    intl: 'de-DE',
    decimal: ',',
    oClock: 'Uhr',
    degreesCelsius: (n: string) => `${n} Grad Celsius`,
    minus: 'minus',
    copyright: 'Copyright',
    photo: 'Foto',
    licence: 'Lizenz',
    conditions: {
      dry: 'trocken',
      fog: 'Nebel',
      rain: 'Regen',
      sleet: 'Schneeregen',
      snow: 'Schnee',
      hail: 'Hagel',
      thunderstorm: 'Gewitter',
    },
    icons: {
      'clear-day': 'sonnig',
      'clear-night': 'klar',
      'partly-cloudy-day': 'teilweise bewölkt',
      'partly-cloudy-night': 'teilweise bewölkt',
      cloudy: 'bedeckt',
      fog: 'Nebel',
      wind: 'windig',
      rain: 'Regen',
      sleet: 'Schneeregen',
      snow: 'Schnee',
      hail: 'Hagel',
      thunderstorm: 'Gewitter',
    },
  },
  en: {
    intl: 'en-GB',
    decimal: '.',
    oClock: '',
    degreesCelsius: (n: string) => `${n} ${n === '1' ? 'degree' : 'degrees'} Celsius`,
    minus: 'minus',
    copyright: 'Copyright',
    photo: 'Photo',
    licence: 'Licence',
    conditions: {
      dry: 'dry',
      fog: 'fog',
      rain: 'rain',
      sleet: 'sleet',
      snow: 'snow',
      hail: 'hail',
      thunderstorm: 'thunderstorm',
    },
    icons: {
      'clear-day': 'sunny',
      'clear-night': 'clear',
      'partly-cloudy-day': 'partly cloudy',
      'partly-cloudy-night': 'partly cloudy',
      cloudy: 'overcast',
      fog: 'fog',
      wind: 'windy',
      rain: 'rain',
      sleet: 'sleet',
      snow: 'snow',
      hail: 'hail',
      thunderstorm: 'thunderstorm',
    },
  },
} satisfies Record<
  string,
  {
    intl: string;
    /** The decimal separator of `intl`'s numbers. */
    decimal: string;
    conditions: Record<WeatherCondition, string>;
    icons: Record<WeatherIcon, string>;
    [key: string]: unknown;
  }
>;

export type Locale = keyof typeof modelMessages;

/** "de" unless the BCP 47 tag is English ("en", "en-GB" …). Undefined and unknown tags give German. */
export function toLocale(lang: string | null | undefined): Locale {
  return lang?.trim().toLowerCase().startsWith('en') ? 'en' : 'de';
}

/** The parts of a DOM element that {@link langOf} reads (the model itself has no DOM). */
export interface LangSource {
  lang?: string;
  closest?(selector: string): { getAttribute(name: string): string | null } | null;
}

/**
 * The language of an element: its own `lang`, else the nearest ancestor's. On the server (Lit SSR) an element
 * has no ancestors, so it renders in its own `lang` or German.
 */
export function langOf(element: LangSource): string | undefined {
  if (element.lang) return element.lang;
  return typeof element.closest === 'function'
    ? (element.closest('[lang]')?.getAttribute('lang') ?? undefined)
    : undefined;
}
