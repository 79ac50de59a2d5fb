// Size ceilings enforced by `npm test`: today's sizes plus at most 3 % (the test also fails when a ceiling is
// further above the measurement, so a ceiling cannot quietly stop guarding). The targets of issue #9 (3 KB gzip
// per component's own code, 15 KB for all three with lit) are not met: lit and what the components use of the
// model already take about 10.8 KB of the 15 (bench/REPORT.md, "Where the bytes go"). Lower a ceiling whenever
// a change makes a bundle smaller.
//
// Raised for issue #13: the weather element loads through @lit/task (about 0.9 KB gzip of the 1.1 KB: it runs
// loading in the update cycle and aborts stale runs, which fixed hydration on second page views and same-task
// configuration), plus its initialObservation, the no-JavaScript link and the data-protection hint.
export const CEILINGS = {
  '<stadt-weather-status> own code': 7_500,
  // Raised for issue #14 (4,470 → 4,870): the light-DOM mode follows its image (state, error event, zoom).
  '<stadt-photo> own code': 4_870,
  // Raised for issue #14 (3,640 → 4,300): the teaser reads the light-DOM form a CMS editor writes (heading
  // with link, kicker, time, excerpt, media slot) and follows edits of it; the list levels light-DOM teasers.
  '<stadt-news-teaser> + <stadt-news-list> own code': 4_300,
  'all three components + model + lit': 23_700,
  // Issue #14: what a CMS page downloads from @stadtkit/elements/cdn/ (each file gzipped on its own). The
  // issue's goals (≤ 22 KB for every element, ≤ 14.3 KB for the weather alone) are not met; see REPORT.md.
  'CMS page, every element via @stadtkit/elements autoloader (files, gzip each)': 27_600,
  'CMS page, weather only via @stadtkit/elements autoloader (files, gzip each)': 18_500,
  'CMS page, server-rendered, every element (+ hydrate.js)': 30_100,
};
