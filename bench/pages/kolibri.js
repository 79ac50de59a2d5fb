// KoliBri: <kol-card> (label = headline) and <kol-image>, with the default theme registered first.
import { r as register } from '@public-ui/components/dist/components/bootstrap.js';
import { defineCustomElement as defineCard } from '@public-ui/components/dist/components/kol-card.js';
import { defineCustomElement as defineImage } from '@public-ui/components/dist/components/kol-image.js';
import { DEFAULT } from '@public-ui/theme-default';
import { formatDate, photo, registerBench, teasers } from './shared.js';

async function ready(stage, elements) {
  const fragment = document.createDocumentFragment();
  fragment.append(...elements);
  stage.append(fragment);
  await Promise.all(elements.map((element) => element.componentOnReady?.()));
}

await register(DEFAULT, [defineCard, defineImage]);

registerBench({
  teasers: (stage, n) =>
    ready(
      stage,
      Array.from({ length: n }, (_, i) => {
        const t = teasers[i % teasers.length];
        const card = document.createElement('kol-card');
        card._label = t.headline;
        card._level = 3;
        const kicker = document.createElement('p');
        kicker.textContent = t.kicker ?? '';
        const time = document.createElement('time');
        time.dateTime = t.datePublished;
        time.textContent = formatDate(t.datePublished);
        const p = document.createElement('p');
        p.textContent = t.excerpt ?? '';
        const a = document.createElement('a');
        a.href = t.url;
        a.textContent = 'Weiterlesen';
        card.append(kicker, time, p, a);
        return card;
      }),
    ),
  photos: async (stage, n) => {
    const [small, large] = photo.sources;
    const figures = [];
    const images = [];
    for (let i = 0; i < n; i += 1) {
      const figure = document.createElement('figure');
      const image = document.createElement('kol-image');
      image._src = large.url;
      image._srcset = `${small.url} ${small.width}w, ${large.url} ${large.width}w`;
      image._alt = photo.alt;
      image._loading = 'lazy';
      const caption = document.createElement('figcaption');
      caption.textContent = `${photo.caption} © ${photo.credit.holder}/${photo.credit.creator}`;
      figure.append(image, caption);
      figures.push(figure);
      images.push(image);
    }
    const fragment = document.createDocumentFragment();
    fragment.append(...figures);
    stage.append(fragment);
    await Promise.all(images.map((image) => image.componentOnReady?.()));
  },
});
