import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    font: var(--stadt-weather-status-font, inherit);
    color: var(--stadt-weather-status-color, var(--stadt-color-text, inherit));
  }
  :host([hidden]) {
    display: none;
  }
  [part='value'] {
    font-weight: var(--stadt-weather-status-value-weight, 700);
    font-variant-numeric: tabular-nums;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
