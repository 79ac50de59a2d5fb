/**
 * The domain model of a municipal press release. Every type is plain JSON-compatible data: strings are
 * text (never HTML), URLs have been checked to be http(s) or relative, date-times are ISO 8601 strings
 * with an explicit offset ("2019-11-12T10:00:00+01:00").
 */

/** An http(s) or relative URL that passed {@link checkUrl}. */
export type SafeUrl = string;

/** An ISO 8601 date-time with a UTC offset or "Z", e.g. "2019-11-12T10:00:00+01:00". */
export type DateTimeString = string;

export interface GeoCoordinates {
  /** WGS 84 latitude in degrees, −90 to 90. */
  latitude: number;
  /** WGS 84 longitude in degrees, −180 to 180. */
  longitude: number;
}

export interface PostalAddress {
  streetAddress?: string;
  postalCode?: string;
  addressLocality: string;
  /** ISO 3166-1 alpha-2 country code, e.g. "DE". */
  addressCountry?: string;
}

export interface Place {
  name: string;
  address?: PostalAddress;
  geo?: GeoCoordinates;
  url?: SafeUrl;
}

export interface Organisation {
  name: string;
  /** A short form for lists and datelines, e.g. "DWD". */
  alternateName?: string;
  url?: SafeUrl;
  logo?: SafeUrl;
  address?: PostalAddress;
}

export interface Person {
  name: string;
  /** The person's role or office, e.g. "Bürgermeister". */
  role?: string;
  /** The organisation the person speaks for. */
  affiliation?: Organisation;
}

export interface Licence {
  /** The licence's name, e.g. "CC BY 4.0" or "Alle Rechte vorbehalten". */
  name: string;
  /** The licence text, e.g. https://creativecommons.org/licenses/by/4.0/ */
  url?: SafeUrl;
}

/**
 * Who may be named for a photo. German copyright law (§ 13 UrhG) gives photographers the right to be named,
 * so the credit is structured, not free text.
 */
export interface Credit {
  /** The copyright holder, e.g. "Stadt Offenbach". */
  holder: string;
  /** The photographer or agency, e.g. "georg-foto.de". */
  creator?: string;
  licence?: Licence;
  /** Where the photo comes from or can be licensed. */
  sourceUrl?: SafeUrl;
}

export interface PhotoSource {
  url: SafeUrl;
  /** Intrinsic width in CSS pixels. */
  width: number;
  /** Intrinsic height in CSS pixels. */
  height: number;
  /** MIME type, e.g. "image/webp". */
  type?: string;
}

export interface Photo {
  /** One or more renditions of the same image, for srcset. */
  sources: PhotoSource[];
  /** The text equivalent. Required unless `decorative` is true. */
  alt?: string;
  /** True when the photo adds nothing a text equivalent could say. */
  decorative?: boolean;
  caption?: string;
  credit: Credit;
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
}

export interface QuoteBlock {
  type: 'quote';
  text: string;
  speaker?: Person;
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: string[];
}

export interface HeadingBlock {
  type: 'heading';
  /** Level within the article: 2 or 3 (the headline is level 1). */
  level: 2 | 3;
  text: string;
}

/** A piece of a release's body. */
export type Block = ParagraphBlock | QuoteBlock | ListBlock | HeadingBlock;

export interface Contact {
  name?: string;
  organisation?: Organisation;
  email?: string;
  telephone?: string;
  url?: SafeUrl;
}

export interface Dateline {
  /** Where the release was issued, e.g. "Offenbach am Main". */
  place: string;
}

/** A projection of a release (or any news item) for teaser lists. */
export interface NewsTeaser {
  headline: string;
  url: SafeUrl;
  kicker?: string;
  datePublished?: DateTimeString;
  excerpt?: string;
  photo?: Photo;
}

export interface PressRelease {
  id: string;
  /** URL path segment, lower-case letters, digits and hyphens. */
  slug: string;
  headline: string;
  kicker?: string;
  subline?: string;
  dateline: Dateline;
  datePublished: DateTimeString;
  dateModified?: DateTimeString;
  /** The first paragraph, shown emphasised and used as the description. */
  lead?: string;
  body: Block[];
  topics: string[];
  /** The issuing organisation, e.g. the city. */
  publisher: Organisation;
  /** The department that issued it, e.g. "Ausländeramt". */
  department?: Organisation;
  contact?: Contact;
  photos: Photo[];
  /** People named in the release. */
  people: Person[];
  /** Organisations named in the release. */
  organisations: Organisation[];
  /** Places named in the release, e.g. the venue. */
  places: Place[];
  related: NewsTeaser[];
  /** The canonical URL of the release. */
  url?: SafeUrl;
}

/** Bright Sky's (and so the DWD's) vocabulary for the current condition. */
export const WEATHER_CONDITIONS = [
  'dry',
  'fog',
  'rain',
  'sleet',
  'snow',
  'hail',
  'thunderstorm',
] as const;
export type WeatherCondition = (typeof WEATHER_CONDITIONS)[number];

/** Bright Sky's icon vocabulary. */
export const WEATHER_ICONS = [
  'clear-day',
  'clear-night',
  'partly-cloudy-day',
  'partly-cloudy-night',
  'cloudy',
  'fog',
  'wind',
  'rain',
  'sleet',
  'snow',
  'hail',
  'thunderstorm',
] as const;
export type WeatherIcon = (typeof WEATHER_ICONS)[number];

export interface WeatherStation {
  name: string;
  /** DWD station id, e.g. "07341". */
  id?: string;
  /** Distance from the requested location in metres. */
  distance?: number;
}

export interface WeatherObservation {
  /** Air temperature in °C; missing when the station did not measure it. */
  temperature?: number;
  condition?: WeatherCondition;
  icon?: WeatherIcon;
  /** When the values were measured. */
  observedAt?: DateTimeString;
  station?: WeatherStation;
  /** Attribution the data's terms require, e.g. "Deutscher Wetterdienst". */
  source: { name: string; url?: SafeUrl };
}
