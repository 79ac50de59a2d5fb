import { checkDateTime } from './checks.js';
import { modelMessages, toLocale, type Locale } from './messages.js';
import type { Credit, PressRelease, WeatherObservation } from './types.js';

/** Berlin time: German city sites show local time, whatever the server's or reader's zone. */
export const TIME_ZONE = 'Europe/Berlin';

/** U+2212 MINUS SIGN: a real minus, read as "minus" and never broken from its number. */
export const MINUS = '\u2212';
const NBSP = '\u00a0';

type LocaleInput = Locale | string | null | undefined;

/** The date and time formats the model uses, each made once per locale (a format's key is its name). */
const FORMATS = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: '2-digit', month: '2-digit', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, format: keyof typeof FORMATS): Intl.DateTimeFormat {
  // The key names the format (a key made with JSON.stringify of the options showed in the teaser profile).
  const key = `${locale}:${format}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(modelMessages[locale].intl, {
      timeZone: TIME_ZONE,
      ...FORMATS[format],
    });
    formatters.set(key, cached);
  }
  return cached;
}

function toDate(value: string | Date): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' || checkDateTime(value) !== undefined) return undefined;
  return new Date(value);
}

/**
 * A date in Berlin time. `long`: "12. November 2019" (de) / "12 November 2019" (en);
 * `short`: "12.11.2019" / "12/11/2019". Returns undefined for an invalid date, never "Invalid Date".
 */
export function formatDate(
  value: string | Date,
  { locale, style = 'long' }: { locale?: LocaleInput; style?: 'long' | 'short' } = {},
): string | undefined {
  const date = toDate(value);
  if (!date) return undefined;
  return formatter(toLocale(locale), style === 'long' ? 'long' : 'short').format(date);
}

/** A time of day in Berlin time: "14:00 Uhr" (de) / "14:00" (en). Undefined for an invalid date. */
export function formatTime(
  value: string | Date,
  { locale }: { locale?: LocaleInput } = {},
): string | undefined {
  const date = toDate(value);
  if (!date) return undefined;
  const l = toLocale(locale);
  const time = formatter(l, 'time').format(date);
  const suffix = modelMessages[l].oClock;
  return suffix ? `${time}${NBSP}${suffix}` : time;
}

/** The value for `<time datetime>`: the ISO string as given, or undefined when invalid. */
export function machineDateTime(value: string): string | undefined {
  return checkDateTime(value) === undefined ? value : undefined;
}

/** The dateline: "Offenbach am Main, 12. November 2019". */
export function formatDateline(
  release: Pick<PressRelease, 'dateline' | 'datePublished'>,
  { locale }: { locale?: LocaleInput } = {},
): string {
  const date = formatDate(release.datePublished, { locale });
  return date ? `${release.dateline.place}, ${date}` : release.dateline.place;
}

function roundedTemperature(value: unknown, fractionDigits: number): number | undefined {
  // A fraction-digit count that is no whole number is no format: nothing, never "NaN °C".
  if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isInteger(fractionDigits))
    return undefined;
  const factor = 10 ** fractionDigits;
  // Half away from zero on both sides (2.5 → 3, −2.5 → −3): Math.round alone rounds −2.5 up to −2.
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/**
 * A temperature's digits without grouping, in the locale's decimal notation ("3,4" / "3.4"); `trim` drops
 * trailing fraction zeros ("7,0" → "7"). The same text as `Intl.NumberFormat` for our locales (tested value by
 * value), without it: a page's first NumberFormat costs milliseconds of ICU setup, and the weather is on every
 * page (bench/REPORT.md, page job).
 */
function digits(abs: number, fractionDigits: number, locale: Locale, trim: boolean): string {
  // toFixed refuses fraction digits outside 0–100 with a RangeError, as Intl does.
  let text = abs.toFixed(fractionDigits);
  if (trim && text.includes('.')) text = text.replace(/\.?0+$/, '');
  return text.replace('.', modelMessages[locale].decimal);
}

/**
 * A temperature as shown: "7 °C", "−3 °C" (real minus), "0 °C" (never "−0"). Returns undefined when the
 * value is missing or not a finite number, so a caller can never print a unit without a number.
 */
export function formatTemperature(
  value: number | null | undefined,
  { locale, fractionDigits = 0 }: { locale?: LocaleInput; fractionDigits?: number } = {},
): string | undefined {
  const rounded = roundedTemperature(value, fractionDigits);
  if (rounded === undefined) return undefined;
  const number = digits(Math.abs(rounded), fractionDigits, toLocale(locale), false);
  return `${rounded < 0 ? MINUS : ''}${number}${NBSP}°C`;
}

/** The spoken variant for screen readers: "7 Grad Celsius", "minus 3 Grad Celsius". Undefined when missing. */
export function speakTemperature(
  value: number | null | undefined,
  { locale, fractionDigits = 0 }: { locale?: LocaleInput; fractionDigits?: number } = {},
): string | undefined {
  const rounded = roundedTemperature(value, fractionDigits);
  if (rounded === undefined) return undefined;
  const l = toLocale(locale);
  const t = modelMessages[l];
  const number = digits(Math.abs(rounded), fractionDigits, l, true);
  const words = t.degreesCelsius(number);
  return rounded < 0 ? `${t.minus} ${words}` : words;
}

/** The condition in words ("bedeckt", "Regen"), preferring the icon, which also covers cloud cover. */
export function formatCondition(
  observation: Pick<WeatherObservation, 'condition' | 'icon'>,
  { locale }: { locale?: LocaleInput } = {},
): string | undefined {
  const t = modelMessages[toLocale(locale)];
  if (observation.icon && observation.icon in t.icons) return t.icons[observation.icon];
  if (observation.condition && observation.condition in t.conditions)
    return t.conditions[observation.condition];
  return undefined;
}

/** Holder and creator as a credit names them: "Stadt Offenbach/georg-foto.de". */
function creditNames(credit: Credit): string {
  return credit.creator && credit.creator !== credit.holder
    ? `${credit.holder}/${credit.creator}`
    : credit.holder;
}

/** The credit line as printed under a photo: "© Stadt Offenbach/georg-foto.de" (+ ", CC BY 4.0"). */
export function formatCredit(credit: Credit): string {
  const licence = credit.licence ? `, ${credit.licence.name}` : '';
  return `©${NBSP}${creditNames(credit)}${licence}`;
}

/**
 * The credit as a screen reader should say it, without the "©" sign some readers skip:
 * "Foto: georg-foto.de, Copyright Stadt Offenbach" / "Photo: …".
 */
export function speakCredit(credit: Credit, { locale }: { locale?: LocaleInput } = {}): string {
  const t = modelMessages[toLocale(locale)];
  const parts: string[] = [];
  if (credit.creator && credit.creator !== credit.holder)
    parts.push(`${t.photo}: ${credit.creator}`);
  parts.push(`${t.copyright} ${credit.holder}`);
  if (credit.licence) parts.push(`${t.licence}: ${credit.licence.name}`);
  return parts.join(', ');
}
