import type { Block, NewsTeaser, Photo, PressRelease } from '@stadtkit/model';
// CommonJS without an exports map: the file itself, and its default export (Node's ESM interop).
import hyphen from 'hyphen/de/index.js';
import type { PageData } from './data.js';

/**
 * Soft hyphens (U+00AD) in long German words, from the TeX hyphenation patterns of `hyphen` (de-1996). Browsers
 * without a German hyphenation dictionary (Chromium on Linux and Windows) otherwise break "Erfahrungsaustausch"
 * mid-word without a hyphen at 320 px (`overflow-wrap`), or not at all. The patterns are 730 KB, so this runs on
 * the server only; the browser hydrates with the same hyphenated page data. Title, meta description and JSON-LD
 * keep the plain text.
 */
export function hyphenate(text: string): string {
  return hyphen.hyphenateSync(text, { minWordLength: 10 });
}

function block(item: Block): Block {
  switch (item.type) {
    case 'list':
      return { ...item, items: item.items.map(hyphenate) };
    default:
      return { ...item, text: hyphenate(item.text) };
  }
}

function photo(item: Photo | undefined): Photo | undefined {
  return item?.caption ? { ...item, caption: hyphenate(item.caption) } : item;
}

function teaser(item: NewsTeaser): NewsTeaser {
  const shown: NewsTeaser = { ...item, headline: hyphenate(item.headline) };
  if (item.excerpt) shown.excerpt = hyphenate(item.excerpt);
  const withPhoto = photo(item.photo);
  if (withPhoto) shown.photo = withPhoto;
  return shown;
}

function release(item: PressRelease): PressRelease {
  return {
    ...item,
    headline: hyphenate(item.headline),
    ...(item.subline ? { subline: hyphenate(item.subline) } : {}),
    ...(item.lead ? { lead: hyphenate(item.lead) } : {}),
    body: item.body.map(block),
    photos: item.photos.map((entry) => photo(entry) ?? entry),
    related: item.related.map(teaser),
  };
}

/** The page data as shown: every running text hyphenated; structure, URLs and credits unchanged. */
export function hyphenatePage(data: PageData): PageData {
  switch (data.kind) {
    case 'release':
      return { ...data, release: release(data.release) };
    case 'search':
      return { ...data, results: data.results.map(teaser) };
    case 'info':
      return {
        ...data,
        paragraphs: data.paragraphs.map(hyphenate),
        ...(data.sections
          ? {
              sections: data.sections.map((section) => ({
                ...section,
                paragraphs: section.paragraphs.map(hyphenate),
              })),
            }
          : {}),
      };
  }
}
