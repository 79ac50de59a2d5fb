// Stadtkit: <stadt-news-teaser> and <stadt-photo> fed with the model objects.
import '@stadtkit/news-teaser/define.js';
import '@stadtkit/photo/define.js';
import '@stadtkit/weather-status/define.js';
import { mount, pageContent, photo, registerBench, teasers } from './shared.js';

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
  page: async (stage) => {
    const weather = Object.assign(document.createElement('stadt-weather-status'), {
      observation: pageContent.weather,
      // The element's clock is a function (a Date here was refused with a warning and the real clock used).
      now: () => pageContent.now.getTime(),
    });
    const lead = Object.assign(document.createElement('stadt-photo'), {
      photo: pageContent.photo,
      loading: 'eager',
    });
    const list = document.createElement('section');
    const items = pageContent.teasers.map((teaser) =>
      Object.assign(document.createElement('stadt-news-teaser'), { teaser }),
    );
    list.append(...items);
    stage.append(weather, lead, list);
    const all = [weather, lead, ...items];
    // Every element updated, the teasers' own photos too.
    await Promise.all(all.map(updated));
    await Promise.all(
      items.flatMap((item) => [...item.renderRoot.querySelectorAll('stadt-photo')].map(updated)),
    );
  },
});
