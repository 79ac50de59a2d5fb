// The SSR recipe's server side on the Node version running this script (npm test runs it on 22 and 24 too):
// an element rendered to declarative shadow DOM with its data script, and the CSP hashes for its styles.
import assert from 'node:assert/strict';
import { renderElement, styleHashes } from '../dist/ssr.js';

const html = await renderElement('stadt-photo', {
  attributes: { zoom: true },
  properties: {
    photo: {
      sources: [{ url: '/media/a-640.jpg', width: 640, height: 426 }],
      alt: 'Gruppenbild </script><script>alert(1)</script>',
      credit: { holder: 'Stadt Offenbach' },
    },
  },
});
assert.ok(
  /<stadt-photo\s+zoom[^>]*><template shadowroot="open" shadowrootmode="open">/.test(html),
  'the element with its attribute and a declarative shadow root',
);
assert.match(html, /<figure part="figure" class="figure">/);
assert.match(html, /Stadt Offenbach/);
// The data script holds the JSON with "<" escaped: the hostile alt text cannot close the script.
const script =
  /<script type="application\/json" data-stadt-props>(.*?)<\/script><\/stadt-photo>/s.exec(html);
assert.ok(script, 'the data script sits inside the element');
assert.ok(!script[1].includes('<'), 'no raw "<" in the JSON');
assert.equal(JSON.parse(script[1]).photo.alt, 'Gruppenbild </script><script>alert(1)</script>');
assert.ok(styleHashes(html).every((source) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source)));
assert.ok(styleHashes(html).length >= 1);
await assert.rejects(
  renderElement('stadt-photo', { properties: { innerHTML: 'x' } }),
  /takes photo/,
);
await assert.rejects(renderElement('stadt-wetter'), /unknown element/);
await assert.rejects(
  renderElement('stadt-photo', { attributes: { 'x"onload': '1' } }),
  /invalid attribute/,
);
console.log(`SSR recipe on Node ${process.versions.node}: ok`);
