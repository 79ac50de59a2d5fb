// Shoelace: <sl-card> holding the same teaser content (and, for photos, the image in its image slot).
import '@shoelace-style/shoelace/dist/components/card/card.js';
import {
  captionWithCredit,
  headline,
  mount,
  photo,
  photoSizes,
  photoSrcset,
  registerBench,
  teaserDetails,
  teasers,
} from './shared.js';

function card(...children) {
  const element = document.createElement('sl-card');
  element.append(...children);
  return element;
}
const updated = (element) => element.updateComplete;

registerBench({
  teasers: (stage, n) =>
    mount(
      stage,
      n,
      (i) => {
        const t = teasers[i % teasers.length];
        const header = document.createElement('div');
        header.slot = 'header';
        header.append(headline(t));
        return card(header, ...teaserDetails(t));
      },
      updated,
    ),
  photos: (stage, n) =>
    mount(
      stage,
      n,
      () => {
        const large = photo.sources[1];
        const img = document.createElement('img');
        img.slot = 'image';
        img.src = large.url;
        img.srcset = photoSrcset;
        img.sizes = photoSizes;
        img.width = large.width;
        img.height = large.height;
        img.alt = photo.alt;
        img.loading = 'lazy';
        const caption = document.createElement('p');
        caption.textContent = captionWithCredit;
        return card(img, caption);
      },
      updated,
    ),
});
