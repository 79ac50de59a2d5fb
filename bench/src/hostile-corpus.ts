/**
 * Hostile input for every property and attribute of every Stadtkit element: markup and script injection in
 * text, attributes and URLs, bidi overrides, invisible and broken Unicode, megabyte strings, and values of
 * the wrong type. Every payload that could run script calls `__canary()`; a test fails when it ever runs.
 */

const CALL = '__canary()';

/** Payloads that execute when parsed as HTML or used as markup. */
const markup = [
  `<script>${CALL}</script>`,
  `<SCRIPT SRC=data:text/javascript,${CALL}></SCRIPT>`,
  `<img src=x onerror=${CALL}>`,
  `<img src="x" onerror="${CALL}">`,
  `<svg onload=${CALL}>`,
  `<svg><script>${CALL}</script></svg>`,
  `"><script>${CALL}</script>`,
  `'><img src=x onerror=${CALL}>`,
  `</figcaption><script>${CALL}</script>`,
  `</a><img src=x onerror=${CALL}>`,
  `</style><img src=x onerror=${CALL}>`,
  `</textarea><img src=x onerror=${CALL}>`,
  `<iframe srcdoc="<script>parent.${CALL}</script>"></iframe>`,
  `<iframe src="javascript:parent.${CALL}"></iframe>`,
  `<object data="javascript:${CALL}"></object>`,
  `<embed src="javascript:${CALL}">`,
  `<details open ontoggle=${CALL}>`,
  `<body onload=${CALL}>`,
  `<input autofocus onfocus=${CALL}>`,
  `<video><source onerror=${CALL}></video>`,
  `<audio src=x onerror=${CALL}>`,
  `<marquee onstart=${CALL}>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${CALL}>`,
  `<noscript><p title="</noscript><img src=x onerror=${CALL}>">`,
  `<form><button formaction=javascript:${CALL}>x</button></form>`,
  `<a href="javascript:${CALL}">Link</a>`,
  `<base href="javascript:${CALL}//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${CALL}">`,
  `<link rel=import href="data:text/html,<script>${CALL}</script>">`,
  `<template><script>${CALL}</script></template>`,
  `<div style="background:url(javascript:${CALL})">`,
  `<style>@import 'javascript:${CALL}';</style>`,
  `<!--<img src="--><img src=x onerror=${CALL}//">`,
  `<![CDATA[<script>${CALL}</script>]]>`,
  `<?xml version="1.0"?><script>${CALL}</script>`,
  `<stadt-photo src=x onerror=${CALL}></stadt-photo>`,
  `<slot name=caption onclick=${CALL}></slot>`,
  // Lit's own template markers: must stay text, never become parts.
  `<?lit$1234$><img src=x onerror=${CALL}>`,
  `<!--?lit$1234$--><script>${CALL}</script>`,
  `lit$1234$ ${CALL}`,
  // Template and expression syntaxes of other frameworks a CMS may run.
  `{{constructor.constructor('${CALL}')()}}`,
  `\${${CALL}}`,
  `#{${CALL}}`,
  `<%= ${CALL} %>`,
  // Entities and encodings that must be shown, not decoded twice.
  `&lt;script&gt;${CALL}&lt;/script&gt;`,
  `&#60;img src=x onerror=${CALL}&#62;`,
  `%3Cscript%3E${CALL}%3C%2Fscript%3E`,
  `\\u003cscript\\u003e${CALL}\\u003c/script\\u003e`,
  `<scr<script>ipt>${CALL}</scr</script>ipt>`,
  `" onmouseover="${CALL}" x="`,
  `' onfocus='${CALL}' autofocus x='`,
  `\` onload=\`${CALL}\``,
];

/** URLs that must never reach href, src or fetch. */
const urls = [
  `javascript:${CALL}`,
  `JaVaScRiPt:${CALL}`,
  ` javascript:${CALL}`,
  `\tjavascript:${CALL}`,
  `java\nscript:${CALL}`,
  `java\u0000script:${CALL}`,
  `\u0001javascript:${CALL}`,
  `javascript&colon;${CALL}`,
  `javascript:/*--></title></style></textarea></script><svg/onload=${CALL}>`,
  `data:text/html,<script>${CALL}</script>`,
  `data:text/html;base64,PHNjcmlwdD5fX2NhbmFyeSgpPC9zY3JpcHQ+`,
  `data:image/svg+xml,<svg onload=${CALL}>`,
  `vbscript:msgbox(1)`,
  `file:///etc/passwd`,
  `blob:https://example.org/x`,
  `filesystem:https://example.org/x`,
  `//evil.example/x`,
  `/\\evil.example/x`,
  `\\\\evil.example\\x`,
  `https://user:pass@evil.example/`,
  `https://evil.example/<script>${CALL}</script>`,
  `https://evil.example/"onmouseover="${CALL}`,
  `http://[::1]:80/`,
  `http://0x7f.1/`,
  `https://xn--80ak6aa92e.com/`,
  `https://evil.example/${'a'.repeat(5000)}`,
  `https:${CALL}`,
  `mailto:x@example.org?body=<script>${CALL}</script>`,
  `tel:+49<script>`,
  `#"><img src=x onerror=${CALL}>`,
  `?q=<script>${CALL}</script>`,
  '',
  ' ',
  '#',
  '/',
];

/** Text that is legal but treacherous: bidi, invisible, combining and broken Unicode, control characters. */
const unicode = [
  '\u202Egnp.exe',
  'Stadt \u202EnehcabneffO\u202C am Main',
  '\u2066isolate\u2069 \u2067rtl\u2069 \u2068first\u2069',
  '\u200F\u200E\u061C marks',
  'Offenbach \u05D0\u05D1\u05D2 \u0627\u0644\u0639\u0631\u0628\u064A\u0629 mixed',
  '\u200B\u200C\u200D zero width',
  '\u00AD soft\u00ADhyphen',
  '\u00A0\u00A0nbsp\u00A0',
  '\u2028line\u2029paragraph',
  'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035A\u035B\u035C\u035D\u035E\u035F\u0360algo',
  'e\u0301'.repeat(50),
  '👩‍👩‍👧‍👦🏳️‍🌈🇩🇪',
  '\uFEFFbyte order mark',
  '\uFFFD replacement',
  '\uD800 lone high surrogate',
  '\uDC00 lone low surrogate',
  'NUL\u0000inside',
  'bell\u0007',
  'escape\u001B[31mred',
  'DEL\u007F',
  'C1\u0085\u009B',
  'tab\there',
  'new\nline',
  'carriage\r\nreturn',
  '   ',
  '\n\n',
  'Ä Ö Ü ä ö ü ß ẞ',
  'Straßenverkehrsordnungswidrigkeitenbußgeldkatalog'.repeat(8),
  '°C',
  '7 °C',
  '−7',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '0x1F',
  '٣٧',
  'null',
  'undefined',
  'true',
  '[object Object]',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
];

/** Sizes a CMS field can reach when something upstream breaks. */
const MB = 1024 * 1024;
const huge = [
  'A'.repeat(MB),
  `<script>${CALL}</script>`.repeat(Math.ceil(MB / 25)),
  'ä'.repeat(MB / 2),
  'wort'.repeat(MB / 4),
  '\u202E'.repeat(10_000),
  ' '.repeat(100_000),
  'x'.repeat(10_001),
  'x'.repeat(301),
  'x'.repeat(2_049),
];

/** The markup payloads again, inside ordinary text, as they would arrive in a press release. */
const embedded = markup.map((payload) => `Pressemitteilung: ${payload} – Stadt Offenbach`);

/** Every hostile string. */
export const hostileStrings: readonly string[] = [
  ...markup,
  ...embedded,
  ...urls,
  ...unicode,
  ...huge,
];

function pollutingObject(): unknown {
  return JSON.parse(
    '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
  );
}

/** An object every read of which throws, as a hostile or buggy script's proxy would. */
function unreadableObject(): unknown {
  const trap = () => {
    throw new Error('unreadable');
  };
  return new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap });
}

/** A revoked proxy: even `Array.isArray` on it throws. */
function revokedProxy(): unknown {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Values of the wrong type, as JSON from a broken CMS or a careless script would deliver them. */
export const hostileNonStrings: readonly unknown[] = [
  undefined,
  null,
  0,
  -1,
  1.5,
  -273.15,
  Number('1e309'), // Infinity, as JSON.parse gives it
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER,
  true,
  false,
  {},
  [],
  [null],
  [undefined, {}],
  ['<script>__canary()</script>'],
  { length: 3 },
  { toString: 'not a function' },
  pollutingObject(),
  new Date(Number.NaN),
  new Date('2019-11-12T14:20:00+01:00'),
  Array.from({ length: 1_000 }, (_, i) => ({ headline: `Meldung ${i}` })),
  { url: 'javascript:__canary()', width: 'wide', height: -1 },
  { holder: { nested: true } },
  // Values no JSON delivers but a script can: each must neither crash an element nor be called.
  unreadableObject(),
  revokedProxy(),
  { sources: unreadableObject(), alt: 'Alt', credit: { holder: 'Stadt' } },
  Symbol('stadtkit'),
  10n,
  () => (globalThis as unknown as { __canary(): void }).__canary(),
];

/** Every hostile value, strings first. */
export const hostileValues: readonly unknown[] = [...hostileStrings, ...hostileNonStrings];

/** A short, printable description of a value for test names and failure messages. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}… (${value.length} chars)` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value === undefined) return 'undefined';
  if (typeof value === 'symbol' || typeof value === 'bigint')
    return String(value) + (typeof value === 'bigint' ? 'n' : '');
  if (typeof value === 'function') return 'function';
  try {
    if (value instanceof Date)
      return `Date(${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()})`;
    const json = JSON.stringify(value) ?? Object.prototype.toString.call(value);
    return json.length > 60 ? `${json.slice(0, 57)}…` : json;
  } catch {
    return 'an unreadable object';
  }
}
