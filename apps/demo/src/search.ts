import { toNewsTeaser, type NewsTeaser, type PressRelease } from '@stadtkit/model';

/** Case- and accent-insensitive words ("Bürgermeister" matches "burgermeister"). */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('de-DE');
}

/** Every release whose headline, kicker, lead, body or topics contain all words of the query. */
export function searchReleases(releases: readonly PressRelease[], query: string): NewsTeaser[] {
  const words = fold(query.slice(0, 200)).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return releases
    .filter((release) => {
      const haystack = fold(
        [
          release.headline,
          release.kicker ?? '',
          release.lead ?? '',
          ...release.topics,
          ...release.body.map((block) =>
            block.type === 'list' ? block.items.join(' ') : block.text,
          ),
        ].join(' '),
      );
      return words.every((word) => haystack.includes(word));
    })
    .map((release) => toNewsTeaser(release));
}
