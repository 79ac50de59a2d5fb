import { css } from 'lit';

// Levels: the DWD's colours (yellow, orange, red, violet), each badge with its name in text; black text on the
// first three (19.6, 9.8 and 5.3:1), white on violet (8.7:1). Until the element is defined and without data
// (no script), the `.js` parts hide and only the `.no-js` link to the DWD's warnings shows.
export const styles = css`
  :host {
    display: block;
    font: var(--stadt-warnings-font, inherit);
    color: var(--stadt-warnings-color, var(--stadt-color-text, currentColor));
    line-height: 1.5;
  }
  :host([variant='compact']) {
    display: inline-block;
  }
  :host([hidden]) {
    display: none;
  }
  .summary {
    overflow-wrap: anywhere;
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--stadt-warnings-gap, var(--stadt-space-s, 0.5rem));
  }
  .active > span:not(.level):not(.muted),
  .active > a {
    font-weight: 700;
  }
  .muted,
  .stale {
    color: var(--stadt-warnings-muted-color, var(--stadt-color-text-muted, #595959));
  }
  a {
    color: var(--stadt-warnings-link-color, var(--stadt-color-link, inherit));
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 2px solid var(--stadt-color-focus, #005a9c);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .level {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid #000;
    border-radius: var(--stadt-warnings-radius, 0.25rem);
    font-size: 0.875em;
    font-weight: 700;
    color: #000;
    background: var(--stadt-warnings-minor, var(--stadt-color-warning-minor, #ffff00));
  }
  .level.moderate {
    background: var(--stadt-warnings-moderate, var(--stadt-color-warning-moderate, #ff9900));
  }
  .level.severe {
    background: var(--stadt-warnings-severe, var(--stadt-color-warning-severe, #ff0000));
  }
  .level.extreme {
    color: #fff;
    background: var(--stadt-warnings-extreme, var(--stadt-color-warning-extreme, #880088));
  }
  .lead {
    margin: 0 0 var(--stadt-warnings-gap, var(--stadt-space-s, 0.5rem));
  }
  .list {
    display: grid;
    gap: var(--stadt-warnings-gap, var(--stadt-space-s, 0.5rem));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .warning {
    padding: var(--stadt-space-m, 1rem);
    border: var(--stadt-warnings-border, 1px solid var(--stadt-color-border, #c8c8c8));
    border-inline-start-width: 0.5rem;
    border-inline-start-color: var(
      --stadt-warnings-minor,
      var(--stadt-color-warning-minor, #ffff00)
    );
    border-radius: var(--stadt-warnings-radius, 0.25rem);
    /* A grid item shrinks below its longest word ("Gefahreninformation" with wide text spacing at 320 px). */
    min-inline-size: 0;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .warning.moderate {
    border-inline-start-color: var(
      --stadt-warnings-moderate,
      var(--stadt-color-warning-moderate, #ff9900)
    );
  }
  .warning.severe {
    border-inline-start-color: var(
      --stadt-warnings-severe,
      var(--stadt-color-warning-severe, #ff0000)
    );
  }
  .warning.extreme {
    border-inline-start-color: var(
      --stadt-warnings-extreme,
      var(--stadt-color-warning-extreme, #880088)
    );
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--stadt-warnings-gap, var(--stadt-space-s, 0.5rem));
  }
  .event {
    font-size: 1.125em;
    font-weight: 700;
  }
  .warning p {
    margin: 0.5em 0 0;
  }
  .headline {
    font-weight: 700;
  }
  .text {
    white-space: pre-line;
  }
  .facts {
    margin: 0.5em 0 0;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.35em;
  }
  .facts dd {
    margin: 0;
  }
  .source {
    font-size: 0.875em;
  }
  :host(:not(:defined)) .js,
  :host(:defined) .no-js {
    display: none;
  }
  .placeholder {
    color: var(--stadt-warnings-muted-color, var(--stadt-color-text-muted, #595959));
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    .level {
      border-color: CanvasText;
    }
    .warning {
      border-inline-start-color: CanvasText;
    }
  }
`;
