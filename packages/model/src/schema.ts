import * as v from 'valibot';
import { checkDateTime, checkText, checkUrl } from './checks.js';
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

/** Length limits: generous for real content, small enough that a 1 MB string is refused. */
export const LIMITS = {
  name: 200,
  headline: 300,
  short: 500,
  paragraph: 10_000,
  url: 2_048,
  blocks: 500,
  items: 100,
  photos: 50,
  sources: 20,
} as const;

/** Text of at most `max` characters; `required` text must have a non-space character. */
function text(max: number, { required = true } = {}) {
  return v.pipe(
    v.string(),
    v.maxLength(max, (issue) => `too long: ${String(issue.received)} characters, at most ${max}`),
    v.check((value) => !required || value.trim().length > 0, 'must not be empty'),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const problem = checkText(dataset.value);
      if (problem) addIssue({ message: problem });
    }),
  );
}

const url = v.pipe(
  v.string(),
  v.maxLength(
    LIMITS.url,
    (issue) => `too long: ${String(issue.received)} characters, at most ${LIMITS.url}`,
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = checkUrl(dataset.value);
    if (problem) addIssue({ message: problem });
  }),
);

const dateTime = v.pipe(
  v.string(),
  v.maxLength(64, 'too long for a date-time'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = checkDateTime(dataset.value);
    if (problem) addIssue({ message: problem });
  }),
);

const finite = v.pipe(v.number(), v.finite('expected a finite number'));

function range(min: number, max: number, unit = '') {
  return v.pipe(
    finite,
    v.minValue(min, `out of range (${min}${unit} to ${max}${unit})`),
    v.maxValue(max, `out of range (${min}${unit} to ${max}${unit})`),
  );
}

function list<T extends v.GenericSchema>(item: T, max: number) {
  return v.pipe(
    v.array(item),
    v.maxLength(max, (issue) => `too many entries: ${String(issue.received)}, at most ${max}`),
  );
}

/** Absent or null both mean "not given"; the output is undefined. */
function maybe<T extends v.GenericSchema>(schema: T) {
  return v.pipe(
    v.nullish(schema),
    v.transform((value) => value ?? undefined),
  );
}

export const GeoCoordinatesSchema: v.GenericSchema<unknown, GeoCoordinates> = v.object({
  latitude: range(-90, 90, '°'),
  longitude: range(-180, 180, '°'),
});

export const PostalAddressSchema: v.GenericSchema<unknown, PostalAddress> = v.object({
  streetAddress: v.optional(text(LIMITS.name)),
  postalCode: v.optional(v.pipe(v.string(), v.regex(/^[0-9A-Z -]{3,10}$/, 'invalid postal code'))),
  addressLocality: text(LIMITS.name),
  addressCountry: v.optional(
    v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')),
  ),
});

export const PlaceSchema: v.GenericSchema<unknown, Place> = v.object({
  name: text(LIMITS.name),
  address: v.optional(PostalAddressSchema),
  geo: v.optional(GeoCoordinatesSchema),
  url: v.optional(url),
});

export const OrganisationSchema: v.GenericSchema<unknown, Organisation> = v.object({
  name: text(LIMITS.name),
  alternateName: v.optional(text(LIMITS.name)),
  url: v.optional(url),
  logo: v.optional(url),
  address: v.optional(PostalAddressSchema),
});

export const PersonSchema: v.GenericSchema<unknown, Person> = v.object({
  name: text(LIMITS.name),
  role: v.optional(text(LIMITS.name)),
  affiliation: v.optional(OrganisationSchema),
});

export const CreditSchema: v.GenericSchema<unknown, Credit> = v.object({
  holder: text(LIMITS.name),
  creator: v.optional(text(LIMITS.name)),
  licence: v.optional(v.object({ name: text(LIMITS.name), url: v.optional(url) })),
  sourceUrl: v.optional(url),
});

const dimension = v.pipe(
  v.number(),
  v.integer('expected a whole number of pixels'),
  v.minValue(1, 'must be at least 1'),
  v.maxValue(20_000, 'must be at most 20000'),
);

export const PhotoSourceSchema: v.GenericSchema<unknown, PhotoSource> = v.object({
  url,
  width: dimension,
  height: dimension,
  type: v.optional(
    v.pipe(v.string(), v.regex(/^image\/[a-z0-9.+-]+$/, 'expected an image MIME type')),
  ),
});

export const PhotoSchema: v.GenericSchema<unknown, Photo> = v.pipe(
  v.object({
    sources: v.pipe(list(PhotoSourceSchema, LIMITS.sources), v.minLength(1, 'at least one source')),
    alt: v.optional(text(LIMITS.short, { required: false })),
    decorative: v.optional(v.boolean()),
    caption: v.optional(text(LIMITS.paragraph)),
    credit: CreditSchema,
  }),
  v.forward(
    v.check(
      (photo) => photo.decorative === true || (photo.alt !== undefined && photo.alt.trim() !== ''),
      'required unless the photo is decorative',
    ),
    ['alt'],
  ),
);

const PersonOrName = v.union(
  [
    PersonSchema,
    v.pipe(
      text(LIMITS.name),
      v.transform((name) => ({ name })),
    ),
  ],
  'expected a person or a name',
);

export const BlockSchema: v.GenericSchema<unknown, Block> = v.variant(
  'type',
  [
    v.object({ type: v.literal('paragraph'), text: text(LIMITS.paragraph) }),
    v.object({
      type: v.literal('quote'),
      text: text(LIMITS.paragraph),
      speaker: v.optional(PersonOrName),
    }),
    v.object({
      type: v.literal('list'),
      ordered: v.optional(v.boolean(), false),
      items: v.pipe(
        list(text(LIMITS.paragraph), LIMITS.items),
        v.minLength(1, 'at least one item'),
      ),
    }),
    v.object({
      type: v.literal('heading'),
      level: v.picklist([2, 3], 'expected 2 or 3'),
      text: text(LIMITS.headline),
    }),
  ],
  (issue) =>
    `expected one of "paragraph", "quote", "list", "heading", received ${describe(issue.input)}`,
);

export const ContactSchema: v.GenericSchema<unknown, Contact> = v.object({
  name: v.optional(text(LIMITS.name)),
  organisation: v.optional(OrganisationSchema),
  email: v.optional(v.pipe(text(LIMITS.name), v.email('invalid e-mail address'))),
  telephone: v.optional(
    v.pipe(text(LIMITS.name), v.regex(/^\+?[0-9 ()/-]{3,30}$/, 'invalid telephone number')),
  ),
  url: v.optional(url),
});

export const NewsTeaserSchema: v.GenericSchema<unknown, NewsTeaser> = v.object({
  headline: text(LIMITS.headline),
  url,
  kicker: v.optional(text(LIMITS.name)),
  datePublished: v.optional(dateTime),
  excerpt: v.optional(text(LIMITS.paragraph)),
  photo: v.optional(PhotoSchema),
});

export const PressReleaseSchema: v.GenericSchema<unknown, PressRelease> = v.object({
  id: v.pipe(text(LIMITS.name), v.regex(/^[A-Za-z0-9._:-]+$/, 'letters, digits and . _ : - only')),
  slug: v.pipe(
    v.string(),
    v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens only'),
    v.maxLength(LIMITS.name, 'too long'),
  ),
  headline: text(LIMITS.headline),
  kicker: v.optional(text(LIMITS.name)),
  subline: v.optional(text(LIMITS.short)),
  dateline: v.object({ place: text(LIMITS.name) }),
  datePublished: dateTime,
  dateModified: v.optional(dateTime),
  lead: v.optional(text(LIMITS.paragraph)),
  body: list(BlockSchema, LIMITS.blocks),
  topics: v.optional(list(text(LIMITS.name), LIMITS.items), []),
  publisher: OrganisationSchema,
  department: v.optional(OrganisationSchema),
  contact: v.optional(ContactSchema),
  photos: v.optional(list(PhotoSchema, LIMITS.photos), []),
  people: v.optional(list(PersonSchema, LIMITS.items), []),
  organisations: v.optional(list(OrganisationSchema, LIMITS.items), []),
  places: v.optional(list(PlaceSchema, LIMITS.items), []),
  related: v.optional(list(NewsTeaserSchema, LIMITS.items), []),
  url: v.optional(url),
});

export const WeatherObservationSchema: v.GenericSchema<unknown, WeatherObservation> = v.object({
  temperature: maybe(range(-90, 60, ' °C')),
  condition: maybe(
    v.picklist(WEATHER_CONDITIONS, (issue) => `unknown condition ${describe(issue.input)}`),
  ),
  icon: maybe(v.picklist(WEATHER_ICONS, (issue) => `unknown icon ${describe(issue.input)}`)),
  observedAt: maybe(dateTime),
  station: maybe(
    v.object({
      name: text(LIMITS.name),
      id: maybe(v.pipe(v.string(), v.regex(/^[A-Za-z0-9]{1,10}$/, 'invalid station id'))),
      distance: maybe(v.pipe(finite, v.minValue(0, 'must not be negative'))),
    }),
  ),
  source: v.object({ name: text(LIMITS.name), url: v.optional(url) }),
});

/** A short, safe description of a received value for messages (never the whole value). */
export function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'string') {
    const shown = input.length > 40 ? `${input.slice(0, 40)}…` : input;
    return JSON.stringify(shown);
  }
  if (typeof input === 'number') return Number.isNaN(input) ? 'NaN' : String(input);
  return typeof input;
}
