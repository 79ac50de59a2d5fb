// Shoelace: <sl-card> holding the same teaser content (and, for photos, the image in its image slot).
import '@shoelace-style/shoelace/dist/components/card/card.js';
import {
  captionAndCredit,
  headline,
  mount,
  pageContent,
  photo,
  plainWeather,
  registerBench,
  responsiveImage,
  teaserDetails,
  teasers,
} from './shared.js';

/** The card's image slot: the photo's responsive image. */
function image(source, loading) {
  const img = responsiveImage(source, loading);
  img.slot = 'image';
  return img;
}

function card(...children) {
  const element = document.createElement('sl-card');
  element.append(...children);
  return element;
}

/** A teaser as an sl-card: the headline in its header slot, kicker, date and excerpt in its body, `media` first. */
export function teaserCard(teaser, ...media) {
  const header = document.createElement('div');
  header.slot = 'header';
  header.append(headline(teaser));
  return card(...media, header, ...teaserDetails(teaser));
}
const updated = (element) => element.updateComplete;

registerBench({
  teasers: (stage, n) => mount(stage, n, (i) => teaserCard(teasers[i % teasers.length]), updated),
  photos: (stage, n) =>
    mount(
      stage,
      n,
      () => {
        const caption = document.createElement('p');
        caption.textContent = captionAndCredit(photo);
        return card(image(photo, 'lazy'), caption);
      },
      updated,
    ),
  // The page job (the peers have no weather element: the plain page's line): the lead photo in a card with its
  // caption, each teaser a card with its photo.
  page: async (stage) => {
    const caption = document.createElement('p');
    caption.textContent = captionAndCredit(pageContent.photo);
    const lead = card(image(pageContent.photo, 'eager'), caption);
    const items = pageContent.teasers.map((t) =>
      teaserCard(t, ...(t.photo ? [image(t.photo, 'lazy')] : [])),
    );
    const list = document.createElement('section');
    list.append(...items);
    stage.append(plainWeather(), lead, list);
    await Promise.all([lead, ...items].map(updated));
  },
});
