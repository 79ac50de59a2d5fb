import { html, LitElement } from 'lit';
import { messagesFor, resolveLang } from './messages.js';
import { styles } from './weather-status.styles.js';

const MINUS = '\u2212';

/**
 * Shows the current temperature of a city, or says plainly that there is none: never a bare unit.
 *
 * @tag stadt-weather-status
 * @csspart label - The label, "Aktuelles Wetter".
 * @csspart value - The temperature, or the "not available" text.
 * @cssprop [--stadt-weather-status-color=var(--stadt-color-text, inherit)] - Text colour.
 * @cssprop [--stadt-weather-status-font=inherit] - Font shorthand.
 * @cssprop [--stadt-weather-status-value-weight=700] - Font weight of the value.
 */
export class StadtWeatherStatus extends LitElement {
  static override styles = styles;

  static override properties = {
    temperature: { type: Number, reflect: true },
  };

  /** Air temperature in degrees Celsius; missing or not a finite number means "no data". */
  declare temperature: number | undefined;

  constructor() {
    super();
    this.temperature = undefined;
  }

  private get temperatureValue(): number | undefined {
    const value = this.temperature;
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  }

  override render() {
    const t = messagesFor(resolveLang(this));
    const value = this.temperatureValue;
    if (value === undefined) {
      return html`<span part="label">${t.label}:</span> <span part="value">${t.unavailable}</span>`;
    }
    const rounded = Math.round(value);
    const sign = rounded < 0 ? MINUS : '';
    const shown = `${sign}${Math.abs(rounded)}\u00a0°C`;
    const spoken = `${rounded < 0 ? 'minus ' : ''}${Math.abs(rounded)} ${t.degreesSpoken}`;
    return html`<span part="label">${t.label}:</span>
      <span part="value"
        ><span aria-hidden="true">${shown}</span
        ><span class="visually-hidden">${spoken}</span></span
      >`;
  }
}
