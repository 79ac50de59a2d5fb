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
  // Raised for issue #16 (4,870 → 5,330): the zoom dialog carries caption and credit and pans the full-size
  // image; before hydration the zoom is a link; decorative photos drop figure, zoom and the spoken credit;
  // content-lang. (One template for figure and decorative frame instead of two saved only 8 B.)
  '<stadt-photo> own code': 5_330,
  // Raised for issue #14 (3,640 → 4,300): the teaser reads the light-DOM form a CMS editor writes (heading
  // with link, kicker, time, excerpt, media slot) and follows edits of it; the list levels light-DOM teasers.
  // Raised for issue #16 (4,300 → 4,450): the icon kept with the last word, content-lang on teaser and list.
  // Raised for issue #18 (4,450 → 4,800; measured 4,669): the CMS forms the Storybook stories now use showed
  // an empty light-DOM list said nothing (it observes its light DOM now) and a slotted photo's licence link
  // inside the card (the teaser sets plain-credit on it).
  '<stadt-news-teaser> + <stadt-news-list> own code': 4_800,
  // Raised for issue #18 (23,900 → 24,300; measured 24,110): the CMS-form fixes above and the photo's
  // structured credit (licence, source) in its light-DOM form. Raised for issue #20 (24,300 → 24,350;
  // measured 24,317): the weather starts its loader itself, only for a source, and aborts it for a given
  // observation — one render less per page view (+19 B gzip in the weather's own code, still under its 7,500).
  // Raised in stop 31 (24,350 → 24,400; measured 24,381): the teaser watches its light DOM only while it reads
  // from it and checks its date once; the model names its date formats (+64 B gzip).
  'all three components + model + lit': 24_400,
  // Issue #14: what a CMS page downloads from @stadtkit/elements/cdn/ (each file gzipped on its own). The
  // issue's goals (≤ 22 KB for every element, ≤ 14.3 KB for the weather alone) are not met; see REPORT.md.
  // Issue #16 added about 0.45 KB to the every-element pages (the photo and teaser changes above), issue #18
  // about 0.22 KB (the CMS-form fixes above). Issue #19 added <stadt-warnings> to "every element" (28,620 →
  // 37,649 measured; 40,083 server-rendered): cdn/warnings.js is 9.0 KB gzip on its own, most of it the
  // model's DWD/NINA parsers and period formatting, which only this element uses. Left as it is for now.
  'CMS page, every element via @stadtkit/elements autoloader (files, gzip each)': 38_400,
  // Raised for issue #20 (18,500 → 18,550): the weather's loader change above.
  'CMS page, weather only via @stadtkit/elements autoloader (files, gzip each)': 18_550,
  'CMS page, server-rendered, every element (+ hydrate.js)': 40_900,
};
