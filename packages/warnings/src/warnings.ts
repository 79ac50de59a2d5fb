import {
  checkUrl,
  coerceProperties,
  currentWarnings,
  formatDate,
  formatIssues,
  formatSeverity,
  formatTime,
  formatWarningEvent,
  formatWarningPeriod,
  langOf,
  parseWarningsSnapshot,
  toLocale,
  type Warning,
  type WarningSource,
  type WarningsSnapshot,
  readClock,
} from '@stadtkit/model';
import { initialState, Task } from '@lit/task';
import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { messages } from './messages.js';
import { DWD_WARNINGS_URL, loadSnapshot, NINA_WARNINGS_URL, planOf } from './source.js';
import { StadtWarningsChangeEvent, type WarningsState } from './warnings.events.js';
import { styles } from './warnings.styles.js';

const DEFAULT_REFRESH_SECONDS = 300;
const MIN_REFRESH_SECONDS = 60;
const DEFAULT_STALE_MINUTES = 30;
const DEFAULT_PLACE = 'Offenbach am Main';
/** The properties that choose where the data comes from: a change starts over. */
const SOURCE_KEYS = ['baseUrl', 'warnCell', 'region', 'warnings'] as const;
const LOUD = new Set(['severe', 'extreme']);

/**
 * Official warnings for a German city: the Deutscher Wetterdienst's weather warnings (through Bright Sky's
 * `/alerts`) and the federal warning system's (NINA: fire, contaminated water, bomb disposal …), for a site's
 * header (`variant="compact"`: "2 Warnungen: Orkanböen, Sturmböen") or a page (`variant="full"`: each warning
 * with its level, event, headline, period in German time, area, description, instruction and source).
 *
 * It never says "no warnings" when it does not know: states (the reflected `state` attribute) are `loading`,
 * `none` (every source answered, nothing current: said with the time checked), `active`, `unavailable` (a
 * source failed and nothing is shown: it says which) and `stale` (the last good answer is older than
 * `stale-after`: shown with its time). Test warnings are never shown; a warning disappears when it expires,
 * without a reload; a new severe or extreme warning while the page is open is announced politely, once.
 *
 * The DWD's texts are shown exactly as sent, with "Quelle: Deutscher Wetterdienst" at each warning (the DWD's
 * terms). NINA allows no requests from other sites: set `region` with `base-url` pointing at your
 * `@stadtkit/proxy`, which also keeps visitors' IP addresses from third parties.
 *
 * Server-rendered (Lit SSR): give the proxy's snapshot (`proxy.warnings()`) as `initialWarnings`; the header
 * shows the warnings without JavaScript. Without JavaScript and without a snapshot it shows a link to the
 * DWD's warnings, never a "loading" that never ends.
 *
 * @tag stadt-warnings
 * @csspart base - The wrapper of everything.
 * @csspart summary - The compact line ("2 Warnungen: …", "Keine amtlichen Warnungen", …).
 * @csspart list - The list of warnings (full variant).
 * @csspart warning - One warning (full variant).
 * @csspart level - The level badge: its colour and its text ("Unwetterwarnung").
 * @csspart event - The event ("Orkanböen"), a heading in the full variant.
 * @csspart checked - "Stand 14:05 Uhr".
 * @csspart source - "Quelle: Deutscher Wetterdienst".
 * @csspart fallback - The link to the DWD's warnings shown while the element is not defined and has no data.
 * @cssprop [--stadt-warnings-font=inherit] - Font shorthand.
 * @cssprop [--stadt-warnings-color=var(--stadt-color-text, currentColor)] - Text colour.
 * @cssprop [--stadt-warnings-muted-color=var(--stadt-color-text-muted, #595959)] - "Stand …", sources.
 * @cssprop [--stadt-warnings-gap=var(--stadt-space-s, 0.5rem)] - Space between parts.
 * @cssprop [--stadt-warnings-border=1px solid var(--stadt-color-border, #c8c8c8)] - Border of a warning.
 * @cssprop [--stadt-warnings-radius=0.25rem] - Corner radius of a warning and the badge.
 * @cssprop [--stadt-warnings-minor=var(--stadt-color-warning-minor, #ffff00)] - Level 1 (DWD yellow).
 * @cssprop [--stadt-warnings-moderate=var(--stadt-color-warning-moderate, #ff9900)] - Level 2 (DWD orange).
 * @cssprop [--stadt-warnings-severe=var(--stadt-color-warning-severe, #ff0000)] - Level 3 (DWD red).
 * @cssprop [--stadt-warnings-extreme=var(--stadt-color-warning-extreme, #880088)] - Level 4 (DWD violet).
 * @cssprop [--stadt-warnings-link-color=var(--stadt-color-link, inherit)] - Links.
 * @fires {StadtWarningsChangeEvent} stadt-warnings-change - The state changed.
 */
export class StadtWarnings extends LitElement {
  static override styles = styles;

  static override properties = {
    baseUrl: { type: String, attribute: 'base-url' },
    warnCell: { type: String, attribute: 'warn-cell' },
    region: { type: String },
    variant: { type: String, reflect: true },
    detailsHref: { type: String, attribute: 'details-href' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    locationName: { type: String, attribute: 'location-name' },
    refreshInterval: { type: Number, attribute: 'refresh-interval' },
    staleAfter: { type: Number, attribute: 'stale-after' },
    warnings: { attribute: false },
    initialWarnings: { attribute: false },
    state: { type: String, reflect: true },
    now: { attribute: false },
  };

  /** Your `@stadtkit/proxy` mount, e.g. "/stadtkit". Without it the DWD is asked at api.brightsky.dev directly. */
  declare baseUrl: string | undefined;
  /** The DWD warn cell of the municipality (9 digits). Default: Offenbach am Main, 806413000. */
  declare warnCell: string | undefined;
  /** The district's regional key (ARS, 12 digits) for NINA's warnings; needs `base-url`. Default: NINA not asked. */
  declare region: string | undefined;
  /** "compact" (one line for a header) or "full" (every warning in detail). Default "compact". */
  declare variant: 'compact' | 'full';
  /** Where the compact line links to: your page with the full list. Default: no link; an unsafe URL makes none. */
  declare detailsHref: string | undefined;
  /** Heading level of each warning's event in the full variant (2–6). Default 3. */
  declare headingLevel: number;
  /** The place named ("für Offenbach am Main"). Default: the warn cell's name, else Offenbach am Main. */
  declare locationName: string | undefined;
  /** Seconds between refreshes. Default 300, at least 60. */
  declare refreshInterval: number;
  /** Minutes after which the last good answer counts as stale (the time is shown). Default 30. */
  declare staleAfter: number;
  /** Given warnings (no request is made), as a snapshot: `{ warnings, checkedAt, sources, failed }`. */
  declare warnings: WarningsSnapshot | undefined;
  /**
   * A snapshot the page already has (from `@stadtkit/proxy`'s `warnings()`, rendered by the server): shown at
   * once and by Lit SSR, then replaced by what the sources deliver. Checked like any input.
   */
  declare initialWarnings: WarningsSnapshot | undefined;
  /**
   * The current state, reflected for styling: loading, none, active, unavailable or stale. Set by the element.
   * @readonly
   */
  declare state: WarningsState;
  /** The clock, in ms since the epoch. Replace it to render a fixed time (tests, SSR snapshots). */
  declare now: () => number;

  #snapshot: WarningsSnapshot | undefined;
  #place: string | undefined;
  /** Severe and extreme warnings already known (not announced again); undefined until the first data. */
  #known: Set<string> | undefined;
  #announcement = '';
  #loaded = false;
  #started = false;
  #reload = false;
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  #expiryTimer: ReturnType<typeof setTimeout> | undefined;
  #warned = new Set<string>();
  /** `details-href` when it is a safe URL (checked when it changes); otherwise no link is made. */
  #detailsUrl: string | undefined;

  /** Loads in the update cycle (first update, and whenever a source property changes); a newer run wins. */
  #task = new Task(this, {
    args: () => SOURCE_KEYS.map((key) => this[key]),
    task: (_args, { signal }) => this.#load(signal),
  });

  constructor() {
    super();
    this.baseUrl = undefined;
    this.warnCell = undefined;
    this.region = undefined;
    this.variant = 'compact';
    this.detailsHref = undefined;
    this.headingLevel = 3;
    this.locationName = undefined;
    this.refreshInterval = DEFAULT_REFRESH_SECONDS;
    this.staleAfter = DEFAULT_STALE_MINUTES;
    this.warnings = undefined;
    this.initialWarnings = undefined;
    this.state = 'loading';
    this.now = Date.now;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#started = true;
    if (this.hasUpdated) {
      this.#reload = true;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#started = false;
    this.#task.abort();
    clearTimeout(this.#refreshTimer);
    clearTimeout(this.#expiryTimer);
  }

  #warnOnce(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`<stadt-warnings>: ${message}`);
  }

  #now(): number {
    const { time, problem } = readClock(this.now);
    if (problem) this.#warnOnce(problem);
    return time;
  }

  /** A snapshot from outside, checked; undefined (with a warning) when it cannot be used. */
  #checked(input: unknown, name: string): WarningsSnapshot | undefined {
    const result = parseWarningsSnapshot(input);
    if (!result.ok) {
      this.#warnOnce(`${name} is not used: ${formatIssues(result.issues, '; ')}`);
      return undefined;
    }
    if (result.issues.length > 0) this.#warnOnce(`${name}: ${formatIssues(result.issues, '; ')}`);
    return result.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const declarations = (this.constructor as typeof LitElement).elementProperties;
    for (const note of coerceProperties(this, declarations, changed)) this.#warnOnce(note);
    if (changed.has('detailsHref')) {
      const problem = this.detailsHref === undefined ? undefined : checkUrl(this.detailsHref);
      if (problem) this.#warnOnce(`details-href "${this.detailsHref}" is not used: ${problem}`);
      this.#detailsUrl = problem ? undefined : this.detailsHref;
    }
    if (this.hasUpdated && SOURCE_KEYS.some((key) => changed.has(key))) {
      this.#snapshot = undefined;
      this.#loaded = false;
      this.#known = undefined;
    }
    if (this.warnings !== undefined) {
      if (changed.has('warnings')) {
        this.#apply(
          this.#checked(this.warnings, 'warnings') ?? {
            warnings: [],
            checkedAt: new Date(this.#now()).toISOString(),
            sources: [],
            failed: [],
          },
        );
      }
    } else if (changed.has('initialWarnings') && !this.#loaded && this.initialWarnings) {
      const initial = this.#checked(this.initialWarnings, 'initialWarnings');
      if (initial) this.#apply(initial);
    }
    if (this.#reload) {
      this.#reload = false;
      void this.#task.run();
    }
    this.#setState(this.#computeState());
    this.#scheduleExpiry();
  }

  get #refreshMs(): number {
    const seconds = Number.isFinite(this.refreshInterval)
      ? this.refreshInterval
      : DEFAULT_REFRESH_SECONDS;
    return Math.max(MIN_REFRESH_SECONDS, seconds) * 1000;
  }

  get #staleMs(): number {
    const minutes =
      Number.isFinite(this.staleAfter) && this.staleAfter > 0
        ? this.staleAfter
        : DEFAULT_STALE_MINUTES;
    return minutes * 60_000;
  }

  /** Takes a snapshot; a severe or extreme warning not seen before (after the first data) is announced once. */
  #apply(snapshot: WarningsSnapshot): void {
    this.#snapshot = snapshot;
    const loud = currentWarnings(snapshot.warnings, this.#now()).filter((w) =>
      LOUD.has(w.severity),
    );
    if (!this.#known) {
      this.#known = new Set(loud.map((w) => `${w.source}:${w.id}`));
      return;
    }
    // What was announced is not repeated: the region is emptied (silently) when nothing is new.
    this.#announcement = '';
    const fresh = loud.filter((w) => !this.#known?.has(`${w.source}:${w.id}`));
    for (const warning of fresh) this.#known.add(`${warning.source}:${warning.id}`);
    if (fresh.length === 0) return;
    const lang = langOf(this);
    const t = messages[toLocale(lang)];
    this.#announcement = fresh
      .map((w) => t.newWarning(formatSeverity(w, { locale: lang }), w.headline))
      .join('. ');
  }

  async #load(signal: AbortSignal): Promise<undefined | typeof initialState> {
    if (isServer || this.warnings !== undefined) return initialState;
    clearTimeout(this.#refreshTimer);
    // A snapshot from the server younger than the refresh interval is current: the first request waits until
    // it is due (every page view of a server-rendered site would otherwise ask again at once).
    const initial = this.#snapshot;
    if (!this.#loaded && initial && initial.failed.length === 0) {
      const due = Date.parse(initial.checkedAt) + this.#refreshMs - this.#now();
      if (due > 0) {
        this.#scheduleRefresh(due);
        this.#loaded = true;
        return undefined;
      }
    }
    const plan = planOf(this);
    for (const problem of plan.problems) this.#warnOnce(problem);
    if (plan.sources.every((source) => !plan.urls[source])) {
      this.#loaded = true;
      return undefined;
    }
    const { snapshot, place, reasons } = await loadSnapshot(plan, {
      lang: langOf(this),
      now: () => this.#now(),
    });
    if (signal.aborted) return undefined;
    for (const reason of reasons) this.#warnOnce(reason);
    this.#place = place ?? this.#place;
    // A source that failed now keeps its last good warnings, as long as they are not stale.
    const previous = this.#snapshot;
    if (previous && snapshot.failed.length > 0) {
      const kept = previous.warnings.filter(
        (w) => snapshot.failed.includes(w.source) && !previous.failed.includes(w.source),
      );
      snapshot.warnings.push(...kept);
    }
    if (
      snapshot.failed.length === snapshot.sources.length &&
      previous &&
      !this.#isStale(previous)
    ) {
      // Nothing answered: keep showing what we had (it turns stale with time), with its own time.
      this.#apply({ ...previous, failed: snapshot.failed });
    } else {
      this.#apply(snapshot);
    }
    this.#loaded = true;
    this.#scheduleRefresh();
    return undefined;
  }

  #isStale(snapshot: WarningsSnapshot): boolean {
    return this.#now() - Date.parse(snapshot.checkedAt) > this.#staleMs;
  }

  #scheduleRefresh(inMs = this.#refreshMs): void {
    clearTimeout(this.#refreshTimer);
    if (!this.#started) return;
    this.#refreshTimer = setTimeout(() => void this.#task.run(), inMs);
  }

  /** Re-renders when the next shown warning expires (or the data turns stale): it disappears on time. */
  #scheduleExpiry(): void {
    clearTimeout(this.#expiryTimer);
    if (!this.#started || !this.#snapshot) return;
    const now = this.#now();
    const times = currentWarnings(this.#snapshot.warnings, now)
      .map((w) => (w.expires ? Date.parse(w.expires) : Number.NaN))
      .concat(Date.parse(this.#snapshot.checkedAt) + this.#staleMs)
      .filter((time) => time > now);
    if (times.length === 0) return;
    const inMs = Math.min(...times) - now;
    if (inMs < 2 ** 31 - 1) this.#expiryTimer = setTimeout(() => this.requestUpdate(), inMs + 1);
  }

  get #shown(): Warning[] {
    return this.#snapshot ? currentWarnings(this.#snapshot.warnings, this.#now()) : [];
  }

  #computeState(): WarningsState {
    const snapshot = this.#snapshot;
    if (!snapshot) return this.#loaded ? 'unavailable' : 'loading';
    const stale = this.#isStale(snapshot);
    if (this.#shown.length > 0) return stale ? 'stale' : 'active';
    if (snapshot.failed.length > 0 || snapshot.sources.length === 0) return 'unavailable';
    return stale ? 'stale' : 'none';
  }

  #setState(next: WarningsState): void {
    const previous = this.state;
    if (previous === next) return;
    this.state = next;
    if (!this.#started) return;
    const warnings = this.#shown;
    const failed = this.#snapshot?.failed ?? [];
    void this.updateComplete.then(() =>
      this.dispatchEvent(
        new StadtWarningsChangeEvent({ state: next, previousState: previous, warnings, failed }),
      ),
    );
  }

  get #placeName(): string {
    return this.locationName ?? this.#place ?? DEFAULT_PLACE;
  }

  /** "Stand 14:05 Uhr", or "Stand 11.11.2019, 14:05 Uhr" on another day. */
  #checkedText(lang: string | undefined): string | undefined {
    const checkedAt = this.#snapshot?.checkedAt;
    if (!checkedAt) return undefined;
    const time = formatTime(checkedAt, { locale: lang });
    if (!time) return undefined;
    const day = (value: string | number) =>
      formatDate(typeof value === 'number' ? new Date(value) : value, { style: 'short' });
    const date =
      day(checkedAt) === day(this.#now())
        ? undefined
        : formatDate(checkedAt, { locale: lang, style: 'short' });
    return messages[toLocale(lang)].checkedAt(date ? `${date}, ${time}` : time);
  }

  #failedText(lang: string | undefined): string | undefined {
    const failed = this.#snapshot?.failed ?? [];
    if (failed.length === 0) return undefined;
    const t = messages[toLocale(lang)];
    return failed.map((source: WarningSource) => t.sourceName[source]).join(', ');
  }

  /** "Quelle: DWD" at the information, as the DWD's terms ask; the full names for screen readers. */
  #sources(sources: WarningSource[], lang: string | undefined) {
    const t = messages[toLocale(lang)];
    return html`${sources.length > 1 ? t.sources : t.source}
    ${sources.map(
      (source, index) =>
        html`${index > 0 ? ', ' : ''}<abbr>${t.sourceShort[source]}</abbr
          ><span class="visually-hidden"> (${t.sourceLong[source]})</span>`,
    )}`;
  }

  #level(warning: Warning, lang: string | undefined) {
    return html`<span part="level" class="level ${warning.severity}"
      >${formatSeverity(warning, { locale: lang })}</span
    >`;
  }

  #live() {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      ${this.#announcement}
    </div>`;
  }

  override render() {
    const lang = langOf(this);
    const t = messages[toLocale(lang)];
    const state = this.state;
    if (state === 'loading') {
      return html`<div part="base" class="base ${this.variant}">
        <span part="summary" class="js placeholder">${t.loading}</span>
        <a part="fallback" class="no-js" href=${DWD_WARNINGS_URL}>${t.fallback}</a>
        ${this.#live()}
      </div>`;
    }
    const shown = this.#shown;
    const checked = this.#checkedText(lang);
    const failedNames = this.#failedText(lang);
    const staleNote =
      state === 'stale' ? html` <span class="stale">(${t.notCurrent})</span>` : nothing;
    let summary;
    if (state === 'unavailable') {
      summary = html`<span part="summary" class="summary unavailable"
        >${failedNames ? t.unavailableFrom(failedNames) : t.unavailable}</span
      >`;
    } else if (shown.length === 0) {
      summary = html`<span part="summary" class="summary none"
        >${t.none}
        <span part="checked" class="muted"
          >(${checked}; ${this.#sources(this.#snapshot?.sources ?? [], lang)})</span
        >${staleNote}</span
      >`;
    } else {
      const events = [...new Set(shown.map((w) => formatWarningEvent(w)))].join(', ');
      const text = `${t.count(shown.length)}: ${events}`;
      const top = shown[0] as Warning;
      summary = html`<span part="summary" class="summary active">
        ${this.#level(top, lang)}
        ${
          this.#detailsUrl && this.variant === 'compact'
            ? html`<a href=${this.#detailsUrl}>${text}</a>`
            : html`<span>${text}</span>`
        }
        <span part="checked" class="muted"
          >(${checked};
          ${this.#sources([...new Set(shown.map((w) => w.source))], lang)}${
            failedNames ? html`; ${t.notReachable(failedNames)}` : nothing
          })</span
        >${staleNote}
      </span>`;
    }
    if (this.variant !== 'full') {
      return html`<div
        part="base"
        class="base compact"
        role="group"
        aria-label=${t.titleFor(this.#placeName)}
      >
        ${summary} ${this.#live()}
      </div>`;
    }
    return html`<section part="base" class="base full" aria-label=${t.titleFor(this.#placeName)}>
      <p class="lead">${summary}</p>
      ${
        shown.length > 0
          ? html`<ul part="list" class="list">
              ${shown.map((warning) => this.#warning(warning, lang))}
            </ul>`
          : nothing
      }
      ${this.#live()}
    </section>`;
  }

  #heading(text: string) {
    const level =
      Number.isInteger(this.headingLevel) && this.headingLevel >= 2 && this.headingLevel <= 6
        ? this.headingLevel
        : 3;
    return html`<span part="event" class="event" role="heading" aria-level=${level}>${text}</span>`;
  }

  #warning(warning: Warning, lang: string | undefined) {
    const t = messages[toLocale(lang)];
    const now = this.#now();
    const otherLanguage = warning.language !== toLocale(lang);
    const sourceUrl =
      warning.url ?? (warning.source === 'dwd' ? DWD_WARNINGS_URL : NINA_WARNINGS_URL);
    return html`<li part="warning" class="warning ${warning.severity}">
      <div class="head">
        ${this.#level(warning, lang)} ${this.#heading(formatWarningEvent(warning))}
      </div>
      <p class="headline" lang=${warning.language}>${warning.headline}</p>
      ${otherLanguage ? html`<p class="muted">${t.language}</p>` : nothing}
      <dl class="facts">
        <div>
          <dt>${t.period}</dt>
          <dd>${formatWarningPeriod(warning, { locale: lang, now })}</dd>
        </div>
        ${
          warning.area
            ? html`<div>
                <dt>${t.area}</dt>
                <dd>${warning.area}</dd>
              </div>`
            : nothing
        }
      </dl>
      ${warning.description ? html`<p class="text" lang=${warning.language}>${warning.description}</p>` : nothing}
      ${
        warning.instruction
          ? html`<p class="text instruction" lang=${warning.language}>
              <strong>${t.instruction}</strong> ${warning.instruction}
            </p>`
          : nothing
      }
      <p part="source" class="muted source">
        ${t.source} ${t.sourceName[warning.source]} ·
        <a href=${sourceUrl}>${t.more}<span class="visually-hidden"> (${t.externalSite})</span></a>
      </p>
    </li>`;
  }
}
