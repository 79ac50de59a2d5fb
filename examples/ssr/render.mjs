// A CMS render step: writes dist/fragment.html (what the CMS puts into its page template), dist/index.html (a
// page around it, as the CMS would deliver it) and dist/csp.txt (the Content-Security-Policy that page needs).
import { renderElement, styleHashes } from '@stadtkit/elements/ssr.js';
import { gruppenbild, offenbachWeather, relatedTeasers } from '@stadtkit/model/fixtures';
import { mkdirSync, writeFileSync } from 'node:fs';

const fragment = [
  '<p>Aktuelles Wetter: ',
  await renderElement('stadt-weather-status', {
    attributes: { 'base-url': '/weather', 'location-name': 'Offenbach am Main' },
    properties: { initialObservation: offenbachWeather },
  }),
  '</p>',
  await renderElement('stadt-photo', { properties: { photo: gruppenbild } }),
  await renderElement('stadt-news-list', {
    attributes: { heading: 'Weitere Meldungen', layout: 'grid' },
    properties: { teasers: relatedTeasers },
  }),
].join('\n');

const csp = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${styleHashes(fragment).join(' ')}`,
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const page = `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Server-rendered Stadtkit</title>
    <script type="module" src="/node_modules/@stadtkit/elements/cdn/autoloader.js"></script>
  </head>
  <body>
    <main>
      <h1>Pressemitteilung</h1>
      ${fragment}
    </main>
  </body>
</html>
`;

// A page with exactly one component may load that package's embed.js instead (lit bundled in; it hydrates
// server-rendered markup too). Several embeds on one page would each bring their own lit: use the autoloader.
const photoOnly = await renderElement('stadt-photo', { properties: { photo: gruppenbild } });
const photoPage = page
  .replace(
    '/node_modules/@stadtkit/elements/cdn/autoloader.js',
    '/node_modules/@stadtkit/photo/dist/embed.js',
  )
  .replace(fragment, photoOnly);

mkdirSync('dist', { recursive: true });
writeFileSync('dist/photo.html', photoPage);
writeFileSync('dist/fragment.html', fragment);
writeFileSync('dist/index.html', page);
writeFileSync('dist/csp.txt', csp);
console.log(`dist/index.html: ${page.length} characters; CSP: ${csp}`);
