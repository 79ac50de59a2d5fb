// Stadtkit: <stadt-news-teaser> and <stadt-photo> fed with the model objects.
import '@stadtkit/news-teaser/define.js';
import '@stadtkit/photo/define.js';
import { mount, photo, registerBench, teasers } from './shared.js';

const updated = (element) => element.updateComplete;

registerBench({
  teasers: (stage, n) =>
    mount(
      stage,
      n,
      (i) =>
        Object.assign(document.createElement('stadt-news-teaser'), {
          teaser: teasers[i % teasers.length],
        }),
      updated,
    ),
  photos: (stage, n) =>
    mount(stage, n, () => Object.assign(document.createElement('stadt-photo'), { photo }), updated),
});
