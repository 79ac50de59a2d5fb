// Shoelace's teaser cards (pages/shoelace.js) with the presentation Stadtkit's teaser has, as page CSS: what a
// city would write to get the same teaser from an <sl-card>. The bare card (shoelace.js) shows its content in
// the browser's default styles: no line clamp, no hyphenation, no stretched link, no kicker, date or link
// styles. This page answers whether a gap to it is the element's machinery or the presentation (issue #20).
// The rules follow packages/news-teaser/src/news-teaser.styles.ts one for one, with custom properties and
// fallbacks of the same depth; the kicker keeps its place after the headline (an sl-card's slots fix the order).
import './shoelace.js';

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  sl-card {
    display: block;
    position: relative;
    font: var(--teaser-font, inherit);
    color: var(--teaser-color, var(--color-text, currentColor));
    overflow-wrap: break-word;
    hyphens: auto;
  }
  sl-card:hover {
    background: var(--teaser-hover-background, var(--color-surface-hover, #f3f6f9));
  }
  sl-card:has(a:focus-visible) {
    outline: 3px solid var(--color-focus, #005a9c);
    outline-offset: 2px;
  }
  sl-card h3 {
    margin: 0;
    font-size: var(--teaser-headline-size, 1.2em);
    line-height: 1.3;
  }
  sl-card a {
    color: var(--teaser-link-color, var(--color-link, #00528c));
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  sl-card a:focus {
    outline: none;
  }
  sl-card a::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
  }
  sl-card p:first-of-type {
    margin: 0;
    font-size: 0.85em;
    font-weight: 700;
    text-transform: var(--teaser-kicker-transform, none);
    color: var(--teaser-kicker-color, var(--color-accent, #00528c));
  }
  sl-card time {
    display: block;
    font-size: 0.9em;
    color: var(--teaser-meta-color, var(--color-text-muted, #595959));
  }
  sl-card time::before {
    content: '' / 'Veröffentlicht am' ' ';
  }
  sl-card p:last-of-type {
    position: relative;
    z-index: 2;
    margin: 0;
    line-height: 1.5;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--teaser-excerpt-lines, 3);
    overflow: hidden;
  }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
