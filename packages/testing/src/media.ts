import type { NewsTeaser, Photo } from '@stadtkit/model';

// The model's placeholder images as URLs the dev server (Vite: Storybook, vitest) serves.
const files = import.meta.glob<string>('../../model/media/*.svg', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});
const byName = new Map(
  Object.entries(files).map(([path, url]) => [path.split('/').pop() ?? path, url]),
);

/** Maps a fixture URL ("/media/x.svg") to the served file; other URLs are kept. */
export function mediaUrl(url: string): string {
  return url.startsWith('/media/') ? (byName.get(url.slice('/media/'.length)) ?? url) : url;
}

/** A fixture photo whose sources point at the served placeholder files. */
export function withStoryMedia(photo: Photo): Photo {
  return {
    ...photo,
    sources: photo.sources.map((source) => ({ ...source, url: mediaUrl(source.url) })),
  };
}

/** A fixture teaser whose photo points at the served placeholder files. */
export function teaserWithStoryMedia(teaser: NewsTeaser): NewsTeaser {
  return teaser.photo ? { ...teaser, photo: withStoryMedia(teaser.photo) } : teaser;
}
