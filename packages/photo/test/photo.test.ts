import { gruppenbild, weihnachtsmarkt } from '@stadtkit/model/fixtures';
import {
  cleanupFixtures,
  expectNoAxeViolations,
  fixture,
  fixtureWith,
  recordConsole,
  shadow,
  accessibleTexts,
  spokenText,
  visibleText,
  type ConsoleRecord,
} from '@stadtkit/testing';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../src/define.js';
import type { StadtPhotoZoomEvent } from '../src/index.js';
import { imageBase, served } from './served.js';
import { StadtPhoto, StadtPhotoErrorEvent } from '../src/index.js';

const NBSP = '\u00a0';
const HOSTILE =
  '<img src=x onerror="window.__xss=1">"\'&amp;</figcaption><script>window.__xss=2</script>';

async function loaded(el: StadtPhoto): Promise<void> {
  await expect.poll(() => el.state, { timeout: 5000 }).toMatch(/loaded|error/);
  await el.updateComplete;
}

let consoleRecord: ConsoleRecord;
beforeEach(() => {
  consoleRecord = recordConsole();
  delete (window as { __xss?: unknown }).__xss;
});
afterEach(() => {
  consoleRecord.stop();
  cleanupFixtures();
});

/** The caption's text: the figcaption's own text, without the credit (a text node, or a span with `lang`). */
function captionText(root: ShadowRoot): string | undefined {
  const figcaption = root.querySelector('figcaption');
  if (!figcaption) return undefined;
  return [...figcaption.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE || (node as Element).localName === 'span')
    .map((node) => node.textContent)
    .join('')
    .trim();
}

describe('<stadt-photo>', () => {
  it('is defined and an instance of its class', async () => {
    const el = await fixture(html`<stadt-photo .photo=${served(gruppenbild)}></stadt-photo>`);
    expect(customElements.get('stadt-photo')).toBe(StadtPhoto);
    expect(el).toBeInstanceOf(StadtPhoto);
  });

  describe('from a model Photo', () => {
    it('renders a figure with a responsive image, the caption and the credit', async () => {
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo .photo=${served(gruppenbild)}></stadt-photo>`,
      );
      const root = shadow(el);
      const img = root.querySelector('figure img');
      expect(img?.getAttribute('srcset')).toBe(
        `${imageBase}/gruppenbild-auslaenderbehoerden-640.svg 640w, ${imageBase}/gruppenbild-auslaenderbehoerden-1280.svg 1280w`,
      );
      expect(img?.getAttribute('sizes')).toBe('(min-width: 50rem) 50rem, 100vw');
      expect(img?.getAttribute('width')).toBe('640');
      expect(img?.getAttribute('height')).toBe('426');
      expect(img?.getAttribute('alt')).toBe('Gruppenbild');
      expect(img?.getAttribute('loading')).toBe('lazy');
      expect(img?.getAttribute('decoding')).toBe('async');
      expect(img?.hasAttribute('title')).toBe(false);
      expect(
        root.querySelector('figcaption')?.contains(root.querySelector('[part="credit"]')),
      ).toBe(true);
      expect(visibleText(el)).toBe(
        `Teilnehmerinnen und Teilnehmern der Veranstaltung. ©${NBSP}Stadt Offenbach/georg-foto.de`,
      );
      await loaded(el);
      expect(el.state).toBe('loaded');
    });

    it('reads caption and credit once: figure name = figcaption, credit spoken as "Copyright"', async () => {
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo .photo=${served(gruppenbild)}></stadt-photo>`,
      );
      expect(spokenText(el)).toBe(
        'Teilnehmerinnen und Teilnehmern der Veranstaltung. Copyright Stadt Offenbach/georg-foto.de',
      );
      // Chromium's own accessibility tree, what a screen reader gets: the credit's "©" is CSS with alternative
      // text, read as "Copyright" (testing-library's toHaveAccessibleName does not know CSS alternative text).
      expect(await accessibleTexts()).toEqual([
        'Teilnehmerinnen und Teilnehmern der Veranstaltung.',
        'Copyright',
        'Stadt Offenbach/georg-foto.de',
      ]);
      await expect.element(page.getByRole('img', { name: 'Gruppenbild' })).toBeVisible();
      expect(
        page.getByText('Teilnehmerinnen und Teilnehmern der Veranstaltung.').elements(),
      ).toHaveLength(1);
    });

    it('eager loading for the lead image', async () => {
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo loading="eager" .photo=${served(gruppenbild)}></stadt-photo>`,
      );
      const img = shadow(el).querySelector('img');
      expect(img?.getAttribute('loading')).toBe('eager');
      expect(img?.getAttribute('fetchpriority')).toBe('high');
    });

    it('exposes schema.org ImageObject data', async () => {
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo .photo=${served(gruppenbild)}></stadt-photo>`,
      );
      expect(el.jsonLd).toMatchObject({
        '@type': 'ImageObject',
        creditText: `©${NBSP}Stadt Offenbach/georg-foto.de`,
        creator: [{ '@type': 'Organization', name: 'georg-foto.de' }],
        width: 1280,
      });
    });
  });

  describe('credit variants', () => {
    const base = {
      sources: [{ url: `${imageBase}/stadtbibliothek-640.svg`, width: 640, height: 426 }],
      alt: 'Bibliothek',
    };
    it.each([
      [
        'holder only',
        { holder: 'Stadt Offenbach' },
        `©${NBSP}Stadt Offenbach`,
        'Copyright Stadt Offenbach',
      ],
      [
        'holder and creator',
        { holder: 'Stadt Offenbach', creator: 'georg-foto.de' },
        `©${NBSP}Stadt Offenbach/georg-foto.de`,
        'Copyright Stadt Offenbach/georg-foto.de',
      ],
      [
        'with licence link and source',
        {
          holder: 'Max Muster',
          licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
          sourceUrl: '/bildrechte',
        },
        `©${NBSP}Max Muster, CC BY 4.0, Quelle`,
        'Copyright Max Muster, CC BY 4.0, Quelle',
      ],
    ])('%s', async (_name, credit, shown, spoken) => {
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo .photo=${{ ...base, credit }}></stadt-photo>`,
      );
      const creditEl = shadow(el).querySelector('[part="credit"]');
      expect(creditEl && visibleText(creditEl)).toBe(shown);
      expect(creditEl && spokenText(creditEl)).toBe(spoken);
      if ('licence' in credit) {
        const link = shadow(el).querySelector('a[rel="license"]');
        expect(link?.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
        expect(link?.textContent).toBe('CC BY 4.0');
      }
    });

    it('renders in English', async () => {
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo
          lang="en"
          .photo=${{ ...base, credit: { holder: 'City of Offenbach', sourceUrl: '/rights' } }}
        ></stadt-photo>`,
      );
      expect(visibleText(el)).toBe(`©${NBSP}City of Offenbach, Source`);
    });
  });

  describe('the rendition a reader downloads', () => {
    afterEach(async () => {
      await page.viewport(414, 896);
    });

    it('a lazy photo with sizes="auto, …" loads the rendition for its laid-out width', async () => {
      await page.viewport(1280, 800);
      // URLs no earlier test loaded: Chromium picks a larger rendition it has in its memory cache already.
      const photo = served(gruppenbild);
      const fresh = (token: string) => ({
        ...photo,
        sources: photo.sources.map((s) => ({ ...s, url: `${s.url}?fresh=${token}${Date.now()}` })),
      });
      const place = (sizes: string | undefined) =>
        fixture<HTMLElement>(
          html`<div style="inline-size: 300px">
            <stadt-photo sizes=${ifDefined(sizes)} .photo=${fresh(sizes ? 'a' : 'b')}></stadt-photo>
          </div>`,
        ).then((box) => box.querySelector('stadt-photo') as StadtPhoto);
      const auto = await place('auto, (min-width: 50rem) 50rem, 100vw');
      const fixed = await place(undefined);
      const image = (el: StadtPhoto) =>
        shadow(el).querySelector<HTMLImageElement>('img[part="image"]');
      await loaded(auto);
      await loaded(fixed);
      // The default claims 50rem (800 px): the 1280w rendition, four times the pixels 300 px show.
      expect(image(fixed)?.getAttribute('sizes')).toBe('(min-width: 50rem) 50rem, 100vw');
      expect(image(fixed)?.currentSrc).toMatch(/-1280\.svg\?fresh=/);
      expect(image(auto)?.currentSrc).toMatch(/-640\.svg\?fresh=/);
    });
  });

  describe('from attributes', () => {
    it('builds the same figure', async () => {
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo
          src="${imageBase}/gruppenbild-auslaenderbehoerden-640.svg"
          srcset="${imageBase}/gruppenbild-auslaenderbehoerden-640.svg 640w, ${imageBase}/gruppenbild-auslaenderbehoerden-1280.svg 1280w"
          width="640"
          height="426"
          alt="Gruppenbild"
          caption="Teilnehmerinnen und Teilnehmern der Veranstaltung."
          credit-holder="Stadt Offenbach"
          credit-creator="georg-foto.de"
        ></stadt-photo>`,
      );
      expect(el.creditHolder).toBe('Stadt Offenbach');
      expect(shadow(el).querySelector('img')?.getAttribute('srcset')).toContain('1280.svg 1280w');
      expect(visibleText(el)).toBe(
        `Teilnehmerinnen und Teilnehmern der Veranstaltung. ©${NBSP}Stadt Offenbach/georg-foto.de`,
      );
      el.placement = 'overlay';
      await el.updateComplete;
      expect(el.getAttribute('placement')).toBe('overlay');
      el.placement = 'below';
      await el.updateComplete;
      expect(el.getAttribute('placement')).toBe('below');
    });

    it('defaults leave no attributes behind; a value off its default is reflected', async () => {
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo .photo=${served(gruppenbild)}></stadt-photo>`,
      );
      expect([el.placement, el.zoom, el.decorative]).toEqual(['below', false, false]);
      expect(el.getAttributeNames().sort()).toEqual(['state']);
      el.zoom = true;
      el.decorative = true;
      await el.updateComplete;
      expect(el.hasAttribute('zoom') && el.hasAttribute('decorative')).toBe(true);
      el.zoom = false;
      await el.updateComplete;
      expect(el.hasAttribute('zoom')).toBe(false);
    });

    it('a new photo with the same image URL ends loaded (no second load event comes)', async () => {
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo .photo=${served(gruppenbild)}></stadt-photo>`,
      );
      await loaded(el);
      expect(el.state).toBe('loaded');
      el.photo = { ...served(gruppenbild), caption: 'Eine andere Bildunterschrift.' };
      await el.updateComplete;
      await loaded(el);
      expect(el.state).toBe('loaded');
      expect(visibleText(el)).toContain('Eine andere Bildunterschrift.');
    });

    it("the state attribute is the element's: a page writing it does not change the photo", async () => {
      // A CMS script or a Storybook control writing state="error" used to set the property (the attribute was
      // observed): a loaded photo turned into the failure placeholder.
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo .photo=${served(gruppenbild)}></stadt-photo>`,
      );
      await loaded(el);
      el.setAttribute('state', 'error');
      await el.updateComplete;
      expect(el.state).toBe('loaded');
      expect(shadow(el).querySelector('[part="placeholder"]')).toBeNull();
      expect(shadow(el).querySelector('img[part="image"]')).not.toBeNull();
    });

    it('renders a photo given as data once: its load sets state and attribute without a second render', async () => {
      // Measured: a second render per photo on its load was ~15 ms per 1,000 photos after layout (REPORT.md).
      const el = Object.assign(document.createElement('stadt-photo'), {
        photo: served(gruppenbild),
      });
      const render = vi.spyOn(el, 'render');
      document.body.append(el);
      try {
        await expect.poll(() => el.getAttribute('state'), { timeout: 5000 }).toBe('loaded');
        await el.updateComplete;
        expect(el.state).toBe('loaded');
        expect(render).toHaveBeenCalledTimes(1);
        // A change that does show still renders.
        el.photo = { ...served(gruppenbild), caption: 'Neu.' };
        await el.updateComplete;
        expect(render).toHaveBeenCalledTimes(2);
        expect(visibleText(el)).toContain('Neu.');
      } finally {
        el.remove();
      }
    });
  });

  describe('from light DOM markup (CMS)', () => {
    const markup = (tag: string) => `<${tag}>
        <img src="${imageBase}/stadtbibliothek-640.svg" width="640" height="426" alt="Lesesaal der Stadtbibliothek">
        <span slot="caption">Der Lesesaal im Büsing Palais.</span>
        <small slot="credit">© Stadt Offenbach</small>
      </${tag}>`;

    it('is readable before JavaScript runs (element not yet defined)', async () => {
      const container = document.createElement('div');
      container.innerHTML = markup('stadt-photo-not-defined');
      document.body.append(container);
      const img = container.querySelector('img');
      await expect.poll(() => img?.complete && img.naturalWidth > 0).toBe(true);
      expect(container.innerText.replace(/\s+/g, ' ').trim()).toBe(
        'Der Lesesaal im Büsing Palais. © Stadt Offenbach',
      );
      container.remove();
    });

    it('is enhanced into a figure with the slotted image, caption and credit', async () => {
      const container = document.createElement('div');
      container.innerHTML = markup('stadt-photo');
      document.body.append(container);
      const el = container.querySelector('stadt-photo') as StadtPhoto;
      await el.updateComplete;
      // The state follows the slotted image (it was "empty" while the image showed).
      await expect.poll(() => el.state).toBe('loaded');
      const slot = shadow(el).querySelector<HTMLSlotElement>('.media slot');
      expect(slot?.assignedElements()[0]?.tagName).toBe('IMG');
      await expect
        .element(page.getByRole('figure'))
        .toHaveAccessibleName('Der Lesesaal im Büsing Palais. © Stadt Offenbach');
      await expectNoAxeViolations(container);
      container.remove();
    });
  });

  describe('from light DOM markup with the structured credit as attributes', () => {
    it('shows the licence (linked) and the source: the attributes are not only for the attribute form', async () => {
      const container = document.createElement('div');
      container.innerHTML = `<stadt-photo credit-holder="Stadt Offenbach" credit-creator="Erika Muster"
          licence-name="CC BY 4.0" licence-url="https://creativecommons.org/licenses/by/4.0/"
          source-url="/presse/bildrechte">
          <img src="${imageBase}/stadtbibliothek-640.svg" width="640" height="426" alt="Lesesaal der Stadtbibliothek">
          <small slot="credit">© Stadt Offenbach/Erika Muster, CC BY 4.0</small>
        </stadt-photo>`;
      document.body.append(container);
      const el = container.querySelector('stadt-photo') as StadtPhoto;
      await el.updateComplete;
      const credit = shadow(el).querySelector('[part~="credit"]');
      expect(credit?.textContent?.replace(/\s+/g, ' ')).toContain('CC BY 4.0');
      expect(credit?.querySelector('a[rel="license"]')?.getAttribute('href')).toBe(
        'https://creativecommons.org/licenses/by/4.0/',
      );
      expect(credit?.querySelector('a:not([rel])')?.getAttribute('href')).toBe(
        '/presse/bildrechte',
      );
      container.remove();
    });

    it('keeps the licence name as text when its link is unsafe', async () => {
      const container = document.createElement('div');
      container.innerHTML = `<stadt-photo credit-holder="Stadt Offenbach" licence-name="CC BY 4.0"
          licence-url="javascript:alert(1)">
          <img src="${imageBase}/stadtbibliothek-640.svg" width="640" height="426" alt="Lesesaal der Stadtbibliothek">
        </stadt-photo>`;
      document.body.append(container);
      const el = container.querySelector('stadt-photo') as StadtPhoto;
      await el.updateComplete;
      const credit = shadow(el).querySelector('[part~="credit"]');
      expect(credit?.textContent).toContain('CC BY 4.0');
      expect(credit?.querySelector('a')).toBeNull();
      container.remove();
    });
  });

  describe('from light DOM markup: state, error event and zoom', () => {
    const lightPhoto = (attributes: string, src: string, srcset = '') => {
      const container = document.createElement('div');
      container.innerHTML = `<stadt-photo ${attributes}>
          <img src="${src}" ${srcset ? `srcset="${srcset}" sizes="640px"` : ''} width="640" height="426" alt="Lesesaal der Stadtbibliothek">
          <small slot="credit">© Stadt Offenbach</small>
        </stadt-photo>`;
      document.body.append(container);
      return { container, el: container.querySelector('stadt-photo') as StadtPhoto };
    };

    it('reports a light-DOM image that fails: state error and stadt-photo-error', async () => {
      const errors: string[] = [];
      document.addEventListener('stadt-photo-error', (event) => errors.push(event.src), {
        once: true,
      });
      const { container, el } = lightPhoto('', `${imageBase}/missing.svg`);
      await expect.poll(() => el.state).toBe('error');
      expect(errors).toEqual([`${imageBase}/missing.svg`]);
      container.remove();
    });

    it('zooms a light-DOM image: a button, then a dialog with the largest rendition', async () => {
      const { container, el } = lightPhoto(
        'zoom',
        `${imageBase}/stadtbibliothek-640.svg`,
        `${imageBase}/stadtbibliothek-640.svg 640w, ${imageBase}/stadtbibliothek-1280.svg 1280w`,
      );
      await expect.poll(() => el.state).toBe('loaded');
      await el.updateComplete;
      const button = page.getByRole('button', { name: /Foto vergrößern/ });
      await expect.element(button).toBeVisible();
      (button.element() as HTMLButtonElement).focus();
      await userEvent.keyboard('{Enter}');
      await expect.poll(() => shadow(el).querySelector('dialog')?.open).toBe(true);
      expect(shadow(el).querySelector('dialog img')?.getAttribute('src')).toBe(
        `${imageBase}/stadtbibliothek-1280.svg`,
      );
      await userEvent.keyboard('{Escape}');
      await expect.poll(() => shadow(el).querySelector('dialog')?.open).toBe(false);
      await expectNoAxeViolations(container);
      container.remove();
    });
  });

  describe('bad and hostile input', () => {
    it('shows hostile text in every field as text, never as HTML', async () => {
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo
          .photo=${{
            sources: [{ url: `${imageBase}/stadtbibliothek-640.svg`, width: 640, height: 426 }],
            alt: HOSTILE,
            caption: HOSTILE,
            credit: { holder: HOSTILE, creator: `2${HOSTILE}`, licence: { name: HOSTILE } },
          }}
        ></stadt-photo>`,
      );
      await loaded(el);
      const root = shadow(el);
      expect(root.querySelectorAll('img')).toHaveLength(1);
      expect(root.querySelector('script')).toBeNull();
      expect(root.querySelector('img')?.getAttribute('alt')).toBe(HOSTILE);
      expect(captionText(root)).toBe(HOSTILE);
      expect(visibleText(el)).toContain(`©${NBSP}${HOSTILE}/2${HOSTILE}, ${HOSTILE}`);
      expect((window as { __xss?: unknown }).__xss).toBeUndefined();
    });

    it.each([
      [
        'licence url',
        { licence: { name: 'CC BY 4.0', url: 'javascript:alert(1)' } },
        'credit.licence.url',
      ],
      ['source url', { sourceUrl: 'data:text/html,<script>alert(1)</script>' }, 'credit.sourceUrl'],
    ])('drops a script %s, keeps the rest and warns', async (_name, extra, path) => {
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo
          .photo=${{ ...served(gruppenbild), credit: { ...gruppenbild.credit, ...extra } }}
        ></stadt-photo>`,
      );
      expect(shadow(el).querySelector('[part="credit"] a')).toBeNull();
      expect(visibleText(el)).toContain(`©${NBSP}Stadt Offenbach/georg-foto.de`);
      expect(consoleRecord.warnings).toHaveLength(1);
      expect(consoleRecord.warnings[0]).toContain(path);
    });

    it('warns once, naming the element, when alt is missing, and uses the caption as text equivalent', async () => {
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo
          id="lead"
          .photo=${{ ...served(gruppenbild), alt: undefined }}
        ></stadt-photo>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(consoleRecord.warnings).toEqual([
        '<stadt-photo id="lead">: no alt text and not marked decorative. The caption is used as the text ' +
          'equivalent; set alt="…" (or decorative for a purely decorative photo).',
      ]);
      expect(shadow(el).querySelector('img')?.getAttribute('alt')).toBe('');
      await expect
        .element(page.getByRole('figure'))
        .toHaveAccessibleName(/^Teilnehmerinnen und Teilnehmern/);
      await expectNoAxeViolations(el);
    });

    it('a decorative photo needs no alt and gets no warning', async () => {
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo
          .photo=${served(weihnachtsmarkt.photos[0] ? { ...weihnachtsmarkt.photos[0], alt: undefined, decorative: true } : gruppenbild)}
        ></stadt-photo>`,
      );
      expect(el.decorative).toBe(false);
      expect(shadow(el).querySelector('img')?.getAttribute('alt')).toBe('');
      expect(consoleRecord.warnings).toEqual([]);
    });

    it('keeps caption and credit and shows a sized placeholder with the alt text when the image fails', async () => {
      const events: StadtPhotoErrorEvent[] = [];
      document.addEventListener('stadt-photo-error', (e) => events.push(e), { once: true });
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo
          .photo=${{ ...served(gruppenbild), sources: [{ url: `${imageBase}/missing.jpg`, width: 640, height: 426 }] }}
        ></stadt-photo>`,
      );
      await loaded(el);
      expect(el.state).toBe('error');
      expect(el.getAttribute('state')).toBe('error');
      const placeholder = shadow(el).querySelector('[part="placeholder"]');
      expect(placeholder?.getAttribute('role')).toBe('img');
      expect(placeholder?.getAttribute('aria-label')).toBe('Gruppenbild');
      const box = placeholder?.getBoundingClientRect();
      expect(box && Math.round((box.width / box.height) * 100) / 100).toBeCloseTo(640 / 426, 1);
      expect(visibleText(el)).toBe(
        `Gruppenbild Teilnehmerinnen und Teilnehmern der Veranstaltung. ©${NBSP}Stadt Offenbach/georg-foto.de`,
      );
      expect(events[0]).toBeInstanceOf(StadtPhotoErrorEvent);
      expect(events[0]?.src).toBe(`${imageBase}/missing.jpg`);
      await expectNoAxeViolations(el);
    });

    it('shows the placeholder, caption and credit when no source is usable', async () => {
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo
          .photo=${{ ...gruppenbild, sources: [{ url: 'javascript:alert(1)', width: 1, height: 1 }] }}
        ></stadt-photo>`,
      );
      expect(el.state).toBe('error');
      expect(shadow(el).querySelector('img')).toBeNull();
      expect(visibleText(el)).toContain(`©${NBSP}Stadt Offenbach/georg-foto.de`);
      expect(consoleRecord.warnings[0]).toContain(
        'sources[0].url: unsafe URL scheme "javascript:"',
      );
    });
  });

  describe('oversized input', () => {
    it('keeps the first 20 of 100,000 sources and says why', async () => {
      const source = served(gruppenbild).sources[0];
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo
          .photo=${{ ...served(gruppenbild), sources: Array.from({ length: 100_000 }, () => source) }}
        ></stadt-photo>`,
      );
      expect(shadow(el).querySelector('img')?.getAttribute('srcset')?.split(', ')).toHaveLength(20);
      expect(consoleRecord.warnings.join('\n')).toContain(
        'sources: too many entries: 100000, at most 20',
      );
    });
  });

  describe('input that throws when read', () => {
    const withPhoto = (photo: unknown) => fixtureWith<StadtPhoto>('stadt-photo', { photo });

    it('loses only the field whose getter throws: the caption stays', async () => {
      const photo = {
        ...served(gruppenbild),
        get credit(): never {
          throw new Error('broken getter');
        },
      };
      const el = await withPhoto(photo);
      expect(captionText(shadow(el))).toBe(gruppenbild.caption);
      expect(shadow(el).querySelector('img')).not.toBeNull();
      expect(consoleRecord.warnings.join('\n')).toContain(
        'credit: could not be read (Error: broken getter)',
      );
      expect(consoleRecord.errors).toEqual([]);
    });

    it('shows the empty placeholder for a revoked proxy, with a warning and no exception', async () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      const el = await withPhoto(proxy);
      expect(el.state).toBe('error');
      expect(shadow(el).querySelector('[part="placeholder"]')).not.toBeNull();
      expect(consoleRecord.warnings.join('\n')).toContain('could not be read');
      expect(consoleRecord.errors).toEqual([]);
    });
  });

  describe('layout', () => {
    it('does not shift while the image loads (box measured before and after)', async () => {
      const el = await fixture<StadtPhoto>(
        html`<div style="width: 480px">
          <stadt-photo .photo=${served(gruppenbild, 400)}></stadt-photo>
        </div>`,
      ).then((wrapper) => wrapper.querySelector('stadt-photo') as StadtPhoto);
      const img = shadow(el).querySelector('img');
      expect(img?.complete).toBe(false);
      const before = el.getBoundingClientRect();
      const imageBefore = img?.getBoundingClientRect();
      expect(imageBefore?.height).toBeGreaterThan(300);
      await loaded(el);
      expect(el.state).toBe('loaded');
      expect(el.getBoundingClientRect().height).toBe(before.height);
      expect(img?.getBoundingClientRect().height).toBe(imageBefore?.height);
    });

    it('overlay: the credit sits on the image, readable and selectable', async () => {
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo placement="overlay" .photo=${served(gruppenbild)}></stadt-photo>`,
      );
      await loaded(el);
      const credit = shadow(el).querySelector<HTMLElement>('[part="credit"]');
      const image = shadow(el).querySelector('img');
      if (!credit || !image) throw new Error('missing parts');
      const c = credit.getBoundingClientRect();
      const i = image.getBoundingClientRect();
      expect(Math.round(c.bottom)).toBe(Math.round(i.bottom));
      expect(Math.round(c.right)).toBe(Math.round(i.right));
      const style = getComputedStyle(credit);
      expect(style.color).toBe('rgb(255, 255, 255)');
      expect(style.backgroundColor).toBe('rgba(0, 0, 0, 0.75)');
      expect(style.userSelect).not.toBe('none');
      await expectNoAxeViolations(el);
    });
  });

  describe('zoom', () => {
    it('is off by default: no button, no tab stop', async () => {
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo .photo=${served(gruppenbild)}></stadt-photo>`,
      );
      expect(shadow(el).querySelector('button')).toBeNull();
      expect(shadow(el).querySelector('dialog')).toBeNull();
    });

    it('opens an accessible dialog by keyboard; Escape closes it and focus returns', async () => {
      const zoomEvents: boolean[] = [];
      document.addEventListener('stadt-photo-zoom', (e: StadtPhotoZoomEvent) =>
        zoomEvents.push(e.open),
      );
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo zoom .photo=${served(gruppenbild)}></stadt-photo>`,
      );
      await loaded(el);
      const button = shadow(el).querySelector<HTMLButtonElement>('button.zoom');
      await expect
        .element(page.getByRole('button', { name: 'Foto vergrößern: Gruppenbild' }))
        .toBeVisible();
      button?.focus();
      await userEvent.keyboard('{Enter}');
      const dialog = shadow(el).querySelector('dialog');
      await expect.poll(() => dialog?.open).toBe(true);
      await el.updateComplete;
      expect(dialog?.querySelector('img')?.getAttribute('src')).toBe(
        `${imageBase}/gruppenbild-auslaenderbehoerden-1280.svg`,
      );
      expect(shadow(el).activeElement?.textContent).toBe('Schließen');
      await expectNoAxeViolations(el);
      await userEvent.keyboard('{Escape}');
      await expect.poll(() => dialog?.open).toBe(false);
      expect(shadow(el).activeElement).toBe(button);
      expect(zoomEvents).toEqual([true, false]);
    });

    it('the close button closes it', async () => {
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo zoom .photo=${served(gruppenbild)}></stadt-photo>`,
      );
      await loaded(el);
      await userEvent.click(page.getByRole('button', { name: /Foto vergrößern/ }));
      await userEvent.click(page.getByRole('button', { name: 'Schließen' }));
      expect(shadow(el).querySelector('dialog')?.open).toBe(false);
    });
  });

  describe('accessibility audit (issue #16)', () => {
    it('the zoom dialog keeps caption and credit, and shows the image at its full size', async () => {
      const el = await fixture<StadtPhoto>(
        html`<div style="inline-size: 320px">
          <stadt-photo zoom .photo=${served(gruppenbild)}></stadt-photo>
        </div>`,
      ).then((wrapper) => wrapper.querySelector('stadt-photo') as StadtPhoto);
      await loaded(el);
      const inline =
        shadow(el).querySelector('img[part="image"]')?.getBoundingClientRect().width ?? 0;
      await userEvent.click(page.getByRole('button', { name: /Foto vergrößern/ }));
      const dialog = shadow(el).querySelector('dialog');
      await expect.poll(() => dialog?.open).toBe(true);
      await el.updateComplete;
      const text = dialog ? visibleText(dialog) : '';
      expect(text).toContain('Teilnehmerinnen und Teilnehmern der Veranstaltung.');
      expect(text).toContain('Stadt Offenbach/georg-foto.de');
      const big = dialog?.querySelector('img');
      await expect.poll(() => big?.complete).toBe(true);
      // Full size: the rendition's own width in CSS px, larger than inline; the dialog scrolls to pan.
      expect(big?.getBoundingClientRect().width).toBe(1280);
      expect(big?.getBoundingClientRect().width ?? 0).toBeGreaterThan(inline);
      const scroller = dialog?.querySelector<HTMLElement>('[part="dialog-scroll"]');
      expect(scroller && getComputedStyle(scroller).overflow).toBe('auto');
      expect(scroller?.tabIndex).toBe(0);
      expect(scroller?.getAttribute('aria-label')).toBe('Foto, mit Pfeiltasten verschieben');
      await expectNoAxeViolations(el);
      await userEvent.keyboard('{Escape}');
    });

    it('before hydration the zoom is a link to the largest rendition, then a button', async () => {
      // As a server-rendered element arrives: its (declarative) shadow root exists before it upgrades.
      const container = document.createElement('div');
      document.body.append(container);
      container.setHTMLUnsafe(
        '<stadt-photo zoom><template shadowrootmode="open"></template></stadt-photo>',
      );
      const el = container.querySelector('stadt-photo') as StadtPhoto;
      el.photo = served(gruppenbild);
      await el.updateComplete;
      const link = shadow(el).querySelector('a[part="zoom"]');
      expect(link?.getAttribute('href')).toBe(
        `${imageBase}/gruppenbild-auslaenderbehoerden-1280.svg`,
      );
      expect(link?.getAttribute('aria-label')).toBe('Foto in voller Größe öffnen: Gruppenbild');
      await expect
        .poll(() => shadow(el).querySelector('button[part="zoom"]')?.getAttribute('aria-label'))
        .toBe('Foto vergrößern: Gruppenbild');
      expect(shadow(el).querySelector('a[part="zoom"]')).toBeNull();
      container.remove();
    });

    it('a decorative photo: no zoom button, no figure, the credit not read without an image', async () => {
      const decorativePhoto = {
        ...served(gruppenbild),
        alt: undefined,
        decorative: true,
        caption: undefined,
      };
      const el = await fixture<StadtPhoto>(
        html`<stadt-photo zoom .photo=${decorativePhoto}></stadt-photo>`,
      );
      await loaded(el);
      expect(shadow(el).querySelector('button, a[part="zoom"], dialog')).toBeNull();
      expect(shadow(el).querySelector('figure, figcaption, [role="figure"]')).toBeNull();
      expect(shadow(el).querySelector('[part="figure"]')).not.toBeNull();
      expect(spokenText(el).trim()).toBe('');
      // Still shown: the credit never disappears from the screen.
      expect(visibleText(el)).toContain('Stadt Offenbach/georg-foto.de');
      await expectNoAxeViolations(el);
    });

    it('content-lang: the content carries its own language under a UI in another', async () => {
      const el = await fixture<StadtPhoto>(
        html`<div lang="en">
          <stadt-photo zoom content-lang="de" .photo=${served(gruppenbild)}></stadt-photo>
        </div>`,
      ).then((wrapper) => wrapper.querySelector('stadt-photo') as StadtPhoto);
      await loaded(el);
      const root = shadow(el);
      expect(root.querySelector('.caption')?.getAttribute('lang')).toBe('de');
      expect(captionText(root)).toBe(gruppenbild.caption);
      expect(root.querySelector('img[part="image"]')?.getAttribute('lang')).toBe('de');
      // Content-lang removed: the caption is text of the page's language again, no span left with a `lang`.
      el.contentLang = undefined;
      await el.updateComplete;
      expect(root.querySelector('[lang]')).toBeNull();
      expect(captionText(root)).toBe(gruppenbild.caption);
      // The UI strings stay in the page's language.
      expect(root.querySelector('button[part="zoom"]')?.getAttribute('aria-label')).toBe(
        'Enlarge photo: Gruppenbild',
      );
      expect(root.querySelector('button[part="zoom"]')?.getAttribute('lang')).toBeNull();
    });
  });

  it.each([
    ['below', html`<stadt-photo .photo=${served(gruppenbild)}></stadt-photo>`],
    [
      'overlay',
      html`<stadt-photo placement="overlay" .photo=${served(gruppenbild)}></stadt-photo>`,
    ],
    ['zoom', html`<stadt-photo zoom .photo=${served(gruppenbild)}></stadt-photo>`],
    [
      'licence',
      html`<stadt-photo .photo=${served(weihnachtsmarkt.photos[0] ?? gruppenbild)}></stadt-photo>`,
    ],
  ])('has no axe violations: %s', async (_name, template) => {
    const el = await fixture<StadtPhoto>(template);
    await loaded(el);
    await expectNoAxeViolations(el);
  });
});
