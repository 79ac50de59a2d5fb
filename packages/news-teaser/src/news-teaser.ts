import {
  changedFrom,
  coerceProperties,
  checkUrl,
  formatDate,
  langOf,
  machineDateTime,
  toLocale,
  type NewsTeaser,
} from '@stadtkit/model';
import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading as headingTemplate } from './heading.js';
import { messages } from './messages.js';
import { styles } from './news-teaser.styles.js';

const externalIcon = svg`<svg class="external-icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.5"><path d="M5 2H2v8h8V7M7 2h3v3M10 2 5 7"/></svg>`;

/**
 * The headline of an external link: the icon stays on the line of the last word (never alone on a line) —
 * the unbreakable tail is the last word, or of a long word only its last syllable (after a soft hyphen) or last
 * six characters, so the word itself can still break in a narrow card — then the visually hidden label, in the
 * UI's language (`labelLang`) when the content has another.
 */
function externalHeadline(headline: string, label: string, labelLang: string | undefined) {
  const start = headline.search(/\S*$/);
  const word = headline.slice(start);
  let cut = word.lastIndexOf('\u00ad') + 1;
  if (cut === 0 && word.length > 10) cut = word.length - 6;
  return html`${headline.slice(0, start + cut)}<span class="nowrap"
      >${word.slice(cut)}${externalIcon}</span
    ><span class="visually-hidden" lang=${ifDefined(labelLang)}> ${label}</span>`;
}

/** Same-origin check; on the server (no location) every absolute URL counts as external. */
function isExternal(url: string): boolean {
  if (!/^(https?:)?\/\//i.test(url)) return false;
  const origin = globalThis.location?.origin;
  if (!origin || origin === 'null') return true;
  try {
    return new URL(url, origin).origin !== origin;
  } catch {
    return true;
  }
}

interface TeaserView {
  headline: string;
  url: string | undefined;
  kicker: string | undefined;
  datePublished: string | undefined;
  /** The date, checked once when the inputs change (not again for the format in every render). */
  published?: Date;
  excerpt: string | undefined;
  photo: NewsTeaser['photo'];
  /** Read from light-DOM children: they are shown through the card, never slotted as they are. */
  fromLight?: boolean;
}

/**
 * A teaser for a press release or news item: kicker, headline, date, excerpt and an optional photo with its
 * credit. The whole card is clickable through **one** real link on the headline (a "stretched link"): one
 * tab stop, the link's name is the headline, middle-click and "open in new tab" work, and text stays
 * selectable.
 *
 * For CMS authors the teaser can be written as plain HTML, complete and readable before and without
 * JavaScript, and enhanced into the card when the element is defined:
 * `<stadt-news-teaser><h3><a href="/meldung">Headline</a></h3><p data-kicker>Kultur</p>
 * <p><time datetime="2019-11-05T08:00:00+01:00">5. November 2019</time></p><p>Excerpt</p>
 * <img slot="media" src="…" alt="…"></stadt-news-teaser>`. The heading's level is kept unless
 * `heading-level` is set. Used when neither `teaser` nor `headline` is given.
 *
 * @tag stadt-news-teaser
 * @slot - The excerpt as light DOM, when neither `teaser.excerpt` nor `excerpt` gives one (readable before
 *   JavaScript runs).
 * @slot media - An image (e.g. `<img slot="media">`) for the light-DOM form.
 * @csspart card - The `<article>`.
 * @csspart heading - The heading (or paragraph when `heading-level` is 0).
 * @csspart link - The headline link.
 * @csspart kicker - The kicker / category.
 * @csspart meta - The line with the date.
 * @csspart excerpt - The excerpt.
 * @csspart media - The box around the photo.
 * @cssprop [--stadt-news-teaser-gap=var(--stadt-space-s, 0.5rem)] - Space between the parts.
 * @cssprop [--stadt-news-teaser-padding=var(--stadt-space-m, 1rem)] - Card padding.
 * @cssprop [--stadt-news-teaser-border=1px solid var(--stadt-color-border, #c8c8c8)] - Card border.
 * @cssprop [--stadt-news-teaser-radius=0.25rem] - Card corner radius.
 * @cssprop [--stadt-news-teaser-background=var(--stadt-color-surface, #fff)] - Card background.
 * @cssprop [--stadt-news-teaser-hover-background=var(--stadt-color-surface-hover, #f3f6f9)] - On hover.
 * @cssprop [--stadt-news-teaser-headline-size=1.2em] - Headline size.
 * @cssprop [--stadt-news-teaser-link-color=var(--stadt-color-link, #00528c)] - Headline link colour.
 * @cssprop [--stadt-news-teaser-kicker-color=var(--stadt-color-accent, #00528c)] - Kicker colour.
 * @cssprop [--stadt-news-teaser-kicker-transform=none] - Kicker text-transform.
 * @cssprop [--stadt-news-teaser-meta-color=var(--stadt-color-text-muted, #595959)] - Date colour.
 * @cssprop [--stadt-news-teaser-excerpt-lines=3] - Lines the excerpt is clamped to (visually only).
 * @cssprop [--stadt-news-teaser-font=inherit] - Font shorthand.
 * @cssprop [--stadt-news-teaser-color=var(--stadt-color-text, currentColor)] - Text colour.
 */
export class StadtNewsTeaser extends LitElement {
  static override styles = styles;

  static override properties = {
    teaser: { attribute: false },
    headline: { type: String },
    href: { type: String },
    kicker: { type: String },
    datePublished: { type: String, attribute: 'date-published' },
    excerpt: { type: String },
    // The defaults are not reflected (no attribute work per teaser); a light-DOM heading keeps its level.
    headingLevel: {
      type: Number,
      attribute: 'heading-level',
      reflect: true,
      hasChanged: changedFrom(3),
    },
    external: { type: Boolean, reflect: true, hasChanged: changedFrom(false) },
    contentLang: { type: String, attribute: 'content-lang' },
  };

  /** The teaser as a model object (`NewsTeaser`); takes precedence over the attributes. */
  declare teaser: NewsTeaser | undefined;
  /** The headline, when no `teaser` is given. */
  declare headline: string | undefined;
  /** The link target (http, https or relative). Anything else renders the teaser without a link. */
  declare href: string | undefined;
  /** Kicker / category, e.g. "Verkehr". */
  declare kicker: string | undefined;
  /** ISO 8601 date-time with offset, shown as a date in Berlin time. */
  declare datePublished: string | undefined;
  /** The excerpt text. */
  declare excerpt: string | undefined;
  /** Heading level of the headline, 1–6 (default 3); 0 renders no heading. */
  declare headingLevel: number;
  /** Marks the link as external; detected automatically for other origins. */
  declare external: boolean;
  /**
   * The language of the teaser's content (headline, kicker, excerpt, photo) when it differs from the page's:
   * UI strings follow the page, the content gets its own `lang` (WCAG 3.1.2).
   */
  declare contentLang: string | undefined;

  #warned = new Set<string>();
  /** The light DOM changed (an editor's preview, a CMS script): read it again. */
  #lightChanged = false;
  #observer: MutationObserver | undefined;
  /** The light-DOM form's heading level, when `heading-level` is not set. */
  #lightLevel: number | undefined;
  #hasMedia = false;

  constructor() {
    super();
    // Only the defaults that are not undefined: fewer property sets per teaser.
    this.headingLevel = 3;
    this.external = false;
  }

  /** `content-lang` for the content nodes' `lang`, or nothing. */
  get #contentLang(): string | undefined {
    return this.contentLang || undefined;
  }

  #warnOnce(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`<stadt-news-teaser>: ${message}`);
  }

  #view: TeaserView | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watchLight();
  }

  /**
   * Watches the light DOM while the element reads its content from there (no `teaser`, no `headline`): content
   * parsed after the upgrade, or changed by a CMS script, renders. Given its content as properties, the element
   * does not watch (an observer per teaser showed in the bench's profile for nothing).
   */
  #watchLight(): void {
    if (this.isConnected && !this.teaser && !this.headline) {
      this.#observer ??= new MutationObserver(() => {
        this.#lightChanged = true;
        this.requestUpdate();
      });
      this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    } else {
      this.#observer?.disconnect();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  /** The teaser written as HTML children (see the class comment); undefined when there is no heading. */
  #fromLightDom(): Partial<Record<keyof NewsTeaser, string>> | undefined {
    // Lit SSR's DOM shim has no querySelector: the server renders the attribute and property forms.
    if (typeof this.querySelector !== 'function') return undefined;
    const children = [...this.children];
    this.#hasMedia = children.some((child) => child.slot === 'media');
    // One link per card: a slotted photo's licence and source links become text (the photo's plain-credit),
    // as for the photo the teaser renders itself.
    for (const child of children)
      if (
        child.slot === 'media' &&
        child.localName === 'stadt-photo' &&
        !child.hasAttribute('plain-credit')
      )
        child.setAttribute('plain-credit', '');
    const heading = children.find((child) => /^h[1-6]$/.test(child.localName));
    if (!heading) return undefined;
    this.#lightLevel = Number(heading.localName.slice(1));
    const textOf = (element: Element | null | undefined) =>
      element?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
    const time = children.find((child) => child.matches('time[datetime], p:has(> time[datetime])'));
    const kicker = children.find((child) => child.matches('[data-kicker], .kicker'));
    const excerpt = children.find(
      (child) => child.localName === 'p' && child !== kicker && child !== time && !child.slot,
    );
    return {
      headline: textOf(heading),
      url: heading.querySelector('a[href]')?.getAttribute('href') ?? undefined,
      kicker: textOf(kicker),
      datePublished:
        (time?.matches('time') ? time : time?.querySelector('time'))?.getAttribute('datetime') ??
        undefined,
      excerpt: textOf(excerpt),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    for (const note of coerceProperties(
      this,
      (this.constructor as typeof LitElement).elementProperties,
      changed,
    ))
      console.warn(`<stadt-news-teaser>: ${note}`);

    if (changed.has('teaser') || changed.has('headline')) this.#watchLight();
    const inputs = ['teaser', 'headline', 'href', 'kicker', 'datePublished', 'excerpt'];
    if (
      this.hasUpdated &&
      !this.#lightChanged &&
      !inputs.some((key) => changed.has(key as keyof StadtNewsTeaser))
    )
      return;
    this.#lightChanged = false;
    try {
      this.#view = this.#read();
    } catch {
      // A teaser that throws when read (a revoked proxy, a throwing getter) is shown as no teaser at all.
      this.#warnOnce('the teaser could not be read');
      this.#view = {
        headline: '',
        url: undefined,
        kicker: undefined,
        datePublished: undefined,
        excerpt: undefined,
        photo: undefined,
      };
      return;
    }
    if (!this.#view.headline) this.#warnOnce('no headline given');
  }

  /** The view of the teaser from the `teaser` object or the attributes; throws only for unreadable input. */
  #read(): TeaserView {
    this.#lightLevel = undefined;
    const light = this.teaser || this.headline ? undefined : this.#fromLightDom();
    const source = this.teaser ??
      light ?? {
        headline: this.headline,
        url: this.href,
        kicker: this.kicker,
        datePublished: this.datePublished,
        excerpt: this.excerpt,
      };
    const raw = source as Partial<Record<keyof NewsTeaser, unknown>>;
    const text = (value: unknown) =>
      typeof value === 'string' && value.trim() !== '' ? value : undefined;
    const url = text(raw.url);
    const urlProblem = url === undefined ? undefined : checkUrl(url);
    if (url !== undefined && urlProblem) this.#warnOnce(`link "${url}" is not used: ${urlProblem}`);
    const date = text(raw.datePublished);
    const checked = date === undefined ? undefined : machineDateTime(date);
    if (date !== undefined && checked === undefined) this.#warnOnce(`invalid date "${date}"`);
    return {
      fromLight: light !== undefined,
      headline: text(raw.headline) ?? '',
      url: urlProblem ? undefined : url,
      kicker: text(raw.kicker),
      datePublished: checked,
      published: checked === undefined ? undefined : new Date(checked),
      excerpt: text(raw.excerpt),
      // <stadt-photo> validates the photo field by field and reports its own problems.
      photo:
        typeof raw.photo === 'object' && raw.photo !== null
          ? (raw.photo as NewsTeaser['photo'])
          : undefined,
    };
  }

  /** Clicks on the card outside the link follow the link, unless the reader was selecting text. */
  #onCardClick = (event: MouseEvent): void => {
    const link = this.renderRoot.querySelector<HTMLAnchorElement>('a.stretched');
    if (!link || event.defaultPrevented || event.button !== 0) return;
    const path = event.composedPath();
    if (path.some((node) => node instanceof HTMLAnchorElement || node instanceof HTMLButtonElement))
      return;
    if ((globalThis.getSelection?.()?.toString() ?? '') !== '') return;
    if (event.ctrlKey || event.metaKey || event.shiftKey) {
      globalThis.open(link.href, '_blank', 'noopener');
      return;
    }
    link.click();
  };

  /** Middle-click on the card's text opens the link in a new tab, as it does on the link itself. */
  #onCardAuxClick = (event: MouseEvent): void => {
    const link = this.renderRoot.querySelector<HTMLAnchorElement>('a.stretched');
    if (!link || event.button !== 1) return;
    if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) return;
    globalThis.open(link.href, '_blank', 'noopener');
  };

  override render() {
    const view = this.#view;
    if (!view) return nothing;
    const lang = langOf(this);
    const t = messages[toLocale(lang)];
    const external = view.url !== undefined && (this.external || isExternal(view.url));
    const headline = view.url
      ? html`<a part="link" class="stretched" href=${view.url} lang=${ifDefined(this.#contentLang)}
          >${
            external
              ? externalHeadline(
                  view.headline,
                  t.external,
                  this.contentLang && lang ? lang : undefined,
                )
              : view.headline
          }</a
        >`
      : html`<span lang=${ifDefined(this.#contentLang)}>${view.headline}</span>`;
    const level =
      this.#lightLevel !== undefined && !this.hasAttribute('heading-level')
        ? this.#lightLevel
        : this.headingLevel;
    const heading = headingTemplate(level, headline, {
      part: 'heading',
      className: 'headline',
    });
    // No whitespace around the texts (tests and copy-paste see exactly the text): kept from reformatting.
    // prettier-ignore
    const kicker = html`<p part="kicker" class="kicker" lang=${ifDefined(this.#contentLang)}>${view.kicker}</p>`;
    // prettier-ignore
    const excerpt = html`<p part="excerpt" class="excerpt" lang=${ifDefined(this.#contentLang)}>${view.excerpt}</p>`;
    const date = view.published ? formatDate(view.published, { locale: lang }) : undefined;
    return html`<article
      part="card"
      class="card ${view.url ? 'linked' : ''}"
      @click=${this.#onCardClick}
      @auxclick=${this.#onCardAuxClick}
    >
      ${heading} ${view.kicker ? kicker : nothing}
      ${
        date && view.datePublished
          ? html`<p part="meta" class="meta" data-label=${t.published}>
              <time datetime=${view.datePublished}>${date}</time>
            </p>`
          : nothing
      }
      ${
        view.excerpt
          ? excerpt
          : view.fromLight
            ? nothing
            : html`<div part="excerpt" class="excerpt"><slot></slot></div>`
      }
      ${
        view.photo
          ? html`<div part="media" class="media">
              <stadt-photo
                plain-credit
                sizes="auto, (min-width: 50rem) 50rem, 100vw"
                content-lang=${ifDefined(this.#contentLang)}
                .photo=${view.photo}
              ></stadt-photo>
            </div>`
          : this.#hasMedia
            ? html`<div part="media" class="media"><slot name="media"></slot></div>`
            : nothing
      }
    </article>`;
  }
}
