import type { NewsTeaser } from '@stadtkit/model';
import { relatedTeasers } from '@stadtkit/model/fixtures';
import {
  cleanupFixtures,
  accessibleTexts,
  expectNoAxeViolations,
  fixture,
  fixtureWith,
  recordConsole,
  shadow,
  spokenText,
  teaserWithStoryMedia,
  visibleText,
  type ConsoleRecord,
} from '@stadtkit/testing';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../src/define.js';
import { StadtNewsList, StadtNewsTeaser } from '../src/index.js';

const HOSTILE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>&amp;';

/** Fixture teasers with hash links, so following a link does not leave the test page. */
const teasers: NewsTeaser[] = relatedTeasers.map((teaser, index) => ({
  ...teaserWithStoryMedia(teaser),
  url: `#teaser-${index}`,
}));
const [weihnachtsmarkt, radweg, bibliothek] = teasers as [NewsTeaser, NewsTeaser, NewsTeaser];

let consoleRecord: ConsoleRecord;
beforeEach(() => {
  consoleRecord = recordConsole();
  history.replaceState(null, '', location.pathname + location.search);
  delete (window as { __xss?: unknown }).__xss;
});
afterEach(() => {
  consoleRecord.stop();
  cleanupFixtures();
  vi.restoreAllMocks();
});

describe('<stadt-news-teaser>', () => {
  it('is defined and an instance of its class', async () => {
    const el = await fixture(
      html`<stadt-news-teaser .teaser=${weihnachtsmarkt}></stadt-news-teaser>`,
    );
    expect(customElements.get('stadt-news-teaser')).toBe(StadtNewsTeaser);
    expect(el).toBeInstanceOf(StadtNewsTeaser);
  });

  it('renders kicker, headline link, date, excerpt and photo with its credit', async () => {
    const el = await fixture<StadtNewsTeaser>(
      html`<stadt-news-teaser .teaser=${weihnachtsmarkt}></stadt-news-teaser>`,
    );
    const root = shadow(el);
    const heading = root.querySelector('h3');
    expect(heading?.querySelector('a')?.getAttribute('href')).toBe('#teaser-0');
    expect(page.getByRole('link').elements()).toHaveLength(1);
    await expect
      .element(page.getByRole('link'))
      .toHaveAccessibleName('Offenbacher Weihnachtsmarkt öffnet auf dem Wilhelmsplatz');
    expect(root.querySelector('[part="kicker"]')?.textContent).toBe('Veranstaltungen');
    const time = root.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2019-11-20T10:30:00+01:00');
    expect(time?.textContent).toBe('20. November 2019');
    expect(root.querySelector('[part="excerpt"]')?.textContent).toBe(weihnachtsmarkt.excerpt);
    const photo = root.querySelector('stadt-photo');
    expect(photo && visibleText(photo)).toContain(
      'Stadt Offenbach/Stadtkit-Platzhalter, CC BY 4.0',
    );
    expect(spokenText(el)).toMatch(/Veröffentlicht am 20\. November 2019/);
    expect(visibleText(el)).not.toContain('Veröffentlicht');
    // Chromium's own accessibility tree: the label (CSS alternative text) right before the date.
    const texts = await accessibleTexts();
    const label = texts.indexOf('Veröffentlicht am');
    expect(texts.slice(label, label + 2)).toEqual(['Veröffentlicht am', '20. November 2019']);
  });

  it('puts the heading before the image in the DOM, while the image is shown first', async () => {
    const el = await fixture<StadtNewsTeaser>(
      html`<stadt-news-teaser .teaser=${weihnachtsmarkt}></stadt-news-teaser>`,
    );
    const heading = shadow(el).querySelector('[part="heading"]');
    const media = shadow(el).querySelector('[part="media"]');
    if (!heading || !media) throw new Error('missing parts');
    expect(heading.compareDocumentPosition(media) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(media.getBoundingClientRect().top).toBeLessThan(heading.getBoundingClientRect().top);
  });

  it.each([
    [1, 'H1'],
    [2, 'H2'],
    [3, 'H3'],
    [6, 'H6'],
  ])('heading-level %s renders an %s', async (level, tag) => {
    const el = await fixture<StadtNewsTeaser>(
      html`<stadt-news-teaser heading-level=${level} .teaser=${radweg}></stadt-news-teaser>`,
    );
    expect(shadow(el).querySelector('[part="heading"]')?.tagName).toBe(tag);
    await expect.element(page.getByRole('heading', { level })).toHaveTextContent(radweg.headline);
  });

  it('heading-level 0 renders no heading', async () => {
    const el = await fixture<StadtNewsTeaser>(
      html`<stadt-news-teaser heading-level="0" .teaser=${radweg}></stadt-news-teaser>`,
    );
    expect(shadow(el).querySelector('[part="heading"]')?.tagName).toBe('P');
    expect(page.getByRole('heading').elements()).toHaveLength(0);
    expect(el.getAttribute('heading-level')).toBe('0');
  });

  it('reads attributes (CMS) and keeps a light-DOM excerpt', async () => {
    const el = await fixture<StadtNewsTeaser>(
      html`<stadt-news-teaser
        headline="Stadtbibliothek verlängert Donnerstagsöffnungszeiten"
        href="#bib"
        kicker="Kultur"
        date-published="2019-11-05T08:00:00+01:00"
        >Ab Dezember donnerstags bis 20 Uhr.</stadt-news-teaser
      >`,
    );
    expect(el.headline).toBe('Stadtbibliothek verlängert Donnerstagsöffnungszeiten');
    expect(el.datePublished).toBe('2019-11-05T08:00:00+01:00');
    expect(visibleText(el)).toBe(
      'Stadtbibliothek verlängert Donnerstagsöffnungszeiten Kultur 5. November 2019 Ab Dezember donnerstags bis 20 Uhr.',
    );
  });

  it('enhances the light-DOM form a CMS editor writes, without duplicating it', async () => {
    const el = await fixture<StadtNewsTeaser>(
      html`<stadt-news-teaser>
        <h2><a href="#bib">Stadtbibliothek verlängert Öffnungszeiten</a></h2>
        <p data-kicker>Kultur</p>
        <p><time datetime="2019-11-05T08:00:00+01:00">5.11.2019</time></p>
        <p>Ab Dezember donnerstags bis 20 Uhr.</p>
      </stadt-news-teaser>`,
    );
    expect(visibleText(el)).toBe(
      'Stadtbibliothek verlängert Öffnungszeiten Kultur 5. November 2019 Ab Dezember donnerstags bis 20 Uhr.',
    );
    // The editor's h2 stays an h2, and there is exactly one heading and one link.
    expect(page.getByRole('heading', { level: 2 }).elements()).toHaveLength(1);
    expect(page.getByRole('link').elements()).toHaveLength(1);
    expect(shadow(el).querySelector('a')?.getAttribute('href')).toBe('#bib');
    await expectNoAxeViolations(el);

    // heading-level wins over the light DOM's level; an edit of the light DOM is shown.
    el.setAttribute('heading-level', '4');
    const link = el.querySelector('a');
    if (link) link.textContent = 'Stadtbibliothek: neue Öffnungszeiten';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(page.getByRole('heading', { level: 4 }).elements()).toHaveLength(1);
    expect(shadow(el).querySelector('a')?.textContent?.trim()).toBe(
      'Stadtbibliothek: neue Öffnungszeiten',
    );
  });

  it('shows its light DOM, and edits of it, once the teaser property is taken away', async () => {
    const el = await fixture<StadtNewsTeaser>(
      html`<stadt-news-teaser .teaser=${weihnachtsmarkt}>
        <h3><a href="#cms">Aus dem CMS</a></h3>
      </stadt-news-teaser>`,
    );
    expect(shadow(el).querySelector('a')?.textContent?.trim()).toBe(weihnachtsmarkt.headline);
    el.teaser = undefined;
    await el.updateComplete;
    expect(shadow(el).querySelector('a')?.textContent?.trim()).toBe('Aus dem CMS');
    const link = el.querySelector('a');
    if (link) link.textContent = 'Aus dem CMS, geändert';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(shadow(el).querySelector('a')?.textContent?.trim()).toBe('Aus dem CMS, geändert');
  });

  it("keeps the light DOM's heading level through a re-render (the default level is not reflected)", async () => {
    const el = await fixture<StadtNewsTeaser>(
      html`<stadt-news-teaser>
        <h2><a href="#bib">Stadtbibliothek verlängert Öffnungszeiten</a></h2>
        <p>Ab Dezember donnerstags bis 20 Uhr.</p>
      </stadt-news-teaser>`,
    );
    expect(page.getByRole('heading', { level: 2 }).elements()).toHaveLength(1);
    // An editor's change re-renders the card: the h2 stays an h2.
    const link = el.querySelector('a');
    if (link) link.textContent = 'Stadtbibliothek: neue Öffnungszeiten';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(shadow(el).querySelector('a')?.textContent?.trim()).toBe(
      'Stadtbibliothek: neue Öffnungszeiten',
    );
    expect(page.getByRole('heading', { level: 2 }).elements()).toHaveLength(1);
    expect(el.hasAttribute('heading-level')).toBe(false);
    expect(el.headingLevel).toBe(3);
  });

  it('shows a light-DOM image in the media slot', async () => {
    const el = await fixture<StadtNewsTeaser>(
      html`<stadt-news-teaser>
        <h3><a href="#r">Radweg</a></h3>
        <img
          slot="media"
          alt="Radweg an der Frankfurter Straße"
          width="640"
          height="426"
          src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='640' height='426'/%3E"
        />
      </stadt-news-teaser>`,
    );
    const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name="media"]');
    expect(slot?.assignedElements().map((e) => e.localName)).toEqual(['img']);
    expect(visibleText(el)).toBe('Radweg');
  });

  it('keeps one link per card: a slotted <stadt-photo> with a licence shows it as text', async () => {
    const el = await fixture<StadtNewsTeaser>(
      html`<stadt-news-teaser>
        <h3><a href="#w">Weihnachtsmarkt</a></h3>
        <stadt-photo
          slot="media"
          credit-holder="Stadt Offenbach"
          licence-name="CC BY 4.0"
          licence-url="https://creativecommons.org/licenses/by/4.0/"
          source-url="/presse/bildrechte"
        >
          <img
            alt="Marktstände"
            width="640"
            height="426"
            src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='640' height='426'/%3E"
          />
        </stadt-photo>
      </stadt-news-teaser>`,
    );
    const photo = el.querySelector('stadt-photo') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await photo.updateComplete;
    await expect.poll(() => photo.hasAttribute('plain-credit')).toBe(true);
    await expect.poll(() => photo.shadowRoot?.querySelectorAll('a').length).toBe(0);
    expect(photo.shadowRoot?.querySelector('[part~="credit"]')?.textContent).toContain('CC BY 4.0');
    expect(page.getByRole('link').elements()).toHaveLength(1);
  });

  it('English dates', async () => {
    const el = await fixture<StadtNewsTeaser>(
      html`<stadt-news-teaser lang="en" .teaser=${radweg}></stadt-news-teaser>`,
    );
    expect(shadow(el).querySelector('time')?.textContent).toBe('8 November 2019');
    expect(spokenText(el)).toContain('Published on 8 November 2019');
  });

  it('its photo loads the rendition for the card\'s width, not the article\'s (sizes="auto, …")', async () => {
    // The photo's default sizes claims 50rem (800 px): a 300 px card on a wide screen fetched the 1280w
    // rendition, four times the pixels it shows.
    await page.viewport(1280, 800);
    try {
      const photo = weihnachtsmarkt.photo;
      if (!photo) throw new Error('fixture without photo');
      // URLs no earlier test loaded: Chromium takes a larger rendition from its memory cache.
      const fresh = `?fresh=${Date.now()}`;
      const teaser = {
        ...weihnachtsmarkt,
        photo: { ...photo, sources: photo.sources.map((s) => ({ ...s, url: s.url + fresh })) },
      };
      const box = await fixture<HTMLElement>(
        html`<div style="inline-size: 300px">
          <stadt-news-teaser .teaser=${teaser}></stadt-news-teaser>
        </div>`,
      );
      const el = box.querySelector('stadt-news-teaser') as StadtNewsTeaser;
      const image = () =>
        shadow(el)
          .querySelector('stadt-photo')
          ?.shadowRoot?.querySelector<HTMLImageElement>('img[part="image"]');
      const inner = () => shadow(el).querySelector('stadt-photo');
      await expect.poll(() => inner()?.getAttribute('state'), { timeout: 5000 }).toBe('loaded');
      expect(image()?.getAttribute('sizes')).toBe('auto, (min-width: 50rem) 50rem, 100vw');
      const chosen = image()?.currentSrc.split('/').pop() ?? '';
      expect(chosen).toContain(fresh.slice(1));
      expect(chosen).toMatch(/-640\.svg/);
    } finally {
      await page.viewport(414, 896);
    }
  });

  describe('variants', () => {
    it('without image', async () => {
      const el = await fixture<StadtNewsTeaser>(
        html`<stadt-news-teaser .teaser=${bibliothek}></stadt-news-teaser>`,
      );
      expect(shadow(el).querySelector('stadt-photo')).toBeNull();
    });

    it('without excerpt and date', async () => {
      const el = await fixture<StadtNewsTeaser>(
        html`<stadt-news-teaser
          .teaser=${{ headline: 'Nur eine Überschrift', url: '#x' }}
        ></stadt-news-teaser>`,
      );
      expect(visibleText(el)).toBe('Nur eine Überschrift');
      expect(shadow(el).querySelector('time')).toBeNull();
    });

    it('clamps a long excerpt visually but keeps the full text', async () => {
      const excerpt = 'Sehr langer Anrisstext. '.repeat(40).trim();
      const el = await fixture<StadtNewsTeaser>(
        html`<div style="width: 320px">
          <stadt-news-teaser .teaser=${{ ...radweg, excerpt }}></stadt-news-teaser>
        </div>`,
      ).then((w) => w.querySelector('stadt-news-teaser') as StadtNewsTeaser);
      const p = shadow(el).querySelector<HTMLElement>('[part="excerpt"]');
      expect(p?.textContent).toBe(excerpt);
      expect(p && p.scrollHeight > p.clientHeight).toBe(true);
      const lineHeight = p ? parseFloat(getComputedStyle(p).lineHeight) : 0;
      expect(p && Math.round(p.clientHeight / lineHeight)).toBe(3);
    });

    it('long German compounds do not overflow at 320 CSS px', async () => {
      const headline =
        'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstaltsbeauftragter informiert';
      const wrapper = await fixture(
        html`<div style="width: 320px" lang="de">
          <stadt-news-teaser
            .teaser=${{ ...weihnachtsmarkt, headline, kicker: 'Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung' }}
          ></stadt-news-teaser>
        </div>`,
      );
      const el = wrapper.querySelector('stadt-news-teaser') as StadtNewsTeaser;
      const card = shadow(el).querySelector<HTMLElement>('[part="card"]');
      expect(card && card.scrollWidth).toBeLessThanOrEqual(card?.clientWidth ?? 0);
      expect(wrapper.scrollWidth).toBeLessThanOrEqual(320);
    });
  });

  describe('the clickable card', () => {
    it('has one tab stop per teaser, and Enter follows the link', async () => {
      const wrapper = await fixture(
        html`<div>
          <stadt-news-teaser .teaser=${weihnachtsmarkt}></stadt-news-teaser>
          <stadt-news-teaser .teaser=${radweg}></stadt-news-teaser>
        </div>`,
      );
      const [first, second] = wrapper.querySelectorAll('stadt-news-teaser');
      (document.activeElement as HTMLElement | null)?.blur();
      await userEvent.tab();
      expect(shadow(first as Element).activeElement?.textContent).toBe(weihnachtsmarkt.headline);
      await userEvent.tab();
      expect(shadow(second as Element).activeElement?.textContent).toBe(radweg.headline);
      await userEvent.keyboard('{Enter}');
      expect(location.hash).toBe('#teaser-1');
    });

    it.each([['kicker'], ['excerpt'], ['meta'], ['media']])(
      'a click on the %s follows the link',
      async (part) => {
        const el = await fixture<StadtNewsTeaser>(
          html`<stadt-news-teaser .teaser=${weihnachtsmarkt}></stadt-news-teaser>`,
        );
        const target = shadow(el).querySelector<HTMLElement>(`[part="${part}"]`);
        if (!target) throw new Error(`no ${part}`);
        // A click where the part is shown: kicker, date and photo lie under the stretched link (the click
        // reaches the link itself, also without script); the excerpt lies above it (selectable, forwarded).
        await userEvent.click(target, { force: true });
        expect(location.hash).toBe('#teaser-0');
      },
    );

    it('a click on the card padding hits the stretched link itself', async () => {
      const el = await fixture<StadtNewsTeaser>(
        html`<stadt-news-teaser .teaser=${bibliothek}></stadt-news-teaser>`,
      );
      const card = shadow(el).querySelector<HTMLElement>('[part="card"]');
      const box = card?.getBoundingClientRect();
      if (!box) throw new Error('no card');
      const hit = shadow(el).elementFromPoint(box.right - 3, box.bottom - 3);
      expect(hit?.tagName).toBe('A');
    });

    it('selecting text does not navigate', async () => {
      const el = await fixture<StadtNewsTeaser>(
        html`<stadt-news-teaser .teaser=${weihnachtsmarkt}></stadt-news-teaser>`,
      );
      const excerpt = shadow(el).querySelector<HTMLElement>('[part="excerpt"]');
      const text = [...(excerpt?.childNodes ?? [])].find(
        (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').length > 20,
      );
      if (!excerpt || !text) throw new Error('no excerpt');
      const selection = getSelection();
      selection?.setBaseAndExtent(text, 0, text, 20);
      excerpt.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, button: 0 }));
      expect(selection?.toString()).toBe((weihnachtsmarkt.excerpt ?? '').slice(0, 20));
      expect(location.hash).toBe('');
      selection?.removeAllRanges();
    });

    it('middle-click on the card text opens the link in a new tab', async () => {
      const open = vi.spyOn(window, 'open').mockReturnValue(null);
      const el = await fixture<StadtNewsTeaser>(
        html`<stadt-news-teaser .teaser=${weihnachtsmarkt}></stadt-news-teaser>`,
      );
      const excerpt = shadow(el).querySelector<HTMLElement>('[part="excerpt"]');
      excerpt?.dispatchEvent(
        new MouseEvent('auxclick', { bubbles: true, composed: true, button: 1 }),
      );
      expect(open).toHaveBeenCalledWith(
        `${location.href.split('#')[0]}#teaser-0`,
        '_blank',
        'noopener',
      );
    });

    it('the image is not a second link', async () => {
      const el = await fixture<StadtNewsTeaser>(
        html`<stadt-news-teaser .teaser=${weihnachtsmarkt}></stadt-news-teaser>`,
      );
      expect(shadow(el).querySelectorAll('a')).toHaveLength(1);
      const photo = shadow(el).querySelector('stadt-photo');
      expect(photo?.shadowRoot?.querySelector('img')?.closest('a')).toBeNull();
    });
  });

  describe('link safety and hostile input', () => {
    it.each([
      ['javascript:alert(1)'],
      ['data:text/html,<script>alert(1)</script>'],
      ['vbscript:x'],
      [' javascript:x'],
      [`/presse/${'a'.repeat(3000)}`],
    ])('drops %j: no link, one warning', async (url) => {
      const el = await fixture<StadtNewsTeaser>(
        html`<stadt-news-teaser .teaser=${{ ...radweg, url }}></stadt-news-teaser>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(shadow(el).querySelector('a')).toBeNull();
      expect(visibleText(el)).toContain(radweg.headline);
      expect(consoleRecord.warnings).toHaveLength(1);
      expect(consoleRecord.warnings[0]).toMatch(/^<stadt-news-teaser>: link ".*" is not used: /);
    });

    it('survives a teaser that throws when read: one warning, no exception', async () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      const el = await fixtureWith<StadtNewsTeaser>('stadt-news-teaser', { teaser: proxy });
      expect(shadow(el).querySelector('a')).toBeNull();
      expect(consoleRecord.warnings).toEqual(['<stadt-news-teaser>: the teaser could not be read']);
      expect(consoleRecord.errors).toEqual([]);
    });

    it('marks external links visually and in text', async () => {
      const el = await fixture<StadtNewsTeaser>(
        html`<stadt-news-teaser
          .teaser=${{ ...bibliothek, url: 'https://www.onleihe.de/hessen/' }}
        ></stadt-news-teaser>`,
      );
      expect(el.external).toBe(false);
      expect(shadow(el).querySelector('a svg.external-icon')).not.toBeNull();
      await expect
        .element(page.getByRole('link'))
        .toHaveAccessibleName(`${bibliothek.headline} (externer Link)`);
    });

    it('keeps the external-link icon on the line of the last word, at every width', async () => {
      const el = await fixture<StadtNewsTeaser>(
        html`<div style="inline-size: 320px">
          <stadt-news-teaser
            .teaser=${{ ...bibliothek, headline: 'Stadtbibliothek erweitert Onleihe um Hörbücher', url: 'https://www.onleihe.de/hessen/' }}
          ></stadt-news-teaser>
        </div>`,
      );
      const wrapper = el as unknown as HTMLElement;
      const teaser = wrapper.querySelector('stadt-news-teaser') as StadtNewsTeaser;
      await teaser.updateComplete;
      const link = shadow(teaser).querySelector('a') as HTMLAnchorElement;
      const icon = link.querySelector('svg.external-icon') as SVGElement;
      const alone: number[] = [];
      for (let width = 160; width <= 420; width += 4) {
        wrapper.style.inlineSize = `${width}px`;
        const iconBox = icon.getBoundingClientRect();
        // The last text line of the link: its lowest client rect that holds text.
        const range = document.createRange();
        range.selectNodeContents(link);
        const textRects = [...range.getClientRects()].filter((r) => r.width > 0 && r !== iconBox);
        const last = 'Hörbücher';
        const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
        let lastTop = -1;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.lastIndexOf(last) ?? -1;
          if (at < 0 || !node.textContent?.trim()) continue;
          const wordRange = document.createRange();
          wordRange.setStart(node, at);
          wordRange.setEnd(node, at + last.length);
          lastTop = wordRange.getBoundingClientRect().top;
          break;
        }
        expect(textRects.length).toBeGreaterThan(0);
        if (Math.abs(iconBox.top - lastTop) > iconBox.height) alone.push(width);
      }
      expect(alone, 'widths at which the icon wrapped onto its own line').toEqual([]);
    });

    it('content-lang: headline, kicker and excerpt carry their own language', async () => {
      const el = await fixture<StadtNewsTeaser>(
        html`<div lang="en">
          <stadt-news-teaser content-lang="de" .teaser=${weihnachtsmarkt}></stadt-news-teaser>
        </div>`,
      ).then((wrapper) => wrapper.querySelector('stadt-news-teaser') as StadtNewsTeaser);
      await el.updateComplete;
      const root = shadow(el);
      for (const part of ['link', 'kicker', 'excerpt'])
        expect(root.querySelector(`[part="${part}"]`)?.getAttribute('lang'), part).toBe('de');
      // The UI strings stay English; the date is formatted for the UI's language.
      expect(root.querySelector('[part="meta"]')?.getAttribute('lang')).toBeNull();
      expect(spokenText(el)).toMatch(/Published on/);
      expect(root.querySelector('stadt-photo')?.getAttribute('content-lang')).toBe('de');
    });

    it('shows the pointer only where a click works: on the link area before the element is defined', async () => {
      const el = await fixture<StadtNewsTeaser>(
        html`<stadt-news-teaser .teaser=${weihnachtsmarkt}></stadt-news-teaser>`,
      );
      const root = shadow(el);
      const excerpt = root.querySelector('[part="excerpt"]') as HTMLElement;
      // Defined (script runs): clicks on the excerpt are forwarded, so it shows the pointer.
      expect(getComputedStyle(excerpt).cursor).toBe('pointer');
      // The same stylesheet on an undefined host (no script): the excerpt is plain, selectable text.
      const copy = document.createElement('stadt-teaser-without-script');
      const copyRoot = copy.attachShadow({ mode: 'open' });
      copyRoot.adoptedStyleSheets = root.adoptedStyleSheets;
      copyRoot.innerHTML = root.innerHTML;
      document.body.append(copy);
      const plain = copyRoot.querySelector('[part="excerpt"]') as HTMLElement;
      expect(getComputedStyle(plain).cursor).toBe('auto');
      expect(getComputedStyle(copyRoot.querySelector('.card') as HTMLElement).cursor).toBe('auto');
      expect(getComputedStyle(copyRoot.querySelector('a') as HTMLElement).cursor).toBe('pointer');
      copy.remove();
    });

    it('shows hostile strings as text', async () => {
      const el = await fixture<StadtNewsTeaser>(
        html`<stadt-news-teaser
          .teaser=${{ headline: HOSTILE, url: '#h', kicker: HOSTILE, excerpt: HOSTILE, datePublished: HOSTILE }}
        ></stadt-news-teaser>`,
      );
      const root = shadow(el);
      expect(root.querySelector('a')?.textContent).toBe(HOSTILE);
      expect(root.querySelector('[part="kicker"]')?.textContent).toBe(HOSTILE);
      expect(root.querySelector('[part="excerpt"]')?.textContent).toBe(HOSTILE);
      expect(root.querySelector('img, script')).toBeNull();
      expect(root.querySelector('time')).toBeNull();
      expect((window as { __xss?: unknown }).__xss).toBeUndefined();
      expect(consoleRecord.warnings).toEqual([`<stadt-news-teaser>: invalid date "${HOSTILE}"`]);
    });
  });

  it.each([
    ['with image', weihnachtsmarkt],
    ['without image', bibliothek],
    ['decorative image', radweg],
    ['external', { ...bibliothek, url: 'https://www.onleihe.de/hessen/' }],
    ['no link', { ...bibliothek, url: 'javascript:x' }],
  ])('has no axe violations: %s', async (_name, teaser) => {
    const el = await fixture<StadtNewsTeaser>(
      html`<stadt-news-teaser .teaser=${teaser}></stadt-news-teaser>`,
    );
    await expectNoAxeViolations(el);
  });
});

describe('<stadt-news-list>', () => {
  it('is defined and an instance of its class', async () => {
    const el = await fixture(html`<stadt-news-list .teasers=${teasers}></stadt-news-list>`);
    expect(customElements.get('stadt-news-list')).toBe(StadtNewsList);
    expect(el).toBeInstanceOf(StadtNewsList);
  });

  it('shows its empty text for a teasers list that throws when read', async () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    const el = await fixtureWith<StadtNewsList>('stadt-news-list', { teasers: proxy });
    expect(shadow(el).querySelector('[part="empty"]')?.textContent).toBe(
      'Keine Meldungen vorhanden.',
    );
    expect(consoleRecord.warnings).toContain('<stadt-news-list>: teasers could not be read');
    expect(consoleRecord.errors).toEqual([]);
  });

  it('renders a heading and a list of teasers one heading level below', async () => {
    const el = await fixture<StadtNewsList>(
      html`<stadt-news-list heading="Weitere Meldungen" .teasers=${teasers}></stadt-news-list>`,
    );
    const root = shadow(el);
    expect(root.querySelector('h2')?.textContent).toBe('Weitere Meldungen');
    const items = root.querySelectorAll('ul > li > stadt-news-teaser');
    expect(items).toHaveLength(3);
    expect([...items].map((item) => item.getAttribute('heading-level'))).toEqual(['3', '3', '3']);
    await expect.element(page.getByRole('list', { name: 'Weitere Meldungen' })).toBeVisible();
    expect(page.getByRole('listitem').elements()).toHaveLength(3);
    expect(page.getByRole('heading', { level: 3 }).elements()).toHaveLength(3);
  });

  it('heading-level moves the teasers down too', async () => {
    const el = await fixture<StadtNewsList>(
      html`<stadt-news-list
        heading="Presse"
        heading-level="3"
        .teasers=${teasers}
      ></stadt-news-list>`,
    );
    expect(shadow(el).querySelector('h3')?.textContent).toBe('Presse');
    expect(shadow(el).querySelector('stadt-news-teaser')?.getAttribute('heading-level')).toBe('4');
  });

  it('shows the empty text, and a more link', async () => {
    const el = await fixture<StadtNewsList>(
      html`<stadt-news-list
        heading="Weitere Meldungen"
        more-href="/presse"
        .teasers=${[]}
      ></stadt-news-list>`,
    );
    expect(visibleText(el)).toBe('Weitere Meldungen Keine Meldungen vorhanden. Weitere Meldungen');
    expect(shadow(el).querySelector('a[part="more"]')?.getAttribute('href')).toBe('/presse');
    el.emptyText = 'Derzeit keine Pressemitteilungen.';
    await el.updateComplete;
    expect(visibleText(el)).toContain('Derzeit keine Pressemitteilungen.');
  });

  it('drops an unsafe more-href', async () => {
    const el = await fixture<StadtNewsList>(
      html`<stadt-news-list more-href="javascript:alert(1)" .teasers=${teasers}></stadt-news-list>`,
    );
    expect(shadow(el).querySelector('a[part="more"]')).toBeNull();
    expect(consoleRecord.warnings).toEqual([
      '<stadt-news-list>: more-href "javascript:alert(1)" is not used',
    ]);
  });

  it.each([
    ['list', 900, 1],
    ['grid', 900, 3],
    ['grid', 640, 2],
    ['grid', 320, 1],
  ])('layout %s at %ipx shows %i column(s)', async (layout, width, columns) => {
    const wrapper = await fixture(
      html`<div style="width: ${width}px">
        <stadt-news-list layout=${layout} .teasers=${teasers}></stadt-news-list>
      </div>`,
    );
    const el = wrapper.querySelector('stadt-news-list') as StadtNewsList;
    const lefts = new Set(
      [...shadow(el).querySelectorAll('li')].map((li) =>
        Math.round(li.getBoundingClientRect().left),
      ),
    );
    expect(lefts.size).toBe(columns);
    expect(wrapper.scrollWidth).toBeLessThanOrEqual(width);
    await expectNoAxeViolations(wrapper);
  });

  it('applies layout and heading levels to light-DOM teasers', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 60rem">
        <stadt-news-list heading="Meldungen" heading-level="3" layout="grid">
          <ul>
            <li>
              <stadt-news-teaser
                ><h2><a href="#1">Eins</a></h2></stadt-news-teaser
              >
            </li>
            <li><stadt-news-teaser headline="Zwei" href="#2"></stadt-news-teaser></li>
            <li>
              <stadt-news-teaser heading-level="5" headline="Drei" href="#3"></stadt-news-teaser>
            </li>
          </ul>
        </stadt-news-list>
      </div>`,
    );
    const list = wrapper.querySelector('stadt-news-list') as StadtNewsList;
    await list.updateComplete;
    for (const teaser of wrapper.querySelectorAll<StadtNewsTeaser>('stadt-news-teaser'))
      await teaser.updateComplete;
    const ul = wrapper.querySelector('ul') as HTMLUListElement;
    expect(getComputedStyle(ul).listStyleType).toBe('none');
    expect(getComputedStyle(ul).gridTemplateColumns.split(' ')).toHaveLength(3);
    expect(page.getByRole('heading', { level: 4 }).elements()).toHaveLength(2);
    expect(page.getByRole('heading', { level: 5 }).elements()).toHaveLength(1);
    await expectNoAxeViolations(wrapper);
  });

  it('shows light-DOM teasers when no teasers property is set', async () => {
    const el = await fixture<StadtNewsList>(
      html`<stadt-news-list heading="Meldungen">
        <ul>
          <li><stadt-news-teaser headline="Eins" href="#1"></stadt-news-teaser></li>
        </ul>
      </stadt-news-list>`,
    );
    expect(visibleText(el)).toBe('Meldungen Eins');
  });

  it('says so when its light DOM has no teaser (a CMS list with nothing in it), and stops when one arrives', async () => {
    const el = await fixture<StadtNewsList>(
      html`<stadt-news-list heading="Meldungen" empty-text="Zurzeit keine Meldungen."
        ><ul></ul
      ></stadt-news-list>`,
    );
    expect(shadow(el).querySelector('[part="empty"]')?.textContent).toBe(
      'Zurzeit keine Meldungen.',
    );
    expect(visibleText(el)).toBe('Meldungen Zurzeit keine Meldungen.');
    el.querySelector('ul')?.insertAdjacentHTML(
      'beforeend',
      '<li><stadt-news-teaser headline="Eins" href="#1"></stadt-news-teaser></li>',
    );
    await expect.poll(() => shadow(el).querySelector('[part="empty"]')).toBeNull();
    await expect.poll(() => visibleText(el)).toBe('Meldungen Eins');
  });
});
