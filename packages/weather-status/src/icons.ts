import { svg, type SVGTemplateResult } from 'lit';
import type { WeatherIcon } from '@stadtkit/model';

/*
 * Icons for Bright Sky's icon vocabulary, drawn for Stadtkit (24×24, stroke in currentColor) and licensed
 * EUPL-1.2 with the rest of the package. They are decorative: the text next to them says the same.
 */

const sun = svg`<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M2 12h2M20 12h2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/>`;
const moon = svg`<path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z"/>`;
const cloud = svg`<path d="M7 18h10a4 4 0 0 0 .6-8A6 6 0 0 0 6.2 11 3.5 3.5 0 0 0 7 18z"/>`;
const smallSun = svg`<circle cx="8" cy="8" r="3"/><path d="M8 2v1.5M2 8h1.5M3.8 3.8l1 1M12.2 3.8l-1 1"/>`;
const smallMoon = svg`<path d="M11 9.5A4.5 4.5 0 0 1 5.5 4 4.5 4.5 0 1 0 11 9.5z"/>`;
const lowCloud = svg`<path d="M8 16h9a3.5 3.5 0 0 0 .5-7A5 5 0 0 0 8.2 10.2 3 3 0 0 0 8 16z"/>`;
const rainDrops = svg`<path d="M8 20l-1 2M12 20l-1 2M16 20l-1 2"/>`;
const snowDots = svg`<path d="M8 21h.01M12 21h.01M16 21h.01M10 23h.01M14 23h.01"/>`;

export const ICONS: Record<WeatherIcon, SVGTemplateResult> = {
  'clear-day': sun,
  'clear-night': moon,
  'partly-cloudy-day': svg`${smallSun}${lowCloud}`,
  'partly-cloudy-night': svg`${smallMoon}${lowCloud}`,
  cloudy: cloud,
  fog: svg`<path d="M4 9h16M3 13h18M5 17h14"/>`,
  wind: svg`<path d="M3 9h11a3 3 0 1 0-3-3M3 15h15a3 3 0 1 1-3 3"/>`,
  rain: svg`<path d="M7 16h10a4 4 0 0 0 .6-8A6 6 0 0 0 6.2 9 3.5 3.5 0 0 0 7 16z"/>${rainDrops}`,
  sleet: svg`<path d="M7 16h10a4 4 0 0 0 .6-8A6 6 0 0 0 6.2 9 3.5 3.5 0 0 0 7 16z"/><path d="M8 19l-1 2M16 19l-1 2"/><path d="M12 21h.01"/>`,
  snow: svg`<path d="M7 16h10a4 4 0 0 0 .6-8A6 6 0 0 0 6.2 9 3.5 3.5 0 0 0 7 16z"/>${snowDots}`,
  hail: svg`<path d="M7 16h10a4 4 0 0 0 .6-8A6 6 0 0 0 6.2 9 3.5 3.5 0 0 0 7 16z"/><circle cx="9" cy="20" r="1"/><circle cx="15" cy="20" r="1"/>`,
  thunderstorm: svg`<path d="M7 16h10a4 4 0 0 0 .6-8A6 6 0 0 0 6.2 9 3.5 3.5 0 0 0 7 16z"/><path d="M12 16l-2 4h4l-2 4"/>`,
};

/** The icon as a decorative inline SVG, or nothing for a missing or unknown icon. */
export function iconTemplate(icon: WeatherIcon | undefined) {
  if (!icon || !Object.hasOwn(ICONS, icon)) return undefined;
  return svg`<svg part="icon" class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round">${ICONS[icon]}</svg>`;
}
