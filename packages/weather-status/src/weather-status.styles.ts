import { css } from 'lit';

// The placeholder's default #767676 is 4.5:1 on white (3:1 at the pulse's faintest): people can see it.
// Loading needs JavaScript: until the element is defined (no script, or not loaded yet), the `.js` parts hide
// and only the `.no-js` link to the DWD shows.
export const styles = css`
  :host {
    display: inline-block;
    font: var(--stadt-weather-status-font, inherit);
    color: var(--stadt-weather-status-color, var(--stadt-color-text, currentColor));
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  .base,
  .visible {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--stadt-weather-status-gap, var(--stadt-space-xs, 0.35em));
    min-block-size: 1.5em;
  }
  [part='value'] {
    font-weight: var(--stadt-weather-status-value-weight, 700);
    font-variant-numeric: tabular-nums;
  }
  .placeholder {
    display: inline-block;
    min-inline-size: var(--stadt-weather-status-value-min-width, 7ch);
    block-size: 1em;
    border-radius: 0.25em;
    background: var(--stadt-weather-status-placeholder-color, #767676);
  }
  :host(:not(:defined)) .js,
  :host(:defined) .no-js {
    display: none;
  }
  a[part='fallback'] {
    color: var(--stadt-weather-status-link-color, var(--stadt-color-link, inherit));
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .icon {
    inline-size: var(--stadt-weather-status-icon-size, 1.25em);
    block-size: var(--stadt-weather-status-icon-size, 1.25em);
    flex: none;
  }
  .muted {
    color: var(--stadt-weather-status-muted-color, var(--stadt-color-text-muted, #595959));
  }
  [part='value'].muted {
    font-weight: inherit;
  }
  [part='attribution'] {
    font-size: 0.8em;
  }
  a[part='attribution'] {
    color: var(--stadt-weather-status-muted-color, var(--stadt-color-text-muted, #595959));
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a[part='attribution']:focus-visible,
  a[part='fallback']:focus-visible {
    outline: 2px solid var(--stadt-color-focus, #005a9c);
    outline-offset: 2px;
    border-radius: 2px;
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
  @media (prefers-reduced-motion: no-preference) {
    .placeholder {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.8;
    }
  }
  @media (forced-colors: active) {
    .placeholder {
      background: CanvasText;
    }
  }
`;
