export { StadtNewsTeaser } from './news-teaser.js';
export { StadtNewsList, type NewsListLayout } from './news-list.js';
export { messages } from './messages.js';
