import { checkUrl, coerceProperties, langOf, toLocale, type NewsTeaser } from '@stadtkit/model';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { heading } from './heading.js';
import { messages } from './messages.js';
import { listStyles } from './news-list.styles.js';

export type NewsListLayout = 'list' | 'grid';

/**
 * A list of news teasers ("Weitere Meldungen"): an optional heading, a real `<ul>` of `<stadt-news-teaser>`s
 * (their headings one level below the list's), layouts `list` and `grid` (responsive through container
 * queries), an empty-state text and a "more" link.
 *
 * @tag stadt-news-list
 * @slot - Light-DOM teasers (e.g. a `<ul>` of `<stadt-news-teaser>`), used when `teasers` is not set. The
 *   layout applies to a slotted `<ul>`, and when the list has a heading, its teasers' headings are set one
 *   level below it (unless a teaser has its own `heading-level`).
 * @csspart heading - The list heading.
 * @csspart list - The `<ul>`.
 * @csspart item - Each `<li>`.
 * @csspart empty - The empty-state text.
 * @csspart more - The "more" link.
 * @cssprop [--stadt-news-list-gap=var(--stadt-space-m, 1rem)] - Space between teasers.
 * @cssprop [--stadt-news-list-font=inherit] - Font shorthand.
 * @cssprop [--stadt-news-list-link-color=var(--stadt-color-link, #00528c)] - Colour of the "more" link.
 * @cssprop [--stadt-news-list-empty-color=var(--stadt-color-text-muted, #595959)] - Empty-state colour.
 */
export class StadtNewsList extends LitElement {
  static override styles = listStyles;

  static override properties = {
    teasers: { attribute: false },
    heading: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    layout: { type: String, reflect: true },
    moreHref: { type: String, attribute: 'more-href' },
    moreLabel: { type: String, attribute: 'more-label' },
    emptyText: { type: String, attribute: 'empty-text' },
    contentLang: { type: String, attribute: 'content-lang' },
    _lightEmpty: { state: true },
  };

  /** The teasers; when unset, light-DOM children are shown. An empty array shows the empty text. */
  declare teasers: NewsTeaser[] | undefined;
  /** The list heading, e.g. "Weitere Meldungen". No heading when unset. */
  declare heading: string | undefined;
  /** Level of the list heading (default 2); the teasers' headings are one level below. */
  declare headingLevel: number;
  /** `list` (default) or `grid`. */
  declare layout: NewsListLayout;
  /** Link to all news ("more"); http, https or relative. */
  declare moreHref: string | undefined;
  /** Text of the "more" link. Default "Weitere Meldungen". */
  declare moreLabel: string | undefined;
  /** Text when there are no teasers. Default "Keine Meldungen vorhanden." */
  declare emptyText: string | undefined;
  /** The language of the teasers' content when it differs from the page's (passed to each teaser). */
  declare contentLang: string | undefined;

  constructor() {
    super();
    this.teasers = undefined;
    this.heading = undefined;
    this.headingLevel = 2;
    this.layout = 'list';
    this.moreHref = undefined;
    this.moreLabel = undefined;
    this.emptyText = undefined;
    this.contentLang = undefined;
    this._lightEmpty = false;
  }

  /**
   * The light DOM holds no teaser (a CMS list with nothing in it): the empty text shows, as for `teasers: []`.
   * Found after the first render (which must match server-rendered markup), then kept up to date.
   */
  declare _lightEmpty: boolean;

  /** A teaser added to a slotted `<ul>` fires no slotchange: a MutationObserver sees it. */
  #observer: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof MutationObserver !== 'function' || typeof this.querySelector !== 'function') return;
    this.#observer ??= new MutationObserver(this.#onLightChange);
    this.#observer.observe(this, { childList: true, subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  protected override firstUpdated(): void {
    this.#onLightChange();
  }

  #onLightChange = (): void => {
    this.#levelLightTeasers();
    if (typeof this.querySelector === 'function')
      this._lightEmpty =
        this.teasers === undefined && this.querySelector('li, stadt-news-teaser') === null;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    for (const note of coerceProperties(
      this,
      (this.constructor as typeof LitElement).elementProperties,
      changed,
    ))
      console.warn(`<stadt-news-list>: ${note}`);
  }

  /** Light-DOM teasers whose level this list set (so a later change of the list's level moves them too). */
  #levelled = new WeakSet<Element>();

  #onSlotChange = (): void => this.#onLightChange();

  #levelLightTeasers(): void {
    if (!this.heading || typeof this.querySelectorAll !== 'function') return;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    for (const teaser of this.querySelectorAll('stadt-news-teaser')) {
      if (teaser.hasAttribute('heading-level') && !this.#levelled.has(teaser)) continue;
      this.#levelled.add(teaser);
      teaser.setAttribute('heading-level', String(Math.min(level + 1, 6)));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('heading') || changed.has('headingLevel')) this.#levelLightTeasers();
  }

  override render() {
    const t = messages[toLocale(langOf(this))];
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const id = 'news-list-heading';
    let teasers: NewsTeaser[] | undefined;
    try {
      teasers = Array.isArray(this.teasers)
        ? this.teasers.filter((teaser) => typeof teaser === 'object' && teaser !== null)
        : undefined;
    } catch {
      // A list that throws when read (a revoked proxy) has no teasers we could show.
      console.warn('<stadt-news-list>: teasers could not be read');
      teasers = [];
    }
    const moreHref = this.moreHref && !checkUrl(this.moreHref) ? this.moreHref : undefined;
    if (this.moreHref && !moreHref)
      console.warn(`<stadt-news-list>: more-href "${this.moreHref}" is not used`);
    return html`${
      this.heading
        ? heading(level, this.heading, { part: 'heading', className: 'heading', id })
        : nothing
    }
    ${
      teasers === undefined
        ? html`<slot @slotchange=${this.#onSlotChange}></slot>${
              this._lightEmpty
                ? html`<p part="empty" class="empty">${this.emptyText ?? t.empty}</p>`
                : nothing
            }`
        : teasers.length === 0
          ? html`<p part="empty" class="empty">${this.emptyText ?? t.empty}</p>`
          : html`<ul part="list" role="list" aria-labelledby=${this.heading ? id : nothing}>
              ${teasers.map(
                (teaser) =>
                  html`<li part="item">
                    <stadt-news-teaser
                      .teaser=${teaser}
                      heading-level=${Math.min(level + 1, 6)}
                      content-lang=${ifDefined(this.contentLang || undefined)}
                    ></stadt-news-teaser>
                  </li>`,
              )}
            </ul>`
    }
    ${moreHref ? html`<a part="more" class="more" href=${moreHref}>${this.moreLabel ?? t.more}</a>` : nothing}`;
  }
}
