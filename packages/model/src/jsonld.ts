import { formatCredit } from './format.js';
import type { Credit, Organisation, Person, Photo, PressRelease } from './types.js';

/** A JSON-LD node: plain JSON data. */
export type JsonLd = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | JsonLd | JsonLdValue[];

function compact(node: Record<string, JsonLdValue | undefined>): JsonLd {
  const out: JsonLd = {};
  for (const [key, value] of Object.entries(node)) {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) out[key] = value;
  }
  return out;
}

/** Resolves a relative URL against the site's origin; JSON-LD consumers want absolute URLs. */
function absolute(url: string | undefined, base: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  if (!base) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

function organisationNode(organisation: Organisation, base?: string): JsonLd {
  return compact({
    '@type': 'Organization',
    name: organisation.name,
    alternateName: organisation.alternateName,
    url: absolute(organisation.url, base),
    logo: organisation.logo
      ? { '@type': 'ImageObject', url: absolute(organisation.logo, base) ?? organisation.logo }
      : undefined,
  });
}

function personNode(person: Person): JsonLd {
  return compact({
    '@type': 'Person',
    name: person.name,
    jobTitle: person.role,
    affiliation: person.affiliation ? organisationNode(person.affiliation) : undefined,
  });
}

function creatorNode(credit: Credit): JsonLd[] {
  const names = [credit.creator ?? credit.holder];
  return names.map((name) => ({ '@type': 'Organization', name }));
}

export interface JsonLdOptions {
  /** The site's origin or page URL, to make relative URLs absolute (https://www.offenbach.de/). */
  baseUrl?: string;
}

/**
 * schema.org `ImageObject` for a photo: the largest source as contentUrl, the credit as creditText,
 * creator, copyrightNotice, and licence / acquireLicensePage when known.
 */
export function imageObjectJsonLd(photo: Photo, { baseUrl }: JsonLdOptions = {}): JsonLd {
  const largest = [...photo.sources].sort((a, b) => b.width - a.width)[0];
  return compact({
    '@context': 'https://schema.org',
    '@type': 'ImageObject',
    contentUrl: absolute(largest?.url, baseUrl),
    url: absolute(largest?.url, baseUrl),
    width: largest?.width,
    height: largest?.height,
    caption: photo.caption,
    description: photo.decorative ? undefined : photo.alt,
    creditText: formatCredit(photo.credit),
    creator: creatorNode(photo.credit),
    copyrightHolder: { '@type': 'Organization', name: photo.credit.holder },
    copyrightNotice: formatCredit({ holder: photo.credit.holder, creator: photo.credit.creator }),
    license: absolute(photo.credit.licence?.url, baseUrl),
    acquireLicensePage: absolute(photo.credit.sourceUrl, baseUrl),
  });
}

/**
 * schema.org `NewsArticle` for a press release: headline, datePublished, dateModified, author (the
 * department, else the publisher), publisher, image, description (the lead), keywords, inLanguage.
 */
export function newsArticleJsonLd(
  release: PressRelease,
  { baseUrl, inLanguage = 'de-DE' }: JsonLdOptions & { inLanguage?: string } = {},
): JsonLd {
  const author = release.department ?? release.publisher;
  const url = absolute(release.url, baseUrl);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: release.headline,
    alternativeHeadline: release.subline,
    description: release.lead,
    datePublished: release.datePublished,
    dateModified: release.dateModified ?? release.datePublished,
    inLanguage,
    author: [organisationNode(author, baseUrl)],
    publisher: organisationNode(release.publisher, baseUrl),
    image: release.photos.map((photo) => {
      const node = imageObjectJsonLd(photo, { baseUrl });
      delete node['@context'];
      return node;
    }),
    keywords: release.topics.length > 0 ? release.topics.join(', ') : undefined,
    mentions: release.people.map(personNode),
    locationCreated: { '@type': 'Place', name: release.dateline.place },
    url,
    mainEntityOfPage: url ? { '@type': 'WebPage', '@id': url } : undefined,
  });
}

/**
 * Serialises JSON-LD for `<script type="application/ld+json">`. `<`, `>`, `&`, U+2028 and U+2029 are
 * written as \u escapes, so no string in the data can close the script element ("</script>"), open a
 * comment ("<!--") or break older JavaScript parsers; the JSON means exactly the same.
 */
export function serializeJsonLd(node: JsonLd | JsonLd[]): string {
  return serializeForScript(node);
}

/**
 * Serialises any JSON value for a `<script type="application/json">` data block, escaped like
 * {@link serializeJsonLd}.
 */
export function serializeForScript(value: unknown): string {
  return (JSON.stringify(value) ?? 'null')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
