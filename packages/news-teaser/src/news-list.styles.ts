import { css } from 'lit';

export const listStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font: var(--stadt-news-list-font, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  .heading {
    margin: 0 0 var(--stadt-news-list-gap, var(--stadt-space-m, 1rem));
  }
  ul,
  ::slotted(ul) {
    display: grid;
    /* One column that may shrink below its items' min-content: a slotted <ul>'s <li> cannot be given
       min-inline-size from here, and an auto column let a teaser push the list past 320 px. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--stadt-news-list-gap, var(--stadt-space-m, 1rem));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    min-inline-size: 0;
  }
  @container (min-width: 36rem) {
    :host([layout='grid']) ul,
    :host([layout='grid']) ::slotted(ul) {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 56rem) {
    :host([layout='grid']) ul,
    :host([layout='grid']) ::slotted(ul) {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  .empty {
    margin: 0;
    color: var(--stadt-news-list-empty-color, var(--stadt-color-text-muted, #595959));
  }
  .more {
    display: inline-block;
    margin-block-start: var(--stadt-news-list-gap, var(--stadt-space-m, 1rem));
    color: var(--stadt-news-list-link-color, var(--stadt-color-link, #00528c));
    font-weight: 700;
  }
  .more:focus-visible {
    outline: 3px solid var(--stadt-color-focus, #005a9c);
    outline-offset: 2px;
  }
`;
