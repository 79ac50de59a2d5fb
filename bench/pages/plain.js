// The floor: the same content as plain HTML built with DOM calls, no custom elements.
import { formatDate, photo, registerBench, teasers } from './shared.js';

registerBench({
  teasers: async (stage, n) => {
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < n; i += 1) {
      const t = teasers[i % teasers.length];
      const article = document.createElement('article');
      const kicker = document.createElement('p');
      kicker.textContent = t.kicker ?? '';
      const h3 = document.createElement('h3');
      const a = document.createElement('a');
      a.href = t.url;
      a.textContent = t.headline;
      h3.append(a);
      const time = document.createElement('time');
      time.dateTime = t.datePublished;
      time.textContent = formatDate(t.datePublished);
      const p = document.createElement('p');
      p.textContent = t.excerpt ?? '';
      article.append(kicker, h3, time, p);
      fragment.append(article);
    }
    stage.append(fragment);
  },
  photos: async (stage, n) => {
    const fragment = document.createDocumentFragment();
    const [small, large] = photo.sources;
    for (let i = 0; i < n; i += 1) {
      const figure = document.createElement('figure');
      const img = document.createElement('img');
      img.src = large.url;
      img.srcset = `${small.url} ${small.width}w, ${large.url} ${large.width}w`;
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
      fragment.append(figure);
    }
    stage.append(fragment);
  },
});
