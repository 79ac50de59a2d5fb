import { svg } from 'lit';
import type { WeatherIcon } from '@stadtkit/model';

/*
 * Icons for Bright Sky's icon vocabulary, drawn for Stadtkit (24×24, stroke in currentColor) and licensed
 * EUPL-1.2 with the rest of the package. They are decorative: the text next to them says the same.
 * Each icon is one path (circles drawn as two arcs), so the set is a table of strings and one template.
 */

const sun =
  'M8 12a4 4 0 1 0 8 0a4 4 0 1 0-8 0M12 2v2M12 20v2M2 12h2M20 12h2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4';
const smallSun = 'M5 8a3 3 0 1 0 6 0a3 3 0 1 0-6 0M8 2v1.5M2 8h1.5M3.8 3.8l1 1M12.2 3.8l-1 1';
const smallMoon = 'M11 9.5A4.5 4.5 0 0 1 5.5 4 4.5 4.5 0 1 0 11 9.5z';
const lowCloud = 'M8 16h9a3.5 3.5 0 0 0 .5-7A5 5 0 0 0 8.2 10.2 3 3 0 0 0 8 16z';
const precipitationCloud = 'M7 16h10a4 4 0 0 0 .6-8A6 6 0 0 0 6.2 9 3.5 3.5 0 0 0 7 16z';

const ICONS: Record<WeatherIcon, string> = {
  'clear-day': sun,
  'clear-night': 'M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z',
  'partly-cloudy-day': smallSun + lowCloud,
  'partly-cloudy-night': smallMoon + lowCloud,
  cloudy: 'M7 18h10a4 4 0 0 0 .6-8A6 6 0 0 0 6.2 11 3.5 3.5 0 0 0 7 18z',
  fog: 'M4 9h16M3 13h18M5 17h14',
  wind: 'M3 9h11a3 3 0 1 0-3-3M3 15h15a3 3 0 1 1-3 3',
  rain: `${precipitationCloud}M8 20l-1 2M12 20l-1 2M16 20l-1 2`,
  sleet: `${precipitationCloud}M8 19l-1 2M16 19l-1 2M12 21h.01`,
  snow: `${precipitationCloud}M8 21h.01M12 21h.01M16 21h.01M10 23h.01M14 23h.01`,
  hail: `${precipitationCloud}M8 20a1 1 0 1 0 2 0a1 1 0 1 0-2 0M14 20a1 1 0 1 0 2 0a1 1 0 1 0-2 0`,
  thunderstorm: `${precipitationCloud}M12 16l-2 4h4l-2 4`,
};

/** The icon as a decorative inline SVG, or undefined for a missing or unknown icon. */
export function iconTemplate(icon: WeatherIcon | undefined) {
  if (!icon || !Object.hasOwn(ICONS, icon)) return undefined;
  return svg`<svg part="icon" class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><path d=${ICONS[icon]} /></svg>`;
}
