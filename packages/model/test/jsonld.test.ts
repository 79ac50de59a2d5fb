import { describe, expect, it } from 'vitest';
import { gruppenbild, offenbachPressRelease, weihnachtsmarkt } from '../src/fixtures/index.js';
import { imageObjectJsonLd, newsArticleJsonLd, serializeJsonLd } from '../src/index.js';

describe('imageObjectJsonLd', () => {
  it('describes the seed photo with its credit', () => {
    expect(imageObjectJsonLd(gruppenbild, { baseUrl: 'https://www.offenbach.de/' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ImageObject',
      contentUrl: 'https://www.offenbach.de/media/gruppenbild-auslaenderbehoerden-1280.svg',
      url: 'https://www.offenbach.de/media/gruppenbild-auslaenderbehoerden-1280.svg',
      width: 1280,
      height: 853,
      caption: 'Teilnehmerinnen und Teilnehmern der Veranstaltung.',
      description: 'Gruppenbild',
      creditText: '©\u00a0Stadt Offenbach/georg-foto.de',
      creator: [{ '@type': 'Organization', name: 'georg-foto.de' }],
      copyrightHolder: { '@type': 'Organization', name: 'Stadt Offenbach' },
      copyrightNotice: '©\u00a0Stadt Offenbach/georg-foto.de',
    });
  });

  it('adds licence and acquireLicensePage when known', () => {
    const [photo] = weihnachtsmarkt.photos;
    if (!photo) throw new Error('fixture has no photo');
    const node = imageObjectJsonLd({
      ...photo,
      credit: { ...photo.credit, sourceUrl: '/presse/bildrechte' },
    });
    expect(node.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(node.acquireLicensePage).toBe('/presse/bildrechte');
  });
});

describe('newsArticleJsonLd', () => {
  const node = newsArticleJsonLd(offenbachPressRelease, { baseUrl: 'https://www.offenbach.de/' });

  it('has the required NewsArticle fields', () => {
    expect(node).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: offenbachPressRelease.headline,
      datePublished: '2019-11-12T00:00:00+01:00',
      dateModified: '2019-11-12T00:00:00+01:00',
      inLanguage: 'de-DE',
      author: [{ '@type': 'Organization', name: 'Ausländeramt der Stadt Offenbach' }],
      publisher: {
        '@type': 'Organization',
        name: 'Stadt Offenbach am Main',
        logo: {
          '@type': 'ImageObject',
          url: 'https://www.offenbach.de/media/stadt-offenbach-logo.svg',
        },
      },
      url: 'https://www.offenbach.de/presse/erfahrungsaustausch-der-auslaenderbehoerden-beim-dwd',
    });
    expect(node.image).toHaveLength(1);
    expect((node.image as Record<string, unknown>[])[0]).not.toHaveProperty('@context');
    expect(node.description).toBe(offenbachPressRelease.lead);
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element or open a comment, and round-trips', () => {
    const hostile = {
      '@type': 'Thing',
      name: '</script><script>alert(1)</script><!-- & \u2028\u2029',
    };
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(hostile);
  });

  it('serialises the seed article to valid JSON', () => {
    const article = newsArticleJsonLd(offenbachPressRelease);
    expect(JSON.parse(serializeJsonLd(article))).toEqual(article);
  });
});
