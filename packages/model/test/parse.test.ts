import { describe, expect, it } from 'vitest';
import readme from '../README.md?raw';
import { expectReadmeClaims } from './readme-claims.js';
import {
  allReleases,
  frostyWeather,
  gruppenbild,
  moreReleases,
  offenbachPressRelease,
  offenbachWeather,
  relatedTeasers,
  weatherWithoutTemperature,
} from '../src/fixtures/index.js';
import {
  assertPressRelease,
  checkDateTime,
  checkText,
  checkUrl,
  isRecord,
  isSafeUrl,
  readClock,
  LIMITS,
  formatIssues,
  formatPath,
  ModelValidationError,
  parseCredit,
  parseNewsTeaser,
  parsePhoto,
  parsePressRelease,
  parseWeatherObservation,
  type ParseIssue,
  type PressRelease,
} from '../src/index.js';

/** A deep copy of the seed release as untrusted JSON, changed by `edit`. */
// Untrusted JSON is edited freely here, the way a CMS or an attacker could shape it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

function release(edit: (json: Json) => void = () => {}): unknown {
  const json = JSON.parse(JSON.stringify(offenbachPressRelease)) as Json;
  edit(json);
  return json;
}

function issuesOf(input: unknown): ParseIssue[] {
  const result = parsePressRelease(input);
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.issues;
}

const MB = 'x'.repeat(1024 * 1024);

describe('fixtures', () => {
  it.each([offenbachPressRelease, ...moreReleases].map((r) => [r.id, r] as const))(
    '%s parses to an equal value',
    (_id, fixture) => {
      const result = parsePressRelease(JSON.parse(JSON.stringify(fixture)));
      expect(result).toEqual({ ok: true, value: fixture });
    },
  );

  it.each([
    ['offenbachWeather', offenbachWeather],
    ['frostyWeather', frostyWeather],
    ['weatherWithoutTemperature', weatherWithoutTemperature],
  ])('weather fixture %s parses', (_name, observation) => {
    expect(parseWeatherObservation(observation)).toEqual({ ok: true, value: observation });
  });

  it('keeps the seed text word for word, with the quote as a quote by Clemens Mickler', () => {
    expect(offenbachPressRelease.lead).toMatch(/^Expertinnen und Experten der großen deutschen/);
    expect(offenbachPressRelease.lead).toMatch(
      /in den Räumen des Deutschen Wetterdienstes \(DWD\)\.$/,
    );
    const quote = offenbachPressRelease.body.find((block) => block.type === 'quote');
    expect(quote).toMatchObject({ speaker: { name: 'Clemens Mickler' } });
    expect(quote?.text).toMatch(/^Die intensive Beratung .* zu setzen sind\.$/);
    expect(gruppenbild.credit).toEqual({ holder: 'Stadt Offenbach', creator: 'georg-foto.de' });
    expect(offenbachPressRelease.people.map((p) => p.name)).toEqual([
      'Clemens Mickler',
      'Leander Jamin',
      'Peter Freier',
    ]);
    expect(offenbachPressRelease.places[0]?.name).toMatch(/Deutscher Wetterdienst/);
  });

  it('lists every release newest first, with teasers for the related ones', () => {
    expect(allReleases.map((r) => r.datePublished)).toEqual(
      [...allReleases.map((r) => r.datePublished)].sort().reverse(),
    );
    expect(relatedTeasers.map((t) => t.url)).toEqual(moreReleases.map((r) => r.url));
    expect(relatedTeasers.every((t) => parseNewsTeaser(t).ok)).toBe(true);
  });
});

describe('parsePressRelease', () => {
  it('keeps hostile-looking text as text, unchanged', () => {
    const headline = '<script>alert(1)</script> & <img src=x onerror=alert(2)> "quoted" \u202Eevil';
    const result = parsePressRelease(release((r) => (r.headline = headline)));
    expect(result.ok && result.value.headline).toBe(headline);
  });

  it('accepts http, https and relative URLs', () => {
    for (const url of [
      'https://www.offenbach.de/x',
      'http://example.org',
      '/presse/a',
      'a/b?c=d#e',
      '#top',
      '?q=1',
    ]) {
      expect(parseNewsTeaser({ headline: 'H', url }).ok, url).toBe(true);
    }
  });

  it('reports every problem at once', () => {
    const issues = issuesOf(
      release((r) => {
        delete r.headline;
        r.photos[0].credit.holder = '';
        r.body[0].text = 42;
      }),
    );
    expect(issues).toEqual([
      { path: 'headline', message: 'required' },
      { path: 'body[0].text', message: 'expected text, received 42' },
      { path: 'photos[0].credit.holder', message: 'must not be empty' },
    ]);
    expect(formatIssues(issues)).toBe(
      'headline: required\nbody[0].text: expected text, received 42\nphotos[0].credit.holder: must not be empty',
    );
    expect(formatIssues(issues.slice(0, 2), '; ')).toBe(
      'headline: required; body[0].text: expected text, received 42',
    );
  });

  it('assertPressRelease throws a ModelValidationError listing the issues', () => {
    expect(() => assertPressRelease(release((r) => delete r.slug))).toThrow(ModelValidationError);
    expect(() => assertPressRelease(release((r) => delete r.slug))).toThrow(/slug: required/);
    expect(assertPressRelease(release()).id).toBe(offenbachPressRelease.id);
  });

  it('fills documented defaults for omitted lists', () => {
    const result = parsePressRelease(
      release((r) => {
        delete r.topics;
        delete r.photos;
        delete r.people;
        delete r.organisations;
        delete r.places;
        delete r.related;
      }),
    );
    expect(result.ok).toBe(true);
    const value = (result as { value: PressRelease }).value;
    expect([
      value.topics,
      value.photos,
      value.people,
      value.organisations,
      value.places,
      value.related,
    ]).toEqual([[], [], [], [], [], []]);
  });

  it('turns a quote speaker given as a plain name into a person', () => {
    const result = parsePressRelease(release((r) => (r.body[2].speaker = 'Clemens Mickler')));
    expect(result.ok && result.value.body[2]).toMatchObject({
      speaker: { name: 'Clemens Mickler' },
    });
  });

  type Edit = (r: Json) => void;
  const bad: [string, Edit, string, string][] = [
    // missing fields
    ['missing id', (r) => delete r.id, 'id', 'required'],
    ['missing slug', (r) => delete r.slug, 'slug', 'required'],
    ['missing headline', (r) => delete r.headline, 'headline', 'required'],
    ['missing dateline', (r) => delete r.dateline, 'dateline', 'required'],
    ['missing dateline place', (r) => delete r.dateline.place, 'dateline.place', 'required'],
    ['missing datePublished', (r) => delete r.datePublished, 'datePublished', 'required'],
    ['missing body', (r) => delete r.body, 'body', 'required'],
    ['missing publisher', (r) => delete r.publisher, 'publisher', 'required'],
    ['missing publisher name', (r) => delete r.publisher.name, 'publisher.name', 'required'],
    ['missing photo credit', (r) => delete r.photos[0].credit, 'photos[0].credit', 'required'],
    [
      'missing credit holder',
      (r) => delete r.photos[0].credit.holder,
      'photos[0].credit.holder',
      'required',
    ],
    ['missing photo sources', (r) => delete r.photos[0].sources, 'photos[0].sources', 'required'],
    [
      'no photo source',
      (r) => (r.photos[0].sources = []),
      'photos[0].sources',
      'at least one source',
    ],
    [
      'missing source width',
      (r) => delete r.photos[0].sources[1].width,
      'photos[0].sources[1].width',
      'required',
    ],
    [
      'missing alt',
      (r) => delete r.photos[0].alt,
      'photos[0].alt',
      'required unless the photo is decorative',
    ],
    [
      'blank alt',
      (r) => (r.photos[0].alt = '  '),
      'photos[0].alt',
      'required unless the photo is decorative',
    ],
    ['missing block text', (r) => delete r.body[0].text, 'body[0].text', 'required'],
    ['missing quote text', (r) => delete r.body[2].text, 'body[2].text', 'required'],
    ['missing person name', (r) => delete r.people[1].name, 'people[1].name', 'required'],
    ['missing place name', (r) => delete r.places[0].name, 'places[0].name', 'required'],
    ['missing teaser url', (r) => delete r.related[0].url, 'related[0].url', 'required'],
    [
      'empty list block',
      (r) => (r.body[0] = { type: 'list', items: [] }),
      'body[0].items',
      'at least one item',
    ],
    // wrong types
    [
      'input is an empty object',
      (r) => Object.keys(r).forEach((k) => Reflect.deleteProperty(r, k)),
      'id',
      'required',
    ],
    ['headline is a number', (r) => (r.headline = 42), 'headline', 'expected text, received 42'],
    ['headline is null', (r) => (r.headline = null), 'headline', 'expected text, received null'],
    [
      'headline is an array',
      (r) => (r.headline = ['a']),
      'headline',
      'expected text, received array',
    ],
    [
      'headline is an object',
      (r) => (r.headline = { de: 'x' }),
      'headline',
      'expected text, received object',
    ],
    ['body is an object', (r) => (r.body = {}), 'body', 'expected array, received object'],
    [
      'body block is text',
      (r) => (r.body[1] = 'Absatz'),
      'body[1]',
      'expected object, received "Absatz"',
    ],
    [
      'unknown block type',
      (r) => (r.body[1].type = 'html'),
      'body[1].type',
      'expected one of "paragraph", "quote", "list", "heading", received "html"',
    ],
    [
      'heading level 1',
      (r) => (r.body[0] = { type: 'heading', level: 1, text: 'X' }),
      'body[0].level',
      'expected 2 or 3',
    ],
    [
      'list ordered as text',
      (r) => (r.body[0] = { type: 'list', ordered: 'yes', items: ['a'] }),
      'body[0].ordered',
      'expected boolean, received "yes"',
    ],
    [
      'width as text',
      (r) => (r.photos[0].sources[0].width = '640'),
      'photos[0].sources[0].width',
      'expected number, received "640"',
    ],
    [
      'width fractional',
      (r) => (r.photos[0].sources[0].width = 640.5),
      'photos[0].sources[0].width',
      'expected a whole number of pixels',
    ],
    [
      'width zero',
      (r) => (r.photos[0].sources[0].width = 0),
      'photos[0].sources[0].width',
      'must be at least 1',
    ],
    [
      'decorative as text',
      (r) => (r.photos[0].decorative = 'true'),
      'photos[0].decorative',
      'expected boolean, received "true"',
    ],
    ['topics as text', (r) => (r.topics = 'Kultur'), 'topics', 'expected array, received "Kultur"'],
    ['topic number', (r) => (r.topics[1] = 7), 'topics[1]', 'expected text, received 7'],
    [
      'people as object',
      (r) => (r.people = { name: 'x' }),
      'people',
      'expected array, received object',
    ],
    [
      'geo latitude as text',
      (r) => (r.places[0].geo.latitude = '50.1'),
      'places[0].geo.latitude',
      'expected number, received "50.1"',
    ],
    [
      'geo latitude NaN',
      (r) => (r.places[0].geo.latitude = Number.NaN),
      'places[0].geo.latitude',
      'expected a finite number',
    ],
    [
      'geo longitude Infinity',
      (r) => (r.places[0].geo.longitude = Infinity),
      'places[0].geo.longitude',
      'expected a finite number',
    ],
    [
      'geo latitude out of range',
      (r) => (r.places[0].geo.latitude = 91),
      'places[0].geo.latitude',
      'out of range (-90° to 90°)',
    ],
    [
      'country code lower case',
      (r) => (r.publisher.address.addressCountry = 'de'),
      'publisher.address.addressCountry',
      'expected an ISO 3166-1 alpha-2 code',
    ],
    [
      'bad slug',
      (r) => (r.slug = 'Über Uns'),
      'slug',
      'lower-case letters, digits and single hyphens only',
    ],
    ['bad id', (r) => (r.id = 'a b'), 'id', 'letters, digits and . _ : - only'],
    [
      'image type not image',
      (r) => (r.photos[0].sources[0].type = 'text/html'),
      'photos[0].sources[0].type',
      'expected an image MIME type',
    ],
    [
      'bad contact email',
      (r) => (r.contact = { email: 'presse(at)offenbach.de' }),
      'contact.email',
      'invalid e-mail address',
    ],
    // hostile strings
    [
      'NUL in headline',
      (r) => (r.headline = 'a\u0000b'),
      'headline',
      'control characters are not allowed',
    ],
    [
      'escape char in caption',
      (r) => (r.photos[0].caption = '\u001b[31mrot'),
      'photos[0].caption',
      'control characters are not allowed',
    ],
    [
      'C1 control in lead',
      (r) => (r.lead = 'x\u0085y'),
      'lead',
      'control characters are not allowed',
    ],
    [
      'lone surrogate',
      (r) => (r.headline = 'a\uD800b'),
      'headline',
      'invalid Unicode (lone surrogate)',
    ],
    [
      '1 MB headline',
      (r) => (r.headline = MB),
      'headline',
      `too long: ${MB.length} characters, at most 300`,
    ],
    [
      '1 MB paragraph',
      (r) => (r.body[0].text = MB),
      'body[0].text',
      `too long: ${MB.length} characters, at most 10000`,
    ],
    [
      '1 MB credit holder',
      (r) => (r.photos[0].credit.holder = MB),
      'photos[0].credit.holder',
      `too long: ${MB.length} characters, at most 200`,
    ],
    ['whitespace-only headline', (r) => (r.headline = ' \n\t '), 'headline', 'must not be empty'],
    [
      '600 body blocks',
      (r) => (r.body = Array.from({ length: 600 }, () => ({ type: 'paragraph', text: 'x' }))),
      'body',
      'too many entries: 600, at most 500',
    ],
    // script and other unsafe URLs
    [
      'javascript: release url',
      (r) => (r.url = 'javascript:alert(1)'),
      'url',
      'unsafe URL scheme "javascript:" (only http, https and relative URLs)',
    ],
    [
      'JavaScript: mixed case',
      (r) => (r.url = 'JaVaScRiPt:alert(1)'),
      'url',
      'unsafe URL scheme "javascript:" (only http, https and relative URLs)',
    ],
    [
      'javascript: with leading space',
      (r) => (r.url = ' javascript:alert(1)'),
      'url',
      'URL must not contain whitespace or control characters',
    ],
    [
      'javascript: with tab inside',
      (r) => (r.url = 'java\tscript:alert(1)'),
      'url',
      'URL must not contain whitespace or control characters',
    ],
    [
      'data: image source',
      (r) => (r.photos[0].sources[0].url = 'data:image/svg+xml,<svg/onload=alert(1)>'),
      'photos[0].sources[0].url',
      'unsafe URL scheme "data:" (only http, https and relative URLs)',
    ],
    [
      'vbscript: teaser',
      (r) => (r.related[0].url = 'vbscript:msgbox(1)'),
      'related[0].url',
      'unsafe URL scheme "vbscript:" (only http, https and relative URLs)',
    ],
    [
      'file: licence url',
      (r) => (r.photos[0].credit.licence = { name: 'x', url: 'file:///etc/passwd' }),
      'photos[0].credit.licence.url',
      'unsafe URL scheme "file:" (only http, https and relative URLs)',
    ],
    [
      'backslash url',
      (r) => (r.publisher.url = '/\\evil.example'),
      'publisher.url',
      'URL must not contain backslashes',
    ],
    ['http without host', (r) => (r.publisher.logo = 'http:'), 'publisher.logo', 'invalid URL'],
    [
      'protocol-relative url with space',
      (r) => (r.related[0].url = '// evil.example'),
      'related[0].url',
      'URL must not contain whitespace or control characters',
    ],
    [
      'empty url',
      (r) => (r.photos[0].credit.sourceUrl = ''),
      'photos[0].credit.sourceUrl',
      'must not be empty',
    ],
    [
      'huge url',
      (r) => (r.url = `/${'a'.repeat(5000)}`),
      'url',
      'too long: 5001 characters, at most 2048',
    ],
    // invalid dates
    [
      'date without offset',
      (r) => (r.datePublished = '2019-11-12T10:00:00'),
      'datePublished',
      'expected an ISO 8601 date-time with offset, e.g. 2019-11-12T10:00:00+01:00',
    ],
    [
      'date only',
      (r) => (r.datePublished = '2019-11-12'),
      'datePublished',
      'expected an ISO 8601 date-time with offset, e.g. 2019-11-12T10:00:00+01:00',
    ],
    [
      'German date',
      (r) => (r.datePublished = '12.11.2019'),
      'datePublished',
      'expected an ISO 8601 date-time with offset, e.g. 2019-11-12T10:00:00+01:00',
    ],
    [
      '30 February',
      (r) => (r.datePublished = '2019-02-30T10:00:00+01:00'),
      'datePublished',
      'invalid day of month',
    ],
    [
      '29 February 2019',
      (r) => (r.datePublished = '2019-02-29T10:00:00+01:00'),
      'datePublished',
      'invalid day of month',
    ],
    [
      'month 13',
      (r) => (r.datePublished = '2019-13-01T10:00:00+01:00'),
      'datePublished',
      'invalid month',
    ],
    [
      'hour 24',
      (r) => (r.datePublished = '2019-11-12T24:00:00+01:00'),
      'datePublished',
      'invalid time of day',
    ],
    [
      'offset +15:00',
      (r) => (r.dateModified = '2019-11-12T10:00:00+15:00'),
      'dateModified',
      'invalid UTC offset',
    ],
    [
      'year 0019',
      (r) => (r.datePublished = '0019-11-12T10:00:00+01:00'),
      'datePublished',
      'year out of range (1900–2999)',
    ],
    [
      'date as number',
      (r) => (r.datePublished = 1573513200000),
      'datePublished',
      'expected text, received 1573513200000',
    ],
    [
      'teaser date invalid',
      (r) => (r.related[1].datePublished = 'gestern'),
      'related[1].datePublished',
      'expected an ISO 8601 date-time with offset, e.g. 2019-11-12T10:00:00+01:00',
    ],
  ];

  it('has a table of at least 60 bad inputs', () => {
    expect(bad.length).toBeGreaterThanOrEqual(60);
  });

  it.each(bad.map(([name, edit, path, message]) => ({ name, edit, path, message })))(
    '$name → $path: $message',
    ({ edit, path, message }) => {
      const issues = issuesOf(release(edit));
      expect(issues).toContainEqual({ path, message });
    },
  );

  it.each([
    ['null', null, 'expected object, received null'],
    ['a string', '{"id":1}', 'expected object, received "{\\"id\\":1}"'],
    ['an array', [], 'expected object, received array'],
    ['a number', 7, 'expected object, received 7'],
  ])('rejects %s as the whole input', (_name, input, message) => {
    expect(issuesOf(input)).toEqual([{ path: '(root)', message }]);
  });
});

describe('other parsers', () => {
  it('parsePhoto accepts a decorative photo without alt', () => {
    const photo = {
      sources: [{ url: '/a.jpg', width: 10, height: 10 }],
      decorative: true,
      credit: { holder: 'X' },
    };
    expect(parsePhoto(photo).ok).toBe(true);
  });

  it('parseCredit reports the licence url path', () => {
    expect(
      parseCredit({ holder: 'X', licence: { name: 'CC BY 4.0', url: 'javascript:x' } }),
    ).toEqual({
      ok: false,
      issues: [
        {
          path: 'licence.url',
          message: 'unsafe URL scheme "javascript:" (only http, https and relative URLs)',
        },
      ],
    });
  });

  it.each([
    ['NaN temperature', { temperature: Number.NaN }, 'temperature', 'expected a finite number'],
    ['Infinity temperature', { temperature: Infinity }, 'temperature', 'expected a finite number'],
    [
      '-Infinity temperature',
      { temperature: -Infinity },
      'temperature',
      'expected a finite number',
    ],
    ['temperature as text', { temperature: '7' }, 'temperature', 'expected number, received "7"'],
    ['temperature 100', { temperature: 100 }, 'temperature', 'out of range (-90 °C to 60 °C)'],
    ['unknown icon', { icon: 'sunny' }, 'icon', 'unknown icon "sunny"'],
    ['unknown condition', { condition: 'drizzle' }, 'condition', 'unknown condition "drizzle"'],
    [
      'bad observedAt',
      { observedAt: 'now' },
      'observedAt',
      'expected an ISO 8601 date-time with offset, e.g. 2019-11-12T10:00:00+01:00',
    ],
    [
      'negative distance',
      { station: { name: 'X', distance: -1 } },
      'station.distance',
      'must not be negative',
    ],
    ['missing source', { source: undefined }, 'source', 'required'],
  ])('parseWeatherObservation: %s', (_name, change, path, message) => {
    const result = parseWeatherObservation({ ...offenbachWeather, ...change });
    expect(result.ok ? [] : result.issues).toContainEqual({ path, message });
  });

  it('treats null measurements as missing', () => {
    const result = parseWeatherObservation({
      ...offenbachWeather,
      temperature: null,
      icon: null,
      station: null,
    });
    expect(result.ok && result.value.temperature).toBeUndefined();
    expect(result.ok && 'icon' in result.value ? result.value.icon : undefined).toBeUndefined();
  });
});

describe('formatPath', () => {
  it.each([
    [[], '(root)'],
    [['photos', 0, 'credit', 'holder'], 'photos[0].credit.holder'],
    [[0, 'a'], '[0].a'],
    [['a b', 'c'], '["a b"].c'],
  ])('%j → %s', (keys, path) => {
    expect(formatPath(keys)).toBe(path);
  });
});

describe('checkUrl', () => {
  it('bounds every URL at LIMITS.url characters, for schemas and attributes alike', () => {
    const at = (length: number) => `/${'a'.repeat(length - 1)}`;
    expect(checkUrl(at(LIMITS.url))).toBeUndefined();
    expect(checkUrl(at(LIMITS.url + 1))).toBe('too long: 2049 characters, at most 2048');
    expect(checkUrl(`javascript:${'a'.repeat(3000)}`)).toBe(
      'too long: 3011 characters, at most 2048',
    );
  });

  it('gives the same answer every time: remembered answers (a URL on every photo) stay right', () => {
    const urls = [
      'https://creativecommons.org/licenses/by/4.0/',
      'javascript:alert(1)',
      '/a b',
      '',
    ];
    const first = urls.map((url) => checkUrl(url));
    expect(first).toEqual([
      undefined,
      'unsafe URL scheme "javascript:" (only http, https and relative URLs)',
      'URL must not contain whitespace or control characters',
      'must not be empty',
    ]);
    // Past the number of remembered answers too: the memory is emptied, not wrong.
    for (let i = 0; i < 1200; i += 1) expect(checkUrl(`/page-${i}`)).toBeUndefined();
    expect(urls.map((url) => checkUrl(url))).toEqual(first);
  });
});

describe('readClock', () => {
  it('reads a clock that returns finite milliseconds', () => {
    expect(readClock(() => 1_573_563_600_000)).toEqual({ time: 1_573_563_600_000 });
  });

  it.each([
    ['a string', 'x', 'now is not a function; the real clock is used'],
    ['undefined', undefined, 'now is not a function; the real clock is used'],
    [
      'a clock returning NaN',
      () => Number.NaN,
      'now() did not return a time; the real clock is used',
    ],
    [
      'a clock returning a string',
      () => '14:00',
      'now() did not return a time; the real clock is used',
    ],
    [
      'a clock that throws',
      () => {
        throw new Error('boom');
      },
      'now() did not return a time; the real clock is used',
    ],
  ])('falls back to the real clock for %s, with a problem to report', (_, clock, problem) => {
    const before = Date.now();
    const read = readClock(clock);
    expect(read.problem).toBe(problem);
    expect(read.time).toBeGreaterThanOrEqual(before);
    expect(read.time).toBeLessThanOrEqual(Date.now());
  });
});

describe('the README', () => {
  it('shows what the checks return', () => {
    const helpers = { checkUrl, isSafeUrl, checkText, checkDateTime, isRecord, readClock };
    expectReadmeClaims(readme, 'Checks', helpers, 8);
  });
});
