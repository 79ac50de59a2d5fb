import { css } from 'lit';

// The structured credit's small.credit::before: "©" on screen, read as "Copyright" (CSS alternative text; the
// same word in German and English). An engine without alternative text keeps the first declaration: "©", which
// screen readers read as "copyright" too. (Comments live here, not in the CSS, so they are not shipped.)

export const styles = css`
  :host {
    display: block;
    font: var(--stadt-photo-font, inherit);
    color: var(--stadt-photo-color, var(--stadt-color-text, currentColor));
  }
  :host([hidden]) {
    display: none;
  }
  .figure {
    display: block;
    margin: 0;
  }
  img,
  ::slotted(img) {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: var(--stadt-photo-radius, 0);
    background: var(
      --stadt-photo-placeholder-background,
      var(--stadt-color-surface-muted, #e6e6e6)
    );
  }
  .failed-box {
    display: grid;
    max-inline-size: 100%;
    inline-size: fit-content;
    border-radius: var(--stadt-photo-radius, 0);
    background: var(
      --stadt-photo-placeholder-background,
      var(--stadt-color-surface-muted, #e6e6e6)
    );
    color: var(--stadt-photo-placeholder-color, var(--stadt-color-text, #1a1a1a));
  }
  .failed-box > * {
    grid-area: 1 / 1;
  }
  .spacer {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
  }
  .failed {
    align-self: center;
    justify-self: center;
    padding: var(--stadt-space-m, 1rem);
    text-align: center;
    overflow-wrap: anywhere;
    overflow: hidden;
  }
  :host([placement='overlay']) .figcaption {
    position: relative;
  }
  .figcaption {
    margin-block-start: var(--stadt-photo-gap, var(--stadt-space-s, 0.5rem));
    font-size: var(--stadt-photo-caption-font-size, 0.9em);
    overflow-wrap: break-word;
    hyphens: auto;
  }
  small.credit::before {
    content: '\\a9\\a0';
    content: '\\a9\\a0' / 'Copyright ';
  }
  .credit {
    display: block;
    font-size: var(--stadt-photo-credit-font-size, 0.85em);
    color: var(--stadt-photo-credit-color, var(--stadt-color-text-muted, #595959));
  }
  :host([placement='overlay']) .credit {
    position: absolute;
    inset-block-end: calc(100% + var(--stadt-photo-gap, var(--stadt-space-s, 0.5rem)));
    inset-inline-end: 0;
    max-inline-size: 100%;
    padding: 0.15em 0.5em;
    box-sizing: border-box;
    background: var(--stadt-photo-overlay-background, rgb(0 0 0 / 0.75));
    color: var(--stadt-photo-overlay-color, #fff);
  }
  :host([placement='overlay']) .credit a {
    color: inherit;
  }
  a {
    color: var(--stadt-photo-link-color, var(--stadt-color-link, #00528c));
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--stadt-color-focus, #005a9c);
    outline-offset: 2px;
  }
  .zoom {
    display: block;
    color: inherit;
    padding: 0;
    border: 0;
    background: none;
    cursor: zoom-in;
    font: inherit;
    max-inline-size: 100%;
  }
  dialog {
    max-inline-size: min(96vw, 100rem);
    max-block-size: 96vh;
    padding: var(--stadt-space-s, 0.5rem);
    border: 0;
    background: var(--stadt-photo-dialog-background, #fff);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.8);
  }
  .dialog-scroll {
    overflow: auto;
    max-block-size: calc(96vh - 8rem);
  }
  .dialog-scroll img {
    max-inline-size: none;
    max-block-size: none;
    margin-inline: auto;
  }
  .dialog-caption {
    max-inline-size: 60rem;
    margin: var(--stadt-space-s, 0.5rem) 0 0;
    color: var(--stadt-photo-dialog-color, #1a1a1a);
  }
  .dialog-caption .credit {
    display: inline;
    color: inherit;
  }
  .dialog-bar {
    display: flex;
    justify-content: flex-end;
    margin-block-end: var(--stadt-space-s, 0.5rem);
  }
  .close {
    font: inherit;
    padding: 0.4em 0.9em;
    border: 1px solid currentColor;
    border-radius: 0.25em;
    background: #fff;
    color: #1a1a1a;
    cursor: pointer;
  }
  @media (forced-colors: active) {
    :host([placement='overlay']) .credit {
      background: Canvas;
      color: CanvasText;
    }
  }
`;
