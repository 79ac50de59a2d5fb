import '@stadtkit/photo/define.js';
import { StadtNewsList } from './news-list.js';
import { StadtNewsTeaser } from './news-teaser.js';

if (!customElements.get('stadt-news-teaser')) {
  customElements.define('stadt-news-teaser', StadtNewsTeaser);
}
if (!customElements.get('stadt-news-list')) {
  customElements.define('stadt-news-list', StadtNewsList);
}

declare global {
  interface HTMLElementTagNameMap {
    'stadt-news-teaser': StadtNewsTeaser;
    'stadt-news-list': StadtNewsList;
  }
}

export { StadtNewsList, StadtNewsTeaser };
