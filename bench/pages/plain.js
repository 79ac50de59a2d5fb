// The floor: the same content as plain HTML built with DOM calls, no custom elements.
import {
  headline,
  mount,
  photo,
  photoSizes,
  photoSrcset,
  registerBench,
  teaserDetails,
  teasers,
} from './shared.js';

registerBench({
  teasers: (stage, n) =>
    mount(stage, n, (i) => {
      const t = teasers[i % teasers.length];
      const [kicker, time, excerpt] = teaserDetails(t);
      const article = document.createElement('article');
      article.append(kicker, headline(t), time, excerpt);
      return article;
    }),
  photos: (stage, n) =>
    mount(stage, n, () => {
      const large = photo.sources[1];
      const figure = document.createElement('figure');
      const img = document.createElement('img');
      img.src = large.url;
      img.srcset = photoSrcset;
      img.sizes = photoSizes;
      img.width = large.width;
      img.height = large.height;
      img.alt = photo.alt;
      img.loading = 'lazy';
      const caption = document.createElement('figcaption');
      caption.textContent = photo.caption;
      const credit = document.createElement('small');
      credit.textContent = `© ${photo.credit.holder}/${photo.credit.creator}`;
      caption.append(' ', credit);
      figure.append(img, caption);
      return figure;
    }),
});
