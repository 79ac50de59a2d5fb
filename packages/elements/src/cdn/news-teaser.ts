// Defines <stadt-news-teaser> and <stadt-news-list> (and the <stadt-photo> they use).
export { StadtNewsList, StadtNewsTeaser } from '@stadtkit/news-teaser/define.js';
