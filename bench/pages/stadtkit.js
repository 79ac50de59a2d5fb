// Stadtkit: <stadt-news-teaser> and <stadt-photo> fed with the model objects.
import '@stadtkit/news-teaser/define.js';
import '@stadtkit/photo/define.js';
import { photo, registerBench, teasers } from './shared.js';

async function renderAll(stage, n, tag, property, value) {
  const fragment = document.createDocumentFragment();
  const elements = [];
  for (let i = 0; i < n; i += 1) {
    const element = document.createElement(tag);
    element[property] = value(i);
    elements.push(element);
    fragment.append(element);
  }
  stage.append(fragment);
  await Promise.all(elements.map((element) => element.updateComplete));
}

registerBench({
  teasers: (stage, n) =>
    renderAll(stage, n, 'stadt-news-teaser', 'teaser', (i) => teasers[i % teasers.length]),
  photos: (stage, n) => renderAll(stage, n, 'stadt-photo', 'photo', () => photo),
});
