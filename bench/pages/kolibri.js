// KoliBri: <kol-card> (label = headline) and <kol-image>, with the default theme registered first.
import { r as register } from '@public-ui/components/dist/components/bootstrap.js';
import { defineCustomElement as defineCard } from '@public-ui/components/dist/components/kol-card.js';
import { defineCustomElement as defineImage } from '@public-ui/components/dist/components/kol-image.js';
import { DEFAULT } from '@public-ui/theme-default';
import {
  captionWithCredit,
  mount,
  photo,
  photoSizes,
  photoSrcset,
  registerBench,
  teaserDetails,
  teasers,
} from './shared.js';

await register(DEFAULT, [defineCard, defineImage]);

const ready = (element) => element.componentOnReady?.();

registerBench({
  teasers: (stage, n) =>
    mount(
      stage,
      n,
      (i) => {
        const t = teasers[i % teasers.length];
        const card = document.createElement('kol-card');
        card._label = t.headline;
        card._level = 3;
        const more = document.createElement('a');
        more.href = t.url;
        more.textContent = 'Weiterlesen';
        card.append(...teaserDetails(t), more);
        return card;
      },
      ready,
    ),
  photos: async (stage, n) => {
    const images = [];
    await mount(stage, n, () => {
      const image = document.createElement('kol-image');
      image._src = photo.sources[1].url;
      image._srcset = photoSrcset;
      image._sizes = photoSizes;
      image._alt = photo.alt;
      image._loading = 'lazy';
      images.push(image);
      const caption = document.createElement('figcaption');
      caption.textContent = captionWithCredit;
      const figure = document.createElement('figure');
      figure.append(image, caption);
      return figure;
    });
    await Promise.all(images.map(ready));
  },
});
