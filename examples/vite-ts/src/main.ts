import '@stadtkit/weather-status/define.js';
import '@stadtkit/photo/define.js';
import '@stadtkit/news-teaser/define.js';
import { gruppenbild, relatedTeasers } from '@stadtkit/model/fixtures';

// Typed through HTMLElementTagNameMap: `photo` is a Photo, `teasers` a NewsTeaser[].
const photo = document.querySelector('stadt-photo');
const list = document.querySelector('stadt-news-list');
const weather = document.querySelector('stadt-weather-status');
if (photo && list && weather) {
  photo.photo = gruppenbild;
  list.teasers = relatedTeasers;
  weather.locationName = 'Offenbach am Main';
  weather.addEventListener('stadt-weather-status-change', (event) => {
    document.documentElement.dataset.weather = event.state;
  });
}
