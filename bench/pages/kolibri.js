// KoliBri: <kol-card> (label = headline; its inner <kol-card-wc> too) and <kol-image>, with the default theme
// registered first.
import { r as register } from '@public-ui/components/dist/components/bootstrap.js';
import { defineCustomElement as defineCard } from '@public-ui/components/dist/components/kol-card.js';
import { defineCustomElement as defineCardInner } from '@public-ui/components/dist/components/kol-card-wc.js';
import { defineCustomElement as defineImage } from '@public-ui/components/dist/components/kol-image.js';
import { DEFAULT } from '@public-ui/theme-default';
import {
  captionAndCredit,
  mount,
  pageContent,
  photo,
  photoSizes,
  plainWeather,
  registerBench,
  srcsetOf,
  teaserDetails,
  teasers,
} from './shared.js';

// kol-card renders its heading in kol-card-wc, which its own define does not register (until stop 31 the bench
// left it out: KoliBri's cards had no headline, and the teaser job timed less work for KoliBri).
await register(DEFAULT, [defineCard, defineCardInner, defineImage]);

const ready = (element) => element.componentOnReady?.();

/** A teaser as kol-card: the headline as its label, the details and a link to the release. */
function teaserCard(t) {
  const card = document.createElement('kol-card');
  card._label = t.headline;
  card._level = 3;
  const more = document.createElement('a');
  more.href = t.url;
  more.textContent = 'Weiterlesen';
  card.append(...teaserDetails(t), more);
  return card;
}

/** A figure with kol-image (a photo's renditions) and the caption with the credit; returns [figure, image]. */
function figure(source, loading) {
  const image = document.createElement('kol-image');
  image._src = source.sources.at(-1).url;
  image._srcset = srcsetOf(source);
  image._sizes = photoSizes;
  image._alt = source.alt ?? '';
  image._loading = loading;
  const caption = document.createElement('figcaption');
  caption.textContent = captionAndCredit(source);
  const element = document.createElement('figure');
  element.append(image, caption);
  return [element, image];
}

registerBench({
  teasers: (stage, n) => mount(stage, n, (i) => teaserCard(teasers[i % teasers.length]), ready),
  photos: async (stage, n) => {
    const images = [];
    await mount(stage, n, () => {
      const [element, image] = figure(photo, 'lazy');
      images.push(image);
      return element;
    });
    await Promise.all(images.map(ready));
  },
  // The page job (the peers have no weather element: the plain page's line): the lead photo as a figure with
  // kol-image, each teaser a kol-card (as in the teaser job) with its photo.
  page: async (stage) => {
    const [lead, leadImage] = figure(pageContent.photo, 'eager');
    const waiting = [leadImage];
    const items = pageContent.teasers.map((t) => {
      const card = teaserCard(t);
      if (t.photo) {
        const [element, image] = figure(t.photo, 'lazy');
        waiting.push(image);
        card.prepend(element);
      }
      waiting.push(card);
      return card;
    });
    const list = document.createElement('section');
    list.append(...items);
    stage.append(plainWeather(), lead, list);
    await Promise.all(waiting.map(ready));
  },
});
