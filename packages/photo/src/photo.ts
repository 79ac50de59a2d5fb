import {
  changedFrom,
  coerceProperties,
  formatCredit,
  imageObjectJsonLd,
  langOf,
  toLocale,
  type Credit,
  type JsonLd,
  type Photo,
  type PhotoSource,
} from '@stadtkit/model';
import {
  html,
  isServer,
  LitElement,
  nothing,
  svg,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { messages } from './messages.js';
import { normalizeCredit, normalizePhoto, parseSrcset, type NormalizedPhoto } from './normalize.js';
import { StadtPhotoErrorEvent, StadtPhotoZoomEvent } from './photo.events.js';
import { styles } from './photo.styles.js';

/** The image's `sizes` when none is given: the article column, at most 50rem. */
const SIZES = '(min-width: 50rem) 50rem, 100vw';

export type PhotoPlacement = 'below' | 'overlay';
export type PhotoState = 'empty' | 'loading' | 'loaded' | 'error';

/**
 * A press photo as a `<figure>`: the image, its caption and its copyright credit. German copyright law gives
 * photographers the right to be named, so the credit is structured (holder, creator, licence, source) and never
 * disappears, not even when the image fails to load.
 *
 * Three ways to give it a photo: the `photo` property (a `Photo` from `@stadtkit/model`), attributes (`src`,
 * `alt`, `caption`, `credit-holder` …) or, for CMS authors, light DOM: an `<img>` and `slot="caption"` /
 * `slot="credit"` elements, which are readable before JavaScript runs.
 *
 * @tag stadt-photo
 * @slot - A light-DOM `<img>` (used when neither `photo` nor `src` is set).
 * @slot caption - The caption, when neither `photo.caption` nor the `caption` attribute gives one.
 * @slot credit - A free-text credit, when no structured credit is given.
 * @csspart figure - The `<figure>`.
 * @csspart media - The box around the image.
 * @csspart image - The `<img>`.
 * @csspart placeholder - The sized box shown when the image fails to load.
 * @csspart caption - The `<figcaption>` (caption and credit).
 * @csspart credit - The credit line.
 * @csspart zoom - The button around the image when `zoom` is on (before JavaScript: a link to the largest
 *   rendition).
 * @csspart dialog - The zoom `<dialog>`: the image at full size, its caption and credit.
 * @csspart dialog-scroll - The scrollable box around the full-size image in the dialog.
 * @cssprop [--stadt-photo-gap=var(--stadt-space-s, 0.5rem)] - Space between image and caption.
 * @cssprop [--stadt-photo-font=inherit] - Font shorthand.
 * @cssprop [--stadt-photo-color=var(--stadt-color-text, currentColor)] - Text colour.
 * @cssprop [--stadt-photo-radius=0] - Corner radius of the image.
 * @cssprop [--stadt-photo-caption-font-size=0.9em] - Caption size.
 * @cssprop [--stadt-photo-credit-font-size=0.85em] - Credit size (relative to the caption).
 * @cssprop [--stadt-photo-credit-color=var(--stadt-color-text-muted, #595959)] - Credit colour below the image.
 * @cssprop [--stadt-photo-overlay-background=rgb(0 0 0 / 0.75)] - Credit background on the image.
 * @cssprop [--stadt-photo-overlay-color=#fff] - Credit colour on the image.
 * @cssprop [--stadt-photo-link-color=var(--stadt-color-link, #00528c)] - Licence and source links.
 * @cssprop [--stadt-photo-placeholder-background=var(--stadt-color-surface-muted, #e6e6e6)] - Box behind the
 *   image while it loads, and of the failed placeholder.
 * @fires {StadtPhotoErrorEvent} stadt-photo-error - The image could not be loaded.
 * @fires {StadtPhotoZoomEvent} stadt-photo-zoom - The zoom dialog opened or closed.
 */
export class StadtPhoto extends LitElement {
  static override styles = styles;

  static override properties = {
    photo: { attribute: false },
    src: { type: String },
    srcset: { type: String },
    sizes: { type: String },
    width: { type: Number },
    height: { type: Number },
    alt: { type: String },
    decorative: { type: Boolean, reflect: true, hasChanged: changedFrom(false) },
    caption: { type: String },
    creditHolder: { type: String, attribute: 'credit-holder' },
    creditCreator: { type: String, attribute: 'credit-creator' },
    licenceName: { type: String, attribute: 'licence-name' },
    licenceUrl: { type: String, attribute: 'licence-url' },
    sourceUrl: { type: String, attribute: 'source-url' },
    placement: { type: String, reflect: true, hasChanged: changedFrom('below') },
    loading: { type: String },
    zoom: { type: Boolean, reflect: true, hasChanged: changedFrom(false) },
    plainCredit: { type: Boolean, attribute: 'plain-credit' },
    contentLang: { type: String, attribute: 'content-lang' },
    _zoomOpen: { state: true },
    _enhanced: { state: true },
  };

  /** The photo as a model object; takes precedence over the attributes. */
  declare photo: Photo | undefined;
  /** Image URL (http, https or relative) when no `photo` is given. */
  declare src: string | undefined;
  /** Renditions with width descriptors: "a-640.jpg 640w, a-1280.jpg 1280w". */
  declare srcset: string | undefined;
  /**
   * The `sizes` of the image. Default "(min-width: 50rem) 50rem, 100vw". A lazy image in a box narrower than
   * that can start with `auto` ("auto, 20rem"): browsers that know it load the rendition for the laid-out width
   * (the news teaser does so for its photo). `auto` costs a second source selection after layout per image.
   */
  declare sizes: string | undefined;
  /** Intrinsic width of `src` in pixels: with `height`, reserves the space (no layout shift). */
  declare width: number | undefined;
  /** Intrinsic height of `src` in pixels. */
  declare height: number | undefined;
  /** The text equivalent. Required unless `decorative`. */
  declare alt: string | undefined;
  /** The photo adds nothing a text could say: `alt=""`, no warning. */
  declare decorative: boolean;
  /** The caption text. */
  declare caption: string | undefined;
  /** Copyright holder, e.g. "Stadt Offenbach". */
  declare creditHolder: string | undefined;
  /** Photographer or agency, e.g. "georg-foto.de". */
  declare creditCreator: string | undefined;
  /** Licence name, e.g. "CC BY 4.0". */
  declare licenceName: string | undefined;
  /** Licence URL. */
  declare licenceUrl: string | undefined;
  /** Where the photo comes from or can be licensed. */
  declare sourceUrl: string | undefined;
  /** Credit below the image (default) or on it. */
  declare placement: PhotoPlacement;
  /** `lazy` (default) or `eager` for the lead image (also sets fetchpriority="high"). */
  declare loading: 'lazy' | 'eager';
  /** Clicking the photo opens it at full size in a dialog. Off by default. */
  declare zoom: boolean;
  /**
   * Render licence and source as text, not links: for photos inside a larger link (a news teaser), so the
   * card keeps one tab stop. The full credit with links belongs on the article page.
   */
  declare plainCredit: boolean;
  /**
   * The language of the photo's content (alt text, caption) when it differs from the page's: the UI strings
   * follow the page (`lang` of the element or an ancestor), the content gets its own `lang` (WCAG 3.1.2).
   */
  declare contentLang: string | undefined;
  declare _zoomOpen: boolean;
  /** The zoom is a button (script runs); false while hydrating server HTML, whose zoom is a plain link. */
  declare _enhanced: boolean;

  #state!: PhotoState;

  /**
   * Empty (light DOM), loading, loaded or error; the `state` attribute shows it for styling. Set by the
   * element: the attribute is not read back (a page writing it changes nothing).
   * @readonly
   * @attr state
   * @reflect
   */
  get state(): PhotoState {
    return this.#state;
  }
  set state(value: PhotoState) {
    const old = this.#state;
    this.#state = value;
    // A photo given as data renders the same loading or loaded: the image's load sets the attribute only, no
    // update per photo (bench/REPORT.md). The light-DOM form's zoom waits for "loaded", so it updates.
    if (old === 'loading' && value === 'loaded' && this.#normalized)
      this.setAttribute('state', value);
    else this.requestUpdate('state', old);
  }

  #normalized: NormalizedPhoto | undefined;
  #warned = new Set<string>();
  /** The shadow root came from the server (declarative shadow DOM): its image may finish before hydration. */
  #fromServer = false;
  /** The first update is done. */
  #rendered = false;
  /** The light DOM's image (the CMS form), followed for state, error event and zoom. */
  #lightImage: HTMLImageElement | undefined;

  constructor() {
    super();
    // Only the defaults that are not undefined: fewer property sets per photo (bench/REPORT.md).
    this.decorative = false;
    this.placement = 'below';
    this.loading = 'lazy';
    this.zoom = false;
    this.plainCredit = false;
    this.state = 'empty';
    this._zoomOpen = false;
    this._enhanced = false;
  }

  override connectedCallback(): void {
    // A shadow root before the first connection is the server's (declarative shadow DOM): hydrate its zoom
    // link as it is, then upgrade it to the button once hydration is done.
    if (!this.hasUpdated && !this._enhanced) {
      if (this.shadowRoot === null) this._enhanced = true;
      else {
        this.#fromServer = true;
        void this.updateComplete.then(() => {
          this._enhanced = true;
        });
      }
    }
    super.connectedCallback();
  }

  /** The UI strings in the page's language (read only where a string is shown). */
  get #t() {
    return messages[toLocale(langOf(this))];
  }

  /** `content-lang` for the content nodes' `lang`, or nothing. */
  get #contentLang(): string | undefined {
    return this.contentLang || undefined;
  }

  /**
   * The caption as text, in a `lang` span when the content's language differs, else the light-DOM caption
   * slot. Plain text without `content-lang`: one element and one template fewer per photo (bench/REPORT.md).
   */
  #caption(text: string | undefined) {
    if (!text) return html`<slot name="caption"></slot>`;
    const lang = this.#contentLang;
    return lang ? html`<span class="caption" lang=${lang}>${text}</span>` : text;
  }

  /** schema.org `ImageObject` for this photo (via `@stadtkit/model`), or undefined without source or credit. */
  get jsonLd(): JsonLd | undefined {
    const photo = this.#normalized;
    if (!photo?.credit || photo.sources.length === 0) return undefined;
    return imageObjectJsonLd({
      sources: photo.sources,
      alt: photo.alt,
      decorative: photo.decorative,
      caption: photo.caption,
      credit: photo.credit,
    });
  }

  /** The photo described by the attributes, as untrusted model input. */
  #fromAttributes(): unknown {
    const { src, width, height } = this;
    const ratio = width && height ? height / width : undefined;
    const fromSrcset = this.srcset ? parseSrcset(this.srcset) : [];
    const sources = [
      ...(src ? [{ url: src, width, height }] : []),
      ...fromSrcset
        .filter((candidate) => candidate.url !== src)
        .map((candidate) => ({
          url: candidate.url,
          width: candidate.width,
          height: ratio ? Math.round(candidate.width * ratio) : undefined,
        })),
    ];
    const credit = this.creditHolder
      ? {
          holder: this.creditHolder,
          creator: this.creditCreator,
          licence: this.licenceName ? { name: this.licenceName, url: this.licenceUrl } : undefined,
          sourceUrl: this.sourceUrl,
        }
      : undefined;
    return {
      sources,
      alt: this.alt,
      decorative: this.decorative || undefined,
      caption: this.caption,
      credit,
    };
  }

  #name(): string {
    if (this.id) return `<stadt-photo id="${this.id}">`;
    const src = this.#normalized?.sources[0]?.url ?? this.src;
    return src ? `<stadt-photo> with "${src}"` : '<stadt-photo>';
  }

  #warnOnce(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`${this.#name()}: ${message}`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#prepare(changed);
    // The attribute is written here, not reflected by Lit: not observed, it costs no attribute callback per
    // photo and cannot be written back (bench/REPORT.md). willUpdate runs in server rendering too.
    if (this.getAttribute('state') !== this.#state) this.setAttribute('state', this.#state);
  }

  #prepare(changed: PropertyValues<this>): void {
    for (const note of coerceProperties(
      this,
      (this.constructor as typeof LitElement).elementProperties,
      changed,
    ))
      console.warn(`<stadt-photo>: ${note}`);

    const inputs = [
      'photo',
      'src',
      'srcset',
      'width',
      'height',
      'alt',
      'decorative',
      'caption',
      'creditHolder',
      'creditCreator',
      'licenceName',
      'licenceUrl',
      'sourceUrl',
    ];
    if (!inputs.some((key) => changed.has(key as keyof StadtPhoto)) && this.hasUpdated) return;
    const structured = this.photo !== undefined || this.src !== undefined;
    if (!structured) {
      this.#normalized = undefined;
      this.#syncLightState();
      return;
    }
    const { photo, problems } = normalizePhoto(this.photo ?? this.#fromAttributes());
    this.#normalized = photo;
    const altMissing = !photo.decorative && (photo.alt === undefined || photo.alt.trim() === '');
    if (altMissing) {
      this.#warnOnce(
        'no alt text and not marked decorative. The caption is used as the text equivalent; set alt="…" ' +
          '(or decorative for a purely decorative photo).',
      );
    }
    const otherProblems = problems
      .flatMap((block) => block.split('\n'))
      .filter((line) => !line.startsWith('alt:'));
    if (otherProblems.length > 0) {
      this.#warnOnce(
        `invalid photo data, shown without the invalid parts:\n${otherProblems.join('\n')}`,
      );
    }
    this.state = photo.sources.length === 0 ? 'error' : 'loading';
  }

  /** The slotted image changed: follow the new one. */
  #onSlotChange = (event: Event): void => {
    const assigned = (event.target as HTMLSlotElement).assignedElements({ flatten: true });
    const image = assigned
      .map((element) =>
        element instanceof HTMLImageElement ? element : element.querySelector('img'),
      )
      .find((element) => element !== null);
    if (image === this.#lightImage) return;
    this.#lightImage?.removeEventListener('load', this.#onLoad);
    this.#lightImage?.removeEventListener('error', this.#onError);
    this.#lightImage = image ?? undefined;
    this.#lightImage?.addEventListener('load', this.#onLoad);
    this.#lightImage?.addEventListener('error', this.#onError);
    this.#syncLightState();
  };

  /** Light DOM: empty without an image, else loading/loaded/error as the image is (it may be done already). */
  #syncLightState(): void {
    const image = this.#lightImage;
    if (!image) this.state = 'empty';
    else if (!image.complete) this.state = 'loading';
    else if (image.naturalWidth > 0) this.state = 'loaded';
    else if (this.state !== 'error') this.#onError({ target: image } as unknown as Event);
  }

  /** The zoom dialog's image: the largest rendition of the srcset, else the image itself. */
  #lightLargest(image: HTMLImageElement): PhotoSource {
    const candidates = parseSrcset(image.getAttribute('srcset') ?? '');
    const largest = candidates.sort((a, b) => b.width - a.width)[0];
    const ratio = image.naturalWidth > 0 ? image.naturalHeight / image.naturalWidth : 0;
    if (largest)
      return { url: largest.url, width: largest.width, height: Math.round(largest.width * ratio) };
    return {
      url: image.currentSrc || image.src,
      width: image.naturalWidth,
      height: image.naturalHeight,
    };
  }

  #onLoad = (): void => {
    this.state = 'loaded';
  };

  #onError = (event: Event): void => {
    const img = event.target as HTMLImageElement;
    this.state = 'error';
    this.dispatchEvent(new StadtPhotoErrorEvent(img.currentSrc || img.src));
  };

  async #openZoom(): Promise<void> {
    this._zoomOpen = true;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) {
      dialog.showModal();
      this.dispatchEvent(new StadtPhotoZoomEvent(true));
    }
  }

  #closeZoom = (): void => {
    this.renderRoot.querySelector('dialog')?.close();
  };

  #onDialogClose = (): void => {
    this._zoomOpen = false;
    // Focus returns to the zoom button (or, before hydration, the zoom link).
    this.renderRoot.querySelector<HTMLElement>('.zoom')?.focus();
    this.dispatchEvent(new StadtPhotoZoomEvent(false));
  };

  /** A click on the backdrop (outside the dialog's box) closes it too. */
  #onDialogClick = (event: MouseEvent): void => {
    const dialog = event.currentTarget as HTMLDialogElement;
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (!inside) dialog.close();
  };

  protected override updated(): void {
    // An image that was there before this update may have finished (or failed) unseen, with no event to come:
    // the server's, before hydration, or the same image kept for a new photo with the same URL. The first
    // client render made its image just now, which reports itself: no query per photo (bench/REPORT.md).
    const fresh = !this.#rendered && !this.#fromServer;
    this.#rendered = true;
    if (fresh || this.state !== 'loading') return;
    const img = this.renderRoot.querySelector<HTMLImageElement>('img[part="image"]');
    if (img?.complete) {
      if (img.naturalWidth > 0) this.state = 'loaded';
      else if (img.currentSrc || img.src) this.#onError({ target: img } as unknown as Event);
    }
  }

  #image(photo: NormalizedPhoto, source: PhotoSource, alt: string) {
    const srcset =
      photo.sources.length > 1
        ? photo.sources.map((s) => `${s.url} ${s.width}w`).join(', ')
        : undefined;
    const eager = this.loading === 'eager';
    // The order is measured (bench/REPORT.md): `loading` before the source, so a lazy image is never fetched
    // early; `sizes` last, because Chromium evaluates it again on every `src` and `srcset` change set after it.
    return html`<img
      part="image"
      decoding="async"
      loading=${eager ? 'eager' : 'lazy'}
      fetchpriority=${eager ? 'high' : nothing}
      width=${source.width}
      height=${source.height}
      alt=${alt}
      lang=${ifDefined(this.#contentLang)}
      src=${source.url}
      srcset=${srcset ?? nothing}
      sizes=${srcset ? (this.sizes ?? SIZES) : nothing}
      @load=${this.#onLoad}
      @error=${this.#onError}
    />`;
  }

  /** The sized box shown instead of a broken image: same aspect ratio, the alt text, nothing lost. */
  #placeholder(photo: NormalizedPhoto, source: PhotoSource | undefined, alt: string) {
    const t = this.#t;
    const width = source?.width ?? 3;
    const height = source?.height ?? 2;
    const label = alt || t.failed;
    return html`<div
      part="placeholder"
      class="failed-box"
      role=${photo.decorative ? 'presentation' : 'img'}
      aria-label=${photo.decorative ? nothing : label}
    >
      ${svg`<svg class="spacer" viewBox="0 0 ${width} ${height}" width=${width} height=${height} aria-hidden="true"></svg>`}
      <span class="failed" aria-hidden="true">${label}</span>
    </div>`;
  }

  #credit(credit: Credit | undefined, hidden = false) {
    if (!credit)
      return html`<slot
        name="credit"
        class="credit"
        part="credit"
        aria-hidden=${ifDefined(hidden ? 'true' : undefined)}
      ></slot>`;
    const names = formatCredit({ holder: credit.holder, creator: credit.creator }).replace(
      /^©\u00a0/,
      '',
    );
    // "© " on screen, "Copyright" for assistive technology: the style sheet's `::before` with alternative text
    // (no visually hidden box to lay out and paint per photo, bench/REPORT.md).
    return html`<small
      part="credit"
      class="credit"
      aria-hidden=${ifDefined(hidden ? 'true' : undefined)}
      >${names}${
        credit.licence
          ? html`,
            ${
              credit.licence.url && !this.plainCredit
                ? html`<a href=${credit.licence.url} rel="license">${credit.licence.name}</a>`
                : credit.licence.name
            }`
          : nothing
      }${credit.sourceUrl && !this.plainCredit ? html`, <a href=${credit.sourceUrl}>${this.#t.source}</a>` : nothing}</small
    >`;
  }

  #zoomTemplate(alt: string, content: unknown, largest: PhotoSource) {
    const t = this.#t;
    if (isServer || !this._enhanced)
      return html`<a class="zoom" part="zoom" href=${largest.url} aria-label=${t.open(alt)}
        >${content}</a
      >`;
    return html`<button
      type="button"
      class="zoom"
      part="zoom"
      aria-haspopup="dialog"
      aria-label=${t.zoom(alt)}
      @click=${this.#openZoom}
    >
      ${content}
    </button>`;
  }

  /** The dialog: the largest rendition at its own size (scrolls to pan), with caption and credit. */
  #dialog(largest: PhotoSource, alt: string, caption: string | undefined, credit: unknown) {
    const t = this.#t;
    return html`<dialog
      part="dialog"
      aria-label=${t.dialogLabel}
      @close=${this.#onDialogClose}
      @click=${this.#onDialogClick}
    >
      <div class="dialog-bar">
        <button type="button" class="close" @click=${this.#closeZoom}>${t.close}</button>
      </div>
      ${
        this._zoomOpen
          ? html`<div
                part="dialog-scroll"
                class="dialog-scroll"
                tabindex="0"
                role="group"
                aria-label=${t.pan}
              >
                <img
                  src=${largest.url}
                  width=${largest.width}
                  height=${largest.height}
                  alt=${alt}
                  lang=${ifDefined(this.#contentLang)}
                  decoding="async"
                />
              </div>
              <p class="dialog-caption">
                ${caption ? html`${this.#caption(caption)} ` : nothing}${credit}
              </p>`
          : nothing
      }
    </dialog>`;
  }

  /**
   * Figure and caption; a decorative photo is no figure (nothing to name for assistive technology), its credit
   * stays on screen but is hidden from it when there is no caption.
   */
  #frame(decorative: boolean, media: unknown, caption: unknown, credit: TemplateResult) {
    if (decorative)
      return html`<div part="figure" class="figure">
        <div class="media" part="media">${media}</div>
        <div part="caption" class="figcaption">${caption} ${credit}</div>
      </div>`;
    return html`<figure part="figure" class="figure">
      <div class="media" part="media">${media}</div>
      <figcaption part="caption" class="figcaption">${caption} ${credit}</figcaption>
    </figure>`;
  }

  override render() {
    const photo = this.#normalized;
    if (!photo) {
      // Light DOM: the CMS's own <img>, caption and credit, enhanced with the figure semantics.
      const image = this.#lightImage;
      const decorative = this.decorative || image?.getAttribute('alt') === '';
      // The zoom's rendition only when it zooms (the srcset is parsed for it).
      const largest =
        this.zoom && !decorative && image !== undefined && this.state === 'loaded'
          ? this.#lightLargest(image)
          : undefined;
      const slot = html`<slot @slotchange=${this.#onSlotChange}></slot>`;
      // The structured credit as in the attribute form: holder, creator, licence (linked when safe), source.
      const credit = normalizeCredit({
        holder: this.creditHolder,
        creator: this.creditCreator,
        licence: this.licenceName ? { name: this.licenceName, url: this.licenceUrl } : undefined,
        sourceUrl: this.sourceUrl,
      });
      const lightText = (slot: string) =>
        this.querySelector(`[slot="${slot}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      return html`${this.#frame(
        decorative,
        image && largest ? this.#zoomTemplate(image.alt, slot, largest) : slot,
        this.#caption(this.caption),
        this.#credit(credit, decorative && !this.caption),
      )}
      ${
        image && largest
          ? this.#dialog(
              largest,
              image.alt,
              this.caption ?? lightText('caption'),
              credit ? this.#credit(credit) : lightText('credit'),
            )
          : nothing
      }`;
    }
    const source = photo.sources[0];
    const alt = photo.decorative ? '' : (photo.alt ?? '');
    const failed = this.state === 'error' || !source;
    const image = failed ? this.#placeholder(photo, source, alt) : this.#image(photo, source, alt);
    const largest = [...photo.sources].sort((a, b) => b.width - a.width)[0];
    const zoomable = this.zoom && !failed && !photo.decorative && largest !== undefined;
    const frame = this.#frame(
      photo.decorative,
      zoomable ? this.#zoomTemplate(alt, image, largest) : image,
      this.#caption(photo.caption),
      this.#credit(photo.credit, photo.decorative && !photo.caption),
    );
    // Without zoom the frame is the whole render: one template fewer to clone per photo.
    if (!zoomable) return frame;
    return html`${frame} ${this.#dialog(largest, alt, photo.caption, this.#credit(photo.credit))}`;
  }
}
