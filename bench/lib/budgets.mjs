// Size ceilings enforced by `npm test`. The targets of issue #9 (3 KB gzip per component's own code, 15 KB
// for all three with lit) are not met yet: these ceilings are today's sizes plus 2 %, so nothing grows while
// the components are slimmed down towards the targets (bench/REPORT.md shows both).
export const CEILINGS = {
  '<stadt-weather-status> own code': 6_020,
  '<stadt-photo> own code': 4_470,
  '<stadt-news-teaser> + <stadt-news-list> own code': 3_690,
  'all three components + model + lit': 21_130,
};
