import { describe, expect, it } from 'vitest';
import { gruppenbild, offenbachPressRelease } from '../src/fixtures/index.js';
import {
  formatCondition,
  formatCredit,
  formatDate,
  formatDateline,
  formatTemperature,
  formatTime,
  machineDateTime,
  modelMessages,
  speakCredit,
  speakTemperature,
  toLocale,
} from '../src/index.js';

const NBSP = '\u00a0';

describe('formatDate', () => {
  it.each([
    ['2019-11-12T00:00:00+01:00', 'de', 'long', '12. November 2019'],
    ['2019-11-12T00:00:00+01:00', 'de', 'short', '12.11.2019'],
    ['2019-11-12T00:00:00+01:00', 'en', 'long', '12 November 2019'],
    ['2019-11-12T00:00:00+01:00', 'en', 'short', '12/11/2019'],
    // 23:30 UTC on the 11th is already the 12th in Berlin
    ['2019-11-11T23:30:00Z', 'de', 'long', '12. November 2019'],
    // in summer (CEST, UTC+2) 22:30 UTC is the next day in Berlin
    ['2019-07-01T22:30:00Z', 'de', 'long', '2. Juli 2019'],
    ['2019-07-01T21:30:00Z', 'de', 'long', '1. Juli 2019'],
    ['2019-03-01T00:00:00+01:00', 'de', 'long', '1. März 2019'],
  ] as const)('%s (%s, %s) → %s', (iso, locale, style, expected) => {
    expect(formatDate(iso, { locale, style })).toBe(expected);
  });

  it.each([['gestern'], ['2019-02-30T10:00:00+01:00'], ['']])(
    'returns undefined for %j',
    (value) => {
      expect(formatDate(value)).toBeUndefined();
    },
  );

  it('accepts Date objects and rejects invalid ones', () => {
    expect(formatDate(new Date('2019-11-12T10:00:00Z'))).toBe('12. November 2019');
    expect(formatDate(new Date(Number.NaN))).toBeUndefined();
  });
});

describe('formatTime across the DST boundaries (Europe/Berlin)', () => {
  it.each([
    // spring forward, 31 March 2019: 02:00 CET becomes 03:00 CEST
    ['2019-03-31T00:59:00Z', 'de', `01:59${NBSP}Uhr`],
    ['2019-03-31T01:00:00Z', 'de', `03:00${NBSP}Uhr`],
    // fall back, 27 October 2019: 03:00 CEST becomes 02:00 CET, so 02:30 happens twice
    ['2019-10-27T00:30:00Z', 'de', `02:30${NBSP}Uhr`],
    ['2019-10-27T01:30:00Z', 'de', `02:30${NBSP}Uhr`],
    ['2019-10-27T02:00:00Z', 'de', `03:00${NBSP}Uhr`],
    ['2019-11-12T14:00:00+01:00', 'de', `14:00${NBSP}Uhr`],
    ['2019-11-12T14:00:00+01:00', 'en', '14:00'],
    ['2019-07-01T12:00:00Z', 'de', `14:00${NBSP}Uhr`],
  ] as const)('%s (%s) → %s', (iso, locale, expected) => {
    expect(formatTime(iso, { locale })).toBe(expected);
  });

  it('returns undefined for an invalid value', () => {
    expect(formatTime('14 Uhr')).toBeUndefined();
  });
});

describe('formatDateline', () => {
  it('writes the seed dateline', () => {
    expect(formatDateline(offenbachPressRelease)).toBe('Offenbach am Main, 12. November 2019');
    expect(formatDateline(offenbachPressRelease, { locale: 'en' })).toBe(
      'Offenbach am Main, 12 November 2019',
    );
  });

  it('keeps the place when the date is invalid', () => {
    expect(
      formatDateline({ dateline: { place: 'Offenbach am Main' }, datePublished: 'bald' }),
    ).toBe('Offenbach am Main');
  });
});

describe('formatTemperature and speakTemperature', () => {
  it.each([
    [7, 'de', `7${NBSP}°C`, '7 Grad Celsius'],
    [-3, 'de', `\u22123${NBSP}°C`, 'minus 3 Grad Celsius'],
    [-3.4, 'de', `\u22123${NBSP}°C`, 'minus 3 Grad Celsius'],
    [-0.4, 'de', `0${NBSP}°C`, '0 Grad Celsius'],
    [0, 'de', `0${NBSP}°C`, '0 Grad Celsius'],
    [6.5, 'de', `7${NBSP}°C`, '7 Grad Celsius'],
    [-12.6, 'de', `\u221213${NBSP}°C`, 'minus 13 Grad Celsius'],
    [1, 'en', `1${NBSP}°C`, '1 degree Celsius'],
    [-1, 'en', `\u22121${NBSP}°C`, 'minus 1 degree Celsius'],
    [7, 'en', `7${NBSP}°C`, '7 degrees Celsius'],
    [38.2, 'de', `38${NBSP}°C`, '38 Grad Celsius'],
    // Halves round away from zero on both sides of it, and never to "−0".
    [2.5, 'de', `3${NBSP}°C`, '3 Grad Celsius'],
    [-2.5, 'de', `\u22123${NBSP}°C`, 'minus 3 Grad Celsius'],
    [-0.5, 'de', `\u22121${NBSP}°C`, 'minus 1 Grad Celsius'],
    [0.5, 'de', `1${NBSP}°C`, '1 Grad Celsius'],
    [-0.49, 'de', `0${NBSP}°C`, '0 Grad Celsius'],
    [-0, 'de', `0${NBSP}°C`, '0 Grad Celsius'],
  ] as const)('%s (%s) → %s / %s', (value, locale, shown, spoken) => {
    expect(formatTemperature(value, { locale })).toBe(shown);
    expect(speakTemperature(value, { locale })).toBe(spoken);
  });

  it('uses the locale decimal separator with fraction digits', () => {
    expect(formatTemperature(-3.44, { fractionDigits: 1 })).toBe(`\u22123,4${NBSP}°C`);
    expect(formatTemperature(-3.44, { fractionDigits: 1, locale: 'en' })).toBe(
      `\u22123.4${NBSP}°C`,
    );
    expect(speakTemperature(7.25, { fractionDigits: 1 })).toBe('7,3 Grad Celsius');
    expect(formatTemperature(-7.25, { fractionDigits: 1 })).toBe(`\u22127,3${NBSP}°C`);
    expect(formatTemperature(-0.04, { fractionDigits: 1 })).toBe(`0,0${NBSP}°C`);
  });

  it('writes the same digits as Intl.NumberFormat, value by value, in both locales', () => {
    const values = [
      0, 0.04, 0.05, 0.5, 1, 1.25, 2.675, 7.25, 9.95, 9.999, 10, 38.2, 99.5, 1234.5, 12345.678,
    ];
    for (let i = 0; i <= 2000; i += 1) values.push(i / 37);
    for (const locale of ['de', 'en'] as const) {
      const intl = modelMessages[locale].intl;
      for (const fractionDigits of [0, 1, 2]) {
        const shown = new Intl.NumberFormat(intl, {
          minimumFractionDigits: fractionDigits,
          maximumFractionDigits: fractionDigits,
          useGrouping: false,
        });
        const spoken = new Intl.NumberFormat(intl, {
          maximumFractionDigits: fractionDigits,
          useGrouping: false,
        });
        for (const value of values) {
          // The model rounds first (half away from zero); the digits must then match Intl's.
          const factor = 10 ** fractionDigits;
          const rounded = Math.round(value * factor) / factor;
          expect(formatTemperature(value, { locale, fractionDigits })).toBe(
            `${shown.format(rounded)}${NBSP}°C`,
          );
          expect(speakTemperature(value, { locale, fractionDigits })).toBe(
            modelMessages[locale].degreesCelsius(spoken.format(rounded)),
          );
        }
      }
    }
  });

  it('refuses fraction digits outside 0–100 with a RangeError, as Intl does', () => {
    for (const fractionDigits of [-1, 101]) {
      expect(() => formatTemperature(7, { fractionDigits })).toThrow(RangeError);
      expect(
        () => new Intl.NumberFormat('de-DE', { maximumFractionDigits: fractionDigits }),
      ).toThrow(RangeError);
    }
    for (const fractionDigits of [1.5, Number.NaN]) {
      expect(formatTemperature(7, { fractionDigits })).toBeUndefined();
      expect(speakTemperature(7, { fractionDigits })).toBeUndefined();
    }
  });

  it.each([[undefined], [null], [Number.NaN], [Infinity], [-Infinity], ['7' as unknown as number]])(
    'never gives a unit without a number for %j',
    (value) => {
      expect(formatTemperature(value)).toBeUndefined();
      expect(speakTemperature(value)).toBeUndefined();
    },
  );
});

describe('formatCondition', () => {
  it.each([
    [{ icon: 'cloudy' as const, condition: 'dry' as const }, 'de', 'bedeckt'],
    [{ icon: 'cloudy' as const }, 'en', 'overcast'],
    [{ condition: 'rain' as const }, 'de', 'Regen'],
    [{ icon: 'partly-cloudy-night' as const }, 'de', 'teilweise bewölkt'],
    [{}, 'de', undefined],
  ])('%j (%s) → %s', (observation, locale, expected) => {
    expect(formatCondition(observation, { locale })).toBe(expected);
  });
});

describe('credit lines', () => {
  it.each([
    [
      { holder: 'Stadt Offenbach', creator: 'georg-foto.de' },
      `©${NBSP}Stadt Offenbach/georg-foto.de`,
      'Foto: georg-foto.de, Copyright Stadt Offenbach',
    ],
    [{ holder: 'Stadt Offenbach' }, `©${NBSP}Stadt Offenbach`, 'Copyright Stadt Offenbach'],
    [
      { holder: 'Stadt Offenbach', creator: 'Stadt Offenbach' },
      `©${NBSP}Stadt Offenbach`,
      'Copyright Stadt Offenbach',
    ],
    [
      {
        holder: 'Max Muster',
        licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      },
      `©${NBSP}Max Muster, CC BY 4.0`,
      'Copyright Max Muster, Lizenz: CC BY 4.0',
    ],
  ])('%j', (credit, shown, spoken) => {
    expect(formatCredit(credit)).toBe(shown);
    expect(speakCredit(credit)).toBe(spoken);
  });

  it('speaks the seed credit in English', () => {
    expect(speakCredit(gruppenbild.credit, { locale: 'en' })).toBe(
      'Photo: georg-foto.de, Copyright Stadt Offenbach',
    );
  });
});

describe('helpers', () => {
  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['en', 'en'],
    ['EN-gb', 'en'],
    ['fr', 'de'],
    [undefined, 'de'],
    ['', 'de'],
  ] as const)('toLocale(%j) → %s', (input, expected) => {
    expect(toLocale(input)).toBe(expected);
  });

  it('machineDateTime passes valid values and drops invalid ones', () => {
    expect(machineDateTime('2019-11-12T00:00:00+01:00')).toBe('2019-11-12T00:00:00+01:00');
    expect(machineDateTime('12.11.2019')).toBeUndefined();
  });
});
