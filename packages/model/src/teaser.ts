import type { NewsTeaser, PressRelease } from './types.js';

/** Projects a release onto a teaser: headline, link, kicker, date, excerpt (the lead), first photo. */
export function toNewsTeaser(release: PressRelease, { url }: { url?: string } = {}): NewsTeaser {
  const href = url ?? release.url ?? `/presse/${release.slug}`;
  const excerpt = release.lead ?? release.body.find((block) => block.type === 'paragraph')?.text;
  const teaser: NewsTeaser = {
    headline: release.headline,
    url: href,
    datePublished: release.datePublished,
  };
  if (release.kicker) teaser.kicker = release.kicker;
  if (excerpt) teaser.excerpt = excerpt;
  if (release.photos[0]) teaser.photo = release.photos[0];
  return teaser;
}
