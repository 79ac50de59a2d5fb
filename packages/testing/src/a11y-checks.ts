// Accessibility checks beyond axe-core, run inside a real page: layout under the WCAG reflow, zoom and text
// spacing conditions, focus rings and their contrast, control boundaries in forced colours. Every function that
// is handed to `page.evaluate` is self-contained (no closures over module scope), so any driver can send it.
import type { Page } from 'playwright';

/** WCAG 1.4.12: the text spacing a user may set without losing content or function. */
export const TEXT_SPACING_CSS = `*, *::before, *::after {
  line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important;
}
p { margin-block-end: 2em !important; }`;

/**
 * Runs in the page: what breaks the layout under `selector` (default body), shadow roots included —
 * horizontal scrolling of the document, text clipped by `overflow: hidden`, text boxes that overlap.
 */
export function layoutProblems(selector = 'body'): string[] {
  const problems: string[] = [];
  const describe = (el: Element): string => {
    const part = el.getAttribute('part');
    const cls =
      typeof el.className === 'string' && el.className.trim()
        ? `.${el.className.trim().split(/\s+/).join('.')}`
        : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${el.localName}${part ? `[part=${part}]` : ''}${cls} "${text}"`;
  };
  const root = document.querySelector(selector) ?? document.body;
  const elements: Element[] = [];
  const texts: Text[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child instanceof Element) {
        elements.push(child);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      } else if (child instanceof Text && child.data.trim() !== '') texts.push(child);
    }
  };
  walk(root);
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1)
    problems.push(
      `horizontal scroll: the page is ${doc.scrollWidth}px wide in ${doc.clientWidth}px`,
    );
  const shown = (el: Element): boolean => {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0')
      return false;
    const box = el.getBoundingClientRect();
    return box.width > 1 && box.height > 1;
  };
  // Screen-reader-only text (1 px boxes, clip) and closed dialogs are not on screen.
  const onScreen = (text: Text): boolean => {
    for (let el: Element | null = text.parentElement, depth = 0; el && depth < 4; depth += 1) {
      if (!shown(el)) return false;
      const style = getComputedStyle(el);
      if (style.clipPath !== 'none' || (style.clip !== 'auto' && style.clip !== '')) return false;
      el =
        el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    }
    return true;
  };
  for (const el of elements) {
    const style = getComputedStyle(el);
    if (!(style.overflowX === 'hidden' || style.overflowX === 'clip')) continue;
    if (el.clientWidth <= 1 || !shown(el) || (el.textContent ?? '').trim() === '') continue;
    if (el.scrollWidth > el.clientWidth + 1)
      problems.push(`clipped: ${describe(el)} needs ${el.scrollWidth}px, has ${el.clientWidth}px`);
  }
  // A text's boxes, cut to what its scrolling or clipping ancestors show (a line-clamped excerpt's hidden lines
  // are not on screen).
  const visibleBox = (text: Text, rect: DOMRect): DOMRect | undefined => {
    let { left, top, right, bottom } = rect;
    for (
      let el: Element | null = text.parentElement;
      el;
      el =
        el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null
    ) {
      const style = getComputedStyle(el);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const clip = el.getBoundingClientRect();
      left = Math.max(left, clip.left);
      top = Math.max(top, clip.top);
      right = Math.min(right, clip.right);
      bottom = Math.min(bottom, clip.bottom);
    }
    return right - left > 1 && bottom - top > 1
      ? new DOMRect(left, top, right - left, bottom - top)
      : undefined;
  };
  // An open modal dialog lies on top of the page, which is inert behind it: only the dialog's text counts.
  const modal = elements.find((el) => el instanceof HTMLDialogElement && el.matches(':modal'));
  const inModal = (text: Text): boolean => {
    for (
      let el: Element | null = text.parentElement;
      el;
      el =
        el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null
    )
      if (el === modal) return true;
    return false;
  };
  const boxes: { text: Text; rect: DOMRect }[] = [];
  for (const text of texts) {
    if (!onScreen(text) || (modal && !inModal(text))) continue;
    const range = document.createRange();
    range.selectNodeContents(text);
    for (const rect of range.getClientRects()) {
      const box = rect.width > 1 && rect.height > 1 ? visibleBox(text, rect) : undefined;
      if (box) boxes.push({ text, rect: box });
    }
  }
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i] as { text: Text; rect: DOMRect };
      const b = boxes[j] as { text: Text; rect: DOMRect };
      if (a.text === b.text) continue;
      const width = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const height = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      // Half the smaller line's height: line boxes of neighbouring lines touch, text on top of text overlaps.
      if (width > 2 && height > Math.min(a.rect.height, b.rect.height) / 2)
        problems.push(
          `overlap: "${a.text.data.trim().slice(0, 30)}" and "${b.text.data.trim().slice(0, 30)}"`,
        );
    }
  }
  return [...new Set(problems)];
}

/**
 * Runs in the page: the focused element (deep, through shadow roots), its focus ring (on it or on the nearest
 * of four composed ancestors, as a card's ring around its link), the ring's contrast against the background it
 * is drawn on, and whether the element is on screen and not covered.
 */
export function focusStop(): {
  name: string;
  problem?: string;
  contrast?: number;
} | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const up = (node: Element): Element | null =>
    node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  // Roughly the accessible name: aria-label, a field's label, an image's alt, else the text.
  const label =
    el.getAttribute('aria-label') ??
    (el instanceof HTMLInputElement
      ? (el.labels?.[0]?.textContent ?? el.name)
      : (el.textContent ?? '').trim() || (el.querySelector('img')?.alt ?? ''));
  const name = `${el.localName} "${label.replaceAll('\u00ad', '').replace(/\s+/g, ' ').trim().slice(0, 70)}"`;
  const rgb = (value: string): [number, number, number, number] | undefined => {
    const match = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)/.exec(value);
    if (!match) return undefined;
    return [
      Number(match[1]),
      Number(match[2]),
      Number(match[3]),
      match[4] === undefined ? 1 : Number(match[4]),
    ];
  };
  const luminance = ([r, g, b]: [number, number, number, number]): number => {
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  let ring: Element | null = el;
  for (let depth = 0; ring && depth < 5; depth += 1) {
    const style = getComputedStyle(ring);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) break;
    ring = up(ring);
  }
  if (!ring || getComputedStyle(ring).outlineStyle === 'none')
    return { name, problem: `${name}: no visible focus ring` };
  const colour = rgb(getComputedStyle(ring).outlineColor);
  let background: [number, number, number, number] | undefined;
  for (let node = up(ring); node; node = up(node)) {
    const value = rgb(getComputedStyle(node).backgroundColor);
    if (value && value[3] > 0.5) {
      background = value;
      break;
    }
  }
  background ??= rgb(getComputedStyle(document.documentElement).backgroundColor);
  if (!background || background[3] < 0.5) background = [255, 255, 255, 1];
  let contrast: number | undefined;
  let problem: string | undefined;
  if (colour) {
    const [light, dark] = [luminance(colour), luminance(background)].sort((a, b) => b - a) as [
      number,
      number,
    ];
    contrast = Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100;
    if (contrast < 3)
      problem = `${name}: focus ring ${contrast}:1 against its background (3:1 needed)`;
  }
  const box = el.getBoundingClientRect();
  const x = box.left + Math.min(box.width / 2, 8);
  const y = box.top + box.height / 2;
  if (y < 0 || y > innerHeight || x < 0 || x > innerWidth)
    problem ??= `${name}: focused but outside the viewport`;
  else {
    let hit: Element | null = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    const related = (a: Element | null, b: Element): boolean => {
      for (let node = a; node; node = up(node)) if (node === b) return true;
      return false;
    };
    if (hit && !related(hit, el) && !related(el, hit))
      problem ??= `${name}: covered by ${hit.localName}`;
  }
  return { name, problem, contrast };
}

/**
 * Runs in the page: controls without a visible boundary (buttons and fields with no border); in forced colours
 * a transparent border is painted, `border: 0` is not. Buttons whose content is an image are their own boundary.
 */
export function boundaryProblems(selector = 'body'): string[] {
  const problems: string[] = [];
  const walk = (node: ParentNode): Element[] =>
    [...node.querySelectorAll('*')].flatMap((el) => [
      el,
      ...(el.shadowRoot ? walk(el.shadowRoot) : []),
    ]);
  const root = document.querySelector(selector) ?? document.body;
  for (const el of walk(root)) {
    if (!el.matches('button, input:not([type=hidden]), select, textarea')) continue;
    const box = el.getBoundingClientRect();
    if (box.width < 2 || box.height < 2) continue;
    if (el.querySelector('img, svg, slot')) continue;
    const style = getComputedStyle(el);
    const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
    const bordered = sides.some(
      (side) =>
        style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
        parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1,
    );
    if (!bordered)
      problems.push(`${el.localName} "${(el.textContent ?? '').trim()}": no visible boundary`);
  }
  return problems;
}

/** The display modes every story and page is checked in. */
export interface DisplayMode {
  name: string;
  viewport: { width: number; height: number };
  media?: Parameters<Page['emulateMedia']>[0];
  textSpacing?: boolean;
}

export const DISPLAY_MODES: DisplayMode[] = [
  { name: '320 px', viewport: { width: 320, height: 640 } },
  // 1280 × 1024 CSS px at 400 % zoom lays out as 320 × 256 CSS px (WCAG 1.4.4 / 1.4.10).
  { name: '1280 px at 400 %', viewport: { width: 320, height: 256 } },
  { name: 'text spacing at 320 px', viewport: { width: 320, height: 640 }, textSpacing: true },
  {
    name: 'forced colours',
    viewport: { width: 1280, height: 800 },
    media: { forcedColors: 'active' },
  },
  {
    name: 'forced colours, dark',
    viewport: { width: 1280, height: 800 },
    media: { forcedColors: 'active', colorScheme: 'dark' },
  },
  {
    name: 'dark, reduced motion',
    viewport: { width: 1280, height: 800 },
    media: { colorScheme: 'dark', reducedMotion: 'reduce' },
  },
];

/**
 * Puts the open page through every display mode and returns what breaks: layout problems (all modes) and
 * control boundaries (forced colours). Focus rings are checked by the keyboard journeys.
 */
export async function displayModeProblems(page: Page, selector = 'body'): Promise<string[]> {
  const problems: string[] = [];
  const original = page.viewportSize();
  for (const mode of DISPLAY_MODES) {
    await page.setViewportSize(mode.viewport);
    await page.emulateMedia({
      forcedColors: 'none',
      colorScheme: 'light',
      reducedMotion: 'no-preference',
      ...mode.media,
    });
    const spacing = mode.textSpacing
      ? await page.evaluate((css) => {
          const style = document.createElement('style');
          style.dataset.textSpacing = '';
          style.textContent = css;
          document.head.append(style);
          // Shadow roots do not see the document's styles: give each its own copy.
          const walk = (node: ParentNode): Element[] =>
            [...node.querySelectorAll('*')].flatMap((el) => [
              el,
              ...(el.shadowRoot ? walk(el.shadowRoot) : []),
            ]);
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          for (const el of walk(document))
            if (el.shadowRoot)
              el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
          return true;
        }, TEXT_SPACING_CSS)
      : false;
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    for (const problem of await page.evaluate(layoutProblems, selector))
      problems.push(`${mode.name}: ${problem}`);
    if (mode.media?.forcedColors === 'active')
      for (const problem of await page.evaluate(boundaryProblems, selector))
        problems.push(`${mode.name}: ${problem}`);
    if (spacing)
      await page.evaluate(() => {
        document.querySelector('style[data-text-spacing]')?.remove();
        const walk = (node: ParentNode): Element[] =>
          [...node.querySelectorAll('*')].flatMap((el) => [
            el,
            ...(el.shadowRoot ? walk(el.shadowRoot) : []),
          ]);
        for (const el of walk(document))
          if (el.shadowRoot)
            el.shadowRoot.adoptedStyleSheets = el.shadowRoot.adoptedStyleSheets.slice(0, -1);
      });
  }
  await page.emulateMedia({
    forcedColors: 'none',
    colorScheme: 'light',
    reducedMotion: 'no-preference',
  });
  if (original) await page.setViewportSize(original);
  return problems;
}

/** Presses Tab until focus leaves the page or comes round again; every stop with its ring check. */
export async function tabSequence(
  page: Page,
  max = 80,
): Promise<{ name: string; problem?: string; contrast?: number }[]> {
  const stops: { name: string; problem?: string; contrast?: number }[] = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(focusStop);
    if (!stop) break;
    if (stops.length > 0 && stop.name === stops[0]?.name && i > 1) break;
    stops.push(stop);
  }
  return stops;
}
