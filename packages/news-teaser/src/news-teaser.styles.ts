import { css } from 'lit';
import { visuallyHidden } from './shared.styles.js';

// The stretched link: the headline link's ::after covers the whole card, so the card is one link with one tab
// stop, also without script (it lies above the photo, which is positioned). The excerpt and the photo's credit
// sit above it (z-index 2): their text stays selectable, and clicks on them are forwarded by script. Before and
// without script (host not :defined) only the link's area shows the pointer and the hover, because only there
// does a click work. (Comments live here, not in the CSS, so they are not shipped.)
// "Veröffentlicht am" before the date is for screen readers only: CSS alternative text of the meta line's
// ::before (nothing shown, the label read; `data-label` holds it in the UI language). A visually hidden span did
// the same at the cost of an absolutely positioned box per teaser (layout and paint, bench/REPORT.md). An
// engine without alternative text drops the declaration: the date is read alone.
export const styles = [
  visuallyHidden,
  css`
    :host {
      display: block;
      font: var(--stadt-news-teaser-font, inherit);
      color: var(--stadt-news-teaser-color, var(--stadt-color-text, currentColor));
    }
    :host([hidden]) {
      display: none;
    }
    .card {
      position: relative;
      display: flex;
      flex-direction: column;
      gap: var(--stadt-news-teaser-gap, var(--stadt-space-s, 0.5rem));
      block-size: 100%;
      box-sizing: border-box;
      padding: var(--stadt-news-teaser-padding, var(--stadt-space-m, 1rem));
      border: var(--stadt-news-teaser-border, 1px solid var(--stadt-color-border, #c8c8c8));
      border-radius: var(--stadt-news-teaser-radius, 0.25rem);
      background: var(--stadt-news-teaser-background, var(--stadt-color-surface, #fff));
      overflow-wrap: break-word;
      hyphens: auto;
    }
    :host(:defined) .card.linked {
      cursor: pointer;
    }
    .nowrap {
      white-space: nowrap;
    }
    .media ::slotted(img) {
      display: block;
      inline-size: 100%;
      block-size: auto;
    }
    :host(:defined) .card.linked:hover,
    .card.linked:has(a:hover) {
      background: var(
        --stadt-news-teaser-hover-background,
        var(--stadt-color-surface-hover, #f3f6f9)
      );
    }
    .card:has(a:focus-visible) {
      outline: 3px solid var(--stadt-color-focus, #005a9c);
      outline-offset: 2px;
    }
    .media {
      order: -2;
      margin: calc(-1 * var(--stadt-news-teaser-padding, var(--stadt-space-m, 1rem)));
      margin-block-end: 0;
    }
    .kicker {
      order: -1;
      margin: 0;
      font-size: 0.85em;
      font-weight: 700;
      text-transform: var(--stadt-news-teaser-kicker-transform, none);
      color: var(--stadt-news-teaser-kicker-color, var(--stadt-color-accent, #00528c));
    }
    .headline {
      margin: 0;
      font-size: var(--stadt-news-teaser-headline-size, 1.2em);
      line-height: 1.3;
    }
    a {
      color: var(--stadt-news-teaser-link-color, var(--stadt-color-link, #00528c));
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    a:focus {
      outline: none;
    }
    .linked a.stretched::after {
      content: '';
      position: absolute;
      inset: 0;
      z-index: 1;
    }
    .excerpt {
      position: relative;
      z-index: 2;
    }
    .media stadt-photo::part(caption) {
      padding-inline: var(--stadt-news-teaser-padding, var(--stadt-space-m, 1rem));
    }
    .media stadt-photo::part(credit) {
      position: relative;
      z-index: 2;
    }
    .meta::before {
      content: '' / attr(data-label) ' ';
    }
    .meta {
      margin: 0;
      font-size: 0.9em;
      color: var(--stadt-news-teaser-meta-color, var(--stadt-color-text-muted, #595959));
    }
    .excerpt {
      margin: 0;
      line-height: 1.5;
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: var(--stadt-news-teaser-excerpt-lines, 3);
      line-clamp: var(--stadt-news-teaser-excerpt-lines, 3);
      overflow: hidden;
    }
    .external-icon {
      inline-size: 0.8em;
      block-size: 0.8em;
      margin-inline-start: 0.25em;
      vertical-align: baseline;
    }
  `,
];
