// The floor: the same content as plain HTML built with DOM calls, no custom elements.
import {
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

registerBench({
  teasers: (stage, n) =>
    mount(stage, n, (i) => {
      const t = teasers[i % teasers.length];
      const [kicker, time, excerpt] = teaserDetails(t);
      const article = document.createElement('article');
      article.append(kicker, headline(t), time, excerpt);
      return article;
    }),
  photos: (stage, n) => mount(stage, n, () => figure(photo, 'lazy')),
  page: (stage) => {
    const list = document.createElement('section');
    for (const teaser of pageContent.teasers) {
      const [kicker, time, excerpt] = teaserDetails(teaser);
      const article = document.createElement('article');
      if (teaser.photo) article.append(figure(teaser.photo, 'lazy'));
      article.append(kicker, headline(teaser), time, excerpt);
      list.append(article);
    }
    stage.append(plainWeather(), figure(pageContent.photo, 'eager'), list);
  },
});

/** A figure with the photo's renditions, its caption and credit line. */
function figure(image, loading) {
  const element = document.createElement('figure');
  const img = responsiveImage(image, loading);
  const caption = document.createElement('figcaption');
  caption.textContent = image.caption ?? '';
  const credit = document.createElement('small');
  credit.textContent = `© ${image.credit.holder}/${image.credit.creator}`;
  caption.append(' ', credit);
  element.append(img, caption);
  return element;
}
