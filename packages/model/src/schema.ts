import { checkDateTime, checkText, checkUrl, LIMITS } from './checks.js';
import {
  WEATHER_CONDITIONS,
  WEATHER_ICONS,
  type Block,
  type Contact,
  type Credit,
  type GeoCoordinates,
  type NewsTeaser,
  type Organisation,
  type Person,
  type Photo,
  type PhotoSource,
  type Place,
  type PostalAddress,
  type PressRelease,
  type WeatherObservation,
} from './types.js';
import {
  array,
  boolean,
  maybe,
  number,
  object,
  optional,
  picklist,
  refine,
  string,
  transform,
  union,
  variant,
  type Rule,
  type Schema,
} from './validate.js';

// Every schema below is built by side-effect-free factories: a bundle that parses only a weather observation
// carries only that schema. `/* @__PURE__ */` marks the top-level calls for bundlers.

/* @__NO_SIDE_EFFECTS__ */
function maxLength(max: number): Rule<string> {
  return (value) =>
    value.length > max ? `too long: ${value.length} characters, at most ${max}` : undefined;
}

/* @__NO_SIDE_EFFECTS__ */
function matches(pattern: RegExp, message: string): Rule<string> {
  return (value) => (pattern.test(value) ? undefined : message);
}

const notEmpty: Rule<string> = (value) => (value.trim() ? undefined : 'must not be empty');

/** Text of at most `max` characters; `required` text must have a non-space character. */
/* @__NO_SIDE_EFFECTS__ */
function text(max: number, required = true): Schema<string> {
  return required ? string(maxLength(max), notEmpty, checkText) : string(maxLength(max), checkText);
}

const url = /* @__PURE__ */ string(checkUrl);

const dateTime = /* @__PURE__ */ string(
  (value) => (value.length > 64 ? 'too long for a date-time' : undefined),
  checkDateTime,
);

/* @__NO_SIDE_EFFECTS__ */
function range(min: number, max: number, unit = ''): Schema<number> {
  return number((value) =>
    value < min || value > max ? `out of range (${min}${unit} to ${max}${unit})` : undefined,
  );
}

export const GeoCoordinatesSchema: Schema<GeoCoordinates> = /* @__PURE__ */ object<GeoCoordinates>({
  latitude: range(-90, 90, '°'),
  longitude: range(-180, 180, '°'),
});

export const PostalAddressSchema: Schema<PostalAddress> = /* @__PURE__ */ object<PostalAddress>({
  streetAddress: optional(text(LIMITS.name)),
  postalCode: optional(string(matches(/^[0-9A-Z -]{3,10}$/, 'invalid postal code'))),
  addressLocality: text(LIMITS.name),
  addressCountry: optional(string(matches(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'))),
});

export const PlaceSchema: Schema<Place> = /* @__PURE__ */ object<Place>({
  name: text(LIMITS.name),
  address: optional(PostalAddressSchema),
  geo: optional(GeoCoordinatesSchema),
  url: optional(url),
});

export const OrganisationSchema: Schema<Organisation> = /* @__PURE__ */ object<Organisation>({
  name: text(LIMITS.name),
  alternateName: optional(text(LIMITS.name)),
  url: optional(url),
  logo: optional(url),
  address: optional(PostalAddressSchema),
});

export const PersonSchema: Schema<Person> = /* @__PURE__ */ object<Person>({
  name: text(LIMITS.name),
  role: optional(text(LIMITS.name)),
  affiliation: optional(OrganisationSchema),
});

export const CreditSchema: Schema<Credit> = /* @__PURE__ */ object<Credit>({
  holder: text(LIMITS.name),
  creator: optional(text(LIMITS.name)),
  licence: optional(object({ name: text(LIMITS.name), url: optional(url) })),
  sourceUrl: optional(url),
});

const dimension = /* @__PURE__ */ number(
  (value) => (Number.isInteger(value) ? undefined : 'expected a whole number of pixels'),
  (value) => (value < 1 ? 'must be at least 1' : undefined),
  (value) => (value > 20_000 ? 'must be at most 20000' : undefined),
);

export const PhotoSourceSchema: Schema<PhotoSource> = /* @__PURE__ */ object<PhotoSource>({
  url,
  width: dimension,
  height: dimension,
  type: optional(string(matches(/^image\/[a-z0-9.+-]+$/, 'expected an image MIME type'))),
});

export const PhotoSchema: Schema<Photo> = /* @__PURE__ */ refine(
  object({
    sources: array(PhotoSourceSchema, LIMITS.sources, [1, 'at least one source']),
    alt: optional(text(LIMITS.short, false)),
    decorative: optional(boolean()),
    caption: optional(text(LIMITS.paragraph)),
    credit: CreditSchema,
  }),
  'alt',
  (photo) =>
    photo.decorative === true || photo.alt?.trim()
      ? undefined
      : 'required unless the photo is decorative',
);

const PersonOrName = /* @__PURE__ */ union<Person>(
  [PersonSchema, transform(text(LIMITS.name), (name) => ({ name }))],
  'expected a person or a name',
);

/* @__NO_SIDE_EFFECTS__ */
const literal = <const T extends string>(value: T): Schema<T> =>
  picklist([value], (received) => `expected "${value}", received ${received}`);

export const BlockSchema: Schema<Block> = /* @__PURE__ */ variant<Block>(
  'type',
  {
    paragraph: object({ type: literal('paragraph'), text: text(LIMITS.paragraph) }),
    quote: object({
      type: literal('quote'),
      text: text(LIMITS.paragraph),
      speaker: optional(PersonOrName),
    }),
    list: object({
      type: literal('list'),
      ordered: optional(boolean(), () => false),
      items: array(text(LIMITS.paragraph), LIMITS.items, [1, 'at least one item']),
    }),
    heading: object({
      type: literal('heading'),
      level: picklist([2, 3], () => 'expected 2 or 3'),
      text: text(LIMITS.headline),
    }),
  },
  (received) => `expected one of "paragraph", "quote", "list", "heading", received ${received}`,
);

// The pattern valibot's `email` action used (and the model's README documents).
const EMAIL = /^[\w+-]+(?:\.[\w+-]+)*@[\da-z]+(?:[.-][\da-z]+)*\.[a-z]{2,}$/iu;

export const ContactSchema: Schema<Contact> = /* @__PURE__ */ object<Contact>({
  name: optional(text(LIMITS.name)),
  organisation: optional(OrganisationSchema),
  email: optional(
    string(maxLength(LIMITS.name), notEmpty, checkText, matches(EMAIL, 'invalid e-mail address')),
  ),
  telephone: optional(
    string(
      maxLength(LIMITS.name),
      notEmpty,
      checkText,
      matches(/^\+?[0-9 ()/-]{3,30}$/, 'invalid telephone number'),
    ),
  ),
  url: optional(url),
});

export const NewsTeaserSchema: Schema<NewsTeaser> = /* @__PURE__ */ object<NewsTeaser>({
  headline: text(LIMITS.headline),
  url,
  kicker: optional(text(LIMITS.name)),
  datePublished: optional(dateTime),
  excerpt: optional(text(LIMITS.paragraph)),
  photo: optional(PhotoSchema),
});

const none = <T>(): T[] => [];

export const PressReleaseSchema: Schema<PressRelease> = /* @__PURE__ */ object<PressRelease>({
  id: string(
    maxLength(LIMITS.name),
    notEmpty,
    checkText,
    matches(/^[A-Za-z0-9._:-]+$/, 'letters, digits and . _ : - only'),
  ),
  slug: string(
    matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens only'),
    (value) => (value.length > LIMITS.name ? 'too long' : undefined),
  ),
  headline: text(LIMITS.headline),
  kicker: optional(text(LIMITS.name)),
  subline: optional(text(LIMITS.short)),
  dateline: object({ place: text(LIMITS.name) }),
  datePublished: dateTime,
  dateModified: optional(dateTime),
  lead: optional(text(LIMITS.paragraph)),
  body: array(BlockSchema, LIMITS.blocks),
  topics: optional(array(text(LIMITS.name), LIMITS.items), none),
  publisher: OrganisationSchema,
  department: optional(OrganisationSchema),
  contact: optional(ContactSchema),
  photos: optional(array(PhotoSchema, LIMITS.photos), none),
  people: optional(array(PersonSchema, LIMITS.items), none),
  organisations: optional(array(OrganisationSchema, LIMITS.items), none),
  places: optional(array(PlaceSchema, LIMITS.items), none),
  related: optional(array(NewsTeaserSchema, LIMITS.items), none),
  url: optional(url),
});

export const WeatherObservationSchema: Schema<WeatherObservation> =
  /* @__PURE__ */ object<WeatherObservation>({
    temperature: maybe(range(-90, 60, ' °C')),
    condition: maybe(picklist(WEATHER_CONDITIONS, (received) => `unknown condition ${received}`)),
    icon: maybe(picklist(WEATHER_ICONS, (received) => `unknown icon ${received}`)),
    observedAt: maybe(dateTime),
    station: maybe(
      object({
        name: text(LIMITS.name),
        id: maybe(string(matches(/^[A-Za-z0-9]{1,10}$/, 'invalid station id'))),
        distance: maybe(number((value) => (value < 0 ? 'must not be negative' : undefined))),
      }),
    ),
    source: object({ name: text(LIMITS.name), url: optional(url) }),
  });
