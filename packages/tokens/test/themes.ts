// Shared by the theme tests: the five themes applied to the four components, and the contrast of every text
// and focus ring they draw, measured in the page.
import { gruppenbild, offenbachWeather, relatedTeasers } from '@stadtkit/model/fixtures';
import {
  contrastRatio,
  deepNodes,
  settle,
  teaserWithStoryMedia,
  withStoryMedia,
} from '@stadtkit/testing';
import '@stadtkit/news-teaser/define.js';
import '@stadtkit/photo/define.js';
import '@stadtkit/weather-status/define.js';
import themesCss from '../dist/css/themes.css?raw';

export function addStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style;
}

addStyle(themesCss);

/** The components in their main states inside a themed wrapper (as a city page would hold them). */
export async function themedComponents(theme: string): Promise<HTMLElement> {
  const wrapper = document.createElement('div');
  wrapper.dataset.stadtTheme = theme;
  // The page background is the theme's surface, as on a city's page.
  wrapper.style.cssText =
    'background: var(--stadt-color-surface); color: var(--stadt-color-text); padding: 1rem';
  wrapper.innerHTML = `
    <stadt-weather-status location-name="Offenbach am Main"></stadt-weather-status>
    <stadt-weather-status id="unavailable"></stadt-weather-status>
    <stadt-photo id="photo"></stadt-photo>
    <stadt-photo id="failed"></stadt-photo>
    <stadt-news-list heading="Weitere Meldungen" more-href="/presse"></stadt-news-list>
    <stadt-news-list id="empty" heading="Suche"></stadt-news-list>`;
  document.body.append(wrapper);
  const [weather, unavailable] = wrapper.querySelectorAll('stadt-weather-status');
  Object.assign(weather as object, { observation: offenbachWeather });
  Object.assign(unavailable as object, { observation: null });
  Object.assign(wrapper.querySelector('#photo') as object, { photo: withStoryMedia(gruppenbild) });
  Object.assign(wrapper.querySelector('#failed') as object, {
    photo: {
      ...gruppenbild,
      sources: [{ url: 'data:image/png;base64,AAAA', width: 640, height: 426 }],
    },
  });
  Object.assign(wrapper.querySelector('stadt-news-list') as object, {
    teasers: relatedTeasers
      .map(teaserWithStoryMedia)
      .map((teaser, index) =>
        index === 2 ? { ...teaser, url: 'https://www.onleihe.de/hessen/' } : teaser,
      ),
  });
  Object.assign(wrapper.querySelector('#empty') as object, { teasers: [] });
  await settle(wrapper);
  // Images settle (loaded or failed) so the placeholder states are what they will be.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return wrapper;
}

/** Every element at or below `root`, inside shadow roots too. */
function deepElements(root: Element): Element[] {
  return deepNodes(root).filter((node): node is Element => node instanceof Element);
}

function up(el: Element): Element | null {
  return el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
}

/** The background an element's text is drawn on: the nearest opaque background up the composed tree. */
function backgroundOf(el: Element): string {
  for (let node: Element | null = el; node; node = up(node)) {
    const value = getComputedStyle(node).backgroundColor;
    if (value !== 'rgba(0, 0, 0, 0)' && value !== 'transparent') return value;
  }
  return 'rgb(255, 255, 255)';
}

/** Every visible text in the components with its contrast; large text (24 px, or 18.66 px bold) needs 3:1. */
export function textContrasts(root: Element): { text: string; ratio: number; needed: number }[] {
  const found: { text: string; ratio: number; needed: number }[] = [];
  for (const text of deepNodes(root)) {
    if (!(text instanceof Text) || !text.data.trim()) continue;
    const parent = text.parentElement;
    if (!parent) continue;
    const box = parent.getBoundingClientRect();
    const style = getComputedStyle(parent);
    if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden') continue;
    const size = parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    found.push({
      text: text.data.trim().slice(0, 40),
      ratio: contrastRatio(style.color, backgroundOf(parent)),
      needed,
    });
  }
  return found;
}

/** The focus ring of every focusable element (or of the card around it) against the background behind it. */
export function focusContrasts(root: Element): { name: string; ratio: number }[] {
  const found: { name: string; ratio: number }[] = [];
  for (const el of deepElements(root)) {
    if (!el.matches('a[href], button')) continue;
    (el as HTMLElement).focus({ focusVisible: true } as FocusOptions);
    let ring: Element | null = el;
    for (let depth = 0; ring && depth < 5; depth += 1) {
      if (getComputedStyle(ring).outlineStyle !== 'none') break;
      ring = up(ring);
    }
    if (!ring || getComputedStyle(ring).outlineStyle === 'none') {
      found.push({
        name: `${el.localName} "${el.textContent?.trim().slice(0, 30)}" (no ring)`,
        ratio: 0,
      });
      continue;
    }
    const behind = up(ring);
    found.push({
      name: `${el.localName} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`,
      ratio: contrastRatio(
        getComputedStyle(ring).outlineColor,
        behind ? backgroundOf(behind) : 'white',
      ),
    });
    (el as HTMLElement).blur();
  }
  return found;
}
