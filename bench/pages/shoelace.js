// Shoelace: <sl-card> holding the same teaser content (and, for photos, the image in its image slot).
import '@shoelace-style/shoelace/dist/components/card/card.js';
import { formatDate, photo, registerBench, teasers } from './shared.js';

async function cards(stage, n, fill) {
  const fragment = document.createDocumentFragment();
  const elements = [];
  for (let i = 0; i < n; i += 1) {
    const card = document.createElement('sl-card');
    fill(card, i);
    elements.push(card);
    fragment.append(card);
  }
  stage.append(fragment);
  await Promise.all(elements.map((element) => element.updateComplete));
}

registerBench({
  teasers: (stage, n) =>
    cards(stage, n, (card, i) => {
      const t = teasers[i % teasers.length];
      const header = document.createElement('div');
      header.slot = 'header';
      const h3 = document.createElement('h3');
      const a = document.createElement('a');
      a.href = t.url;
      a.textContent = t.headline;
      h3.append(a);
      header.append(h3);
      const kicker = document.createElement('p');
      kicker.textContent = t.kicker ?? '';
      const time = document.createElement('time');
      time.dateTime = t.datePublished;
      time.textContent = formatDate(t.datePublished);
      const p = document.createElement('p');
      p.textContent = t.excerpt ?? '';
      card.append(header, kicker, time, p);
    }),
  photos: (stage, n) =>
    cards(stage, n, (card) => {
      const [, large] = photo.sources;
      const img = document.createElement('img');
      img.slot = 'image';
      img.src = large.url;
      img.width = large.width;
      img.height = large.height;
      img.alt = photo.alt;
      img.loading = 'lazy';
      const caption = document.createElement('p');
      caption.textContent = `${photo.caption} © ${photo.credit.holder}/${photo.credit.creator}`;
      card.append(img, caption);
    }),
});
