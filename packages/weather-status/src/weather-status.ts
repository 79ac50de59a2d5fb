import {
  coerceProperties,
  formatIssues,
  formatCondition,
  formatDate,
  formatTemperature,
  formatTime,
  langOf,
  parseWeatherObservation,
  speakTemperature,
  toLocale,
  type WeatherObservation,
  readClock,
} from '@stadtkit/model';
import { initialState, Task } from '@lit/task';
import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { loadShared } from './cache.js';
import { iconTemplate } from './icons.js';
import { messages } from './messages.js';
import { resolveSource } from './source.js';
import { DWD_SOURCE } from './providers/bright-sky.js';
import { WeatherUnavailableError, type WeatherProvider } from './providers/provider.js';
import { StadtWeatherStatusChangeEvent, type WeatherState } from './weather-status.events.js';
import { styles } from './weather-status.styles.js';

const DEFAULT_REFRESH_SECONDS = 600;
const MIN_REFRESH_SECONDS = 60;
const DEFAULT_STALE_MINUTES = 90;
const DEFAULT_LOCATION_NAME = 'Offenbach am Main';
const MAX_CLOCK_SKEW_MS = 60 * 60_000;
/** The properties that choose where the data comes from: a change starts over (and drops the old data). */
const SOURCE_KEYS = [
  'provider',
  'latitude',
  'longitude',
  'stationId',
  'baseUrl',
  'observation',
] as const;

/**
 * The day in Berlin, as text to compare: the long date, whose formatter the page's teasers use too (one
 * `Intl.DateTimeFormat` less to create in a fresh document).
 */
function berlinDay(iso: string | number): string | undefined {
  return formatDate(typeof iso === 'number' ? new Date(iso) : iso);
}

/** True when the observation has something to show: a temperature or a condition. */
function hasData(observation: WeatherObservation, lang: string | undefined): boolean {
  return (
    formatTemperature(observation.temperature) !== undefined ||
    formatCondition(observation, { locale: lang }) !== undefined
  );
}

/**
 * The current weather of a German city from the Deutscher Wetterdienst (via the Bright Sky API), for a
 * site's header: "Aktuelles Wetter: 7 °C, bedeckt". It never shows a unit without its number: without data it
 * says "Wetterdaten derzeit nicht verfügbar".
 *
 * States (the reflected `state` attribute): `loading` (space reserved), `fresh`, `stale` (older than
 * `stale-after`: the value is shown with its time, "7 °C (14:00 Uhr)") and `unavailable`.
 *
 * Data comes from, in this order: the `observation` property (static, no request), the `provider` property
 * (your own source), or Bright Sky with the `latitude`/`longitude` or `station-id` attributes (default:
 * Offenbach am Main), at `base-url` (your own `@stadtkit/proxy`, so visitors' browsers contact nobody else).
 * Loading starts in the first update, so properties set right after `append` (in the same task) are the ones
 * used. Pages with several elements for the same place make one request; responses are kept in sessionStorage
 * for `refresh-interval` seconds, so navigating a site does not refetch.
 *
 * Server-rendered (Lit SSR): give the value the server has as `initialObservation`, and hydrate with the same
 * value; the first client render equals the server's markup, then the element refreshes. Without JavaScript and
 * without a value, it shows a link "Wetter beim Deutschen Wetterdienst", never a "loading" that never ends.
 *
 * @tag stadt-weather-status
 * @csspart base - The wrapper of everything.
 * @csspart label - "Aktuelles Wetter:".
 * @csspart icon - The decorative weather icon (an inline SVG).
 * @csspart value - The temperature and condition, or the loading / unavailable text.
 * @csspart time - The measuring time shown when the data is stale.
 * @csspart attribution - The "Daten: DWD" link the DWD's terms require.
 * @csspart fallback - The link "Wetter beim Deutschen Wetterdienst" shown instead of the loading state while
 *   the element is not defined (server-rendered without a value, and no JavaScript).
 * @cssprop [--stadt-weather-status-color=var(--stadt-color-text, currentColor)] - Text colour.
 * @cssprop [--stadt-weather-status-font=inherit] - Font shorthand.
 * @cssprop [--stadt-weather-status-gap=var(--stadt-space-xs, 0.35em)] - Space between label, icon and value.
 * @cssprop [--stadt-weather-status-icon-size=1.25em] - Icon size.
 * @cssprop [--stadt-weather-status-value-weight=700] - Font weight of the value.
 * @cssprop [--stadt-weather-status-value-min-width=7ch] - Space reserved for the value while loading.
 * @cssprop [--stadt-weather-status-muted-color=var(--stadt-color-text-muted, #595959)] - Colour of the time,
 *   the attribution and the unavailable text.
 * @cssprop [--stadt-weather-status-placeholder-color=#767676] - Loading placeholder (4.5:1 on white).
 * @cssprop [--stadt-weather-status-link-color=var(--stadt-color-link, inherit)] - Colour of the fallback link.
 * @fires {StadtWeatherStatusChangeEvent} stadt-weather-status-change - The state changed.
 */
export class StadtWeatherStatus extends LitElement {
  static override styles = styles;

  static override properties = {
    latitude: { type: Number },
    longitude: { type: Number },
    stationId: { type: String, attribute: 'station-id' },
    baseUrl: { type: String, attribute: 'base-url' },
    locationName: { type: String, attribute: 'location-name' },
    refreshInterval: { type: Number, attribute: 'refresh-interval' },
    staleAfter: { type: Number, attribute: 'stale-after' },
    observation: { attribute: false },
    initialObservation: { attribute: false },
    provider: { attribute: false },
    state: { type: String, reflect: true },
    now: { attribute: false },
  };

  /** Latitude (WGS 84) for Bright Sky; with `longitude`. Default: Offenbach am Main (50.1055). */
  declare latitude: number | undefined;
  /** Longitude (WGS 84) for Bright Sky; with `latitude`. Default: Offenbach am Main (8.7623). */
  declare longitude: number | undefined;
  /** A DWD station id (e.g. "07341", Offenbach-Wetterpark) instead of coordinates. */
  declare stationId: string | undefined;
  /** Bright Sky's base URL, for cities that proxy it. Default https://api.brightsky.dev */
  declare baseUrl: string | undefined;
  /** The place named in the accessible text. Default "Offenbach am Main" when no location is set. */
  declare locationName: string | undefined;
  /** Seconds between refreshes, and how long a response is reused across pages. Default 600, at least 60. */
  declare refreshInterval: number;
  /** Minutes after which an observation counts as stale and is shown with its time. Default 90. */
  declare staleAfter: number;
  /**
   * A given observation (static provider): no request is made. `null` means "no data" (unavailable). Used for
   * server-side rendering and Storybook.
   */
  declare observation: WeatherObservation | null | undefined;
  /**
   * An observation the page already has, e.g. rendered into the page by the server from `@stadtkit/proxy`:
   * shown at once (and by Lit SSR), then replaced by what the data source delivers. Unlike `observation`, the
   * element still loads and refreshes. Validated like any input; an invalid one is ignored with a warning.
   */
  declare initialObservation: WeatherObservation | null | undefined;
  /** Your own data source; see `WeatherProvider`. Takes precedence over the Bright Sky attributes. */
  declare provider: WeatherProvider | undefined;
  /**
   * The current state, reflected for styling: loading, fresh, stale or unavailable. Set by the element.
   * @readonly
   */
  declare state: WeatherState;
  /** The clock, in ms since the epoch. Replace it to render a fixed time (tests, SSR snapshots). */
  declare now: () => number;

  #current: WeatherObservation | undefined;
  #reason: string | undefined;
  /** True once a load has delivered (or failed): an initial observation no longer replaces anything. */
  #loaded = false;
  /** Set on reconnecting: the next update loads again (the session cache keeps that cheap). */
  #reload = false;
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  #staleTimer: ReturnType<typeof setTimeout> | undefined;
  #nextRefreshAt: number | undefined;
  #warned = new Set<string>();
  #started = false;

  /**
   * Loads from the configured source. It runs in the update cycle (first update, and whenever a source
   * property changes), never in `connectedCallback`: properties set right after `append` count, and a
   * hydrating first render still shows what the server rendered. A newer run aborts the older one.
   */
  #task = new Task(this, {
    // Started by willUpdate, where the task's own autoRun would start it, but only for a source: a given
    // observation needs no loader (its run returned at once and its completion cost a second render).
    autoRun: false,
    task: (_args, { signal }) => this.#load(signal),
  });

  constructor() {
    super();
    this.latitude = undefined;
    this.longitude = undefined;
    this.stationId = undefined;
    this.baseUrl = undefined;
    this.locationName = undefined;
    this.refreshInterval = DEFAULT_REFRESH_SECONDS;
    this.staleAfter = DEFAULT_STALE_MINUTES;
    this.observation = undefined;
    this.initialObservation = undefined;
    this.provider = undefined;
    this.state = 'loading';
    this.now = Date.now;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    this.#started = true;
    if (this.hasUpdated) {
      // Reconnected (moved in the DOM): load again in the next update, as on the first.
      this.#reload = true;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    this.#started = false;
    this.#task.abort();
    this.#clearTimers();
  }

  /** Brings script-set properties back to their declared types (see coerceProperties in the model). */
  #coerce(keys: ReadonlyMap<PropertyKey, unknown>): void {
    const declarations = (this.constructor as typeof LitElement).elementProperties;
    for (const note of coerceProperties(this, declarations, keys))
      console.warn(`<stadt-weather-status>: ${note}`);
  }

  /** The clock: `now` when it is a function returning a finite time, else the real one. */
  #now(): number {
    const { time, problem } = readClock(this.now);
    if (problem) this.#warnOnce(problem);
    return time;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#coerce(changed);

    const sourceChanged = SOURCE_KEYS.some((key) => changed.has(key));
    if (this.hasUpdated && sourceChanged) {
      // Another source: what the old one said is not shown any more (the task loads from the new one).
      this.#current = undefined;
      this.#reason = undefined;
      this.#loaded = false;
      this.#clearTimers();
    }
    if (this.observation !== undefined) {
      if (changed.has('observation')) {
        this.#applyStatic(this.observation);
        this.#scheduleStaleCheck();
      }
    } else if (changed.has('initialObservation') && !this.#loaded) {
      this.#applyInitial(this.initialObservation);
    }
    // Load on reconnecting, on the first update and when a source property changed: from the source, or, for a
    // given observation, not at all (and a load still running for the source before it stops).
    const load = this.#reload || (!isServer && (sourceChanged || !this.hasUpdated));
    this.#reload = false;
    this.#setState(this.#computeState());
    if (!load) return;
    if (this.observation === undefined) void this.#task.run();
    else this.#task.abort();
  }

  /** Milliseconds between refreshes, from the attribute, bounded. */
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

  get #lang(): string | undefined {
    return langOf(this);
  }

  #warnOnce(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`<stadt-weather-status>: ${message}`);
  }

  #applyStatic(observation: WeatherObservation | null): void {
    if (observation === null) {
      this.#current = undefined;
      this.#reason = 'no observation given';
      return;
    }
    const result = parseWeatherObservation(observation);
    if (result.ok) {
      this.#current = result.value;
      this.#reason = undefined;
    } else {
      this.#current = undefined;
      this.#reason = 'invalid observation';
      this.#warnOnce(
        `the observation is invalid and is not shown: ${formatIssues(result.issues, '; ')}`,
      );
    }
  }

  /** The page's own value, until the source delivers: valid or ignored (with a warning), never "unavailable". */
  #applyInitial(observation: WeatherObservation | null | undefined): void {
    if (observation === undefined || observation === null) return;
    const result = parseWeatherObservation(observation);
    if (result.ok) {
      this.#current = result.value;
      this.#scheduleStaleCheck();
    } else {
      this.#warnOnce(
        `initialObservation is invalid and is not shown: ${formatIssues(result.issues, '; ')}`,
      );
    }
  }

  /** The provider to load from, or undefined (with a reason and one warning) when the configuration is unusable. */
  #resolveProvider(): WeatherProvider | undefined {
    const source = resolveSource(this);
    if ('provider' in source) return source.provider;
    this.#warnOnce(source.warning);
    this.#reason = source.reason;
    return undefined;
  }

  /** One run of the task: from the source into `#current`/`#reason`; schedules the next refresh. */
  async #load(signal: AbortSignal): Promise<undefined | typeof initialState> {
    if (isServer || this.observation !== undefined) return initialState;
    clearTimeout(this.#refreshTimer);
    // The reason of a failed run stays until a run succeeds: a refresh of a failing source does not pass
    // through "loading" (a source change has cleared it in willUpdate already).
    const provider = this.#resolveProvider();
    if (!provider) {
      this.#current = undefined;
      this.#reason ??= 'no provider';
      this.#loaded = true;
      return undefined;
    }
    let nextInMs = this.#refreshMs;
    try {
      const { observation, fetchedAt } = await loadShared(provider, {
        maxAge: this.#refreshMs,
        now: () => this.#now(),
      });
      if (signal.aborted) return undefined;
      this.#current = observation;
      this.#reason = undefined;
      nextInMs = Math.max(0, fetchedAt + this.#refreshMs - this.#now());
    } catch (error) {
      if (signal.aborted) return undefined;
      // Keep showing the last good (or initial) observation (it turns stale with time); without one, say so.
      this.#reason = error instanceof WeatherUnavailableError ? error.reason : String(error);
    }
    this.#loaded = true;
    this.#scheduleStaleCheck();
    if (provider.remote) this.#scheduleRefresh(nextInMs);
    return undefined;
  }

  #scheduleRefresh(inMs: number): void {
    clearTimeout(this.#refreshTimer);
    this.#nextRefreshAt = this.#now() + inMs;
    if (document.visibilityState === 'hidden') return; // resumed by #onVisibilityChange
    this.#refreshTimer = setTimeout(() => void this.#task.run(), inMs);
  }

  /** Re-renders when the shown observation becomes stale. */
  #scheduleStaleCheck(): void {
    clearTimeout(this.#staleTimer);
    // Only while connected: a server-rendered instance (Lit SSR) must not leave a timer behind per page.
    if (!this.#started) return;
    const observedAt = this.#current?.observedAt
      ? Date.parse(this.#current.observedAt)
      : Number.NaN;
    if (Number.isNaN(observedAt)) return;
    const inMs = observedAt + this.#staleMs - this.#now();
    if (inMs > 0 && inMs < 2 ** 31 - 1)
      this.#staleTimer = setTimeout(() => this.requestUpdate(), inMs + 1);
  }

  #clearTimers(): void {
    clearTimeout(this.#refreshTimer);
    clearTimeout(this.#staleTimer);
    this.#refreshTimer = undefined;
    this.#staleTimer = undefined;
    this.#nextRefreshAt = undefined;
  }

  #onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') {
      clearTimeout(this.#refreshTimer);
      this.#refreshTimer = undefined;
      return;
    }
    if (this.#nextRefreshAt === undefined) return;
    this.#scheduleRefresh(Math.max(0, this.#nextRefreshAt - this.#now()));
    this.requestUpdate();
  };

  /** The state to show and, when unavailable, why (a load's own reason first). */
  #computeState(): { state: WeatherState; reason?: string } {
    const unavailable = (why: string) => ({
      state: 'unavailable' as const,
      reason: this.#reason ?? why,
    });
    const current = this.#current;
    if (!current) return this.#reason !== undefined ? unavailable('no data') : { state: 'loading' };
    if (!hasData(current, this.#lang)) return unavailable('no data');
    const observedAt = current.observedAt ? Date.parse(current.observedAt) : Number.NaN;
    if (Number.isNaN(observedAt)) return { state: 'fresh' };
    const age = this.#now() - observedAt;
    // A measurement from more than an hour ahead is a wrong clock somewhere, not the current weather.
    if (age < -MAX_CLOCK_SKEW_MS) return unavailable('observed in the future');
    return { state: age > this.#staleMs ? 'stale' : 'fresh' };
  }

  #setState({ state: next, reason }: { state: WeatherState; reason?: string }): void {
    const previous = this.state;
    if (previous === next) return;
    this.state = next;
    if (!this.#started) return; // server rendering and the first update before connecting fire nothing
    const observation = next === 'fresh' || next === 'stale' ? this.#current : undefined;
    // Dispatch after the update, so listeners see the rendered state.
    void this.updateComplete.then(() =>
      this.dispatchEvent(
        new StadtWeatherStatusChangeEvent({
          state: next,
          previousState: previous,
          observation,
          reason,
        }),
      ),
    );
  }

  /** The complete sentence for screen readers. */
  #sentence(observation: WeatherObservation, lang: string | undefined): string {
    const t = messages[toLocale(lang)];
    const place =
      this.locationName ?? (this.#usesDefaultLocation ? DEFAULT_LOCATION_NAME : undefined);
    const parts: string[] = [];
    const temperature = speakTemperature(observation.temperature, { locale: lang });
    if (temperature) parts.push(temperature);
    const condition = formatCondition(observation, { locale: lang });
    if (condition) parts.push(condition);
    const measured = this.#measured(observation, lang);
    const station = observation.station ? t.atStation(observation.station.name) : undefined;
    const where = [measured, station].filter(Boolean).join(' ');
    if (where) parts.push(where);
    return `${place ? t.labelIn(place) : t.label}: ${parts.join(', ')}`;
  }

  get #usesDefaultLocation(): boolean {
    return (
      this.observation === undefined &&
      this.provider === undefined &&
      this.stationId === undefined &&
      this.latitude === undefined &&
      this.longitude === undefined
    );
  }

  #measured(observation: WeatherObservation, lang: string | undefined): string | undefined {
    if (!observation.observedAt) return undefined;
    const t = messages[toLocale(lang)];
    const time = formatTime(observation.observedAt, { locale: lang });
    if (!time) return undefined;
    const sameDay = berlinDay(observation.observedAt) === berlinDay(this.#now());
    if (sameDay) return t.measuredAt(time);
    const date = formatDate(observation.observedAt, { locale: lang });
    return date ? t.measuredOn(date, time) : t.measuredAt(time);
  }

  /** The short time shown next to a stale value: "14:00 Uhr", or "12.11.2019, 14:00 Uhr" on another day. */
  #shownTime(observation: WeatherObservation, lang: string | undefined): string | undefined {
    if (!observation.observedAt) return undefined;
    const time = formatTime(observation.observedAt, { locale: lang });
    if (!time) return undefined;
    if (berlinDay(observation.observedAt) === berlinDay(this.#now())) return time;
    const date = formatDate(observation.observedAt, { locale: lang, style: 'short' });
    return date ? `${date}, ${time}` : time;
  }

  override render() {
    const lang = this.#lang;
    const t = messages[toLocale(lang)];
    const state = this.state;
    const current = this.#current;

    if (state === 'loading') {
      // Before the element is defined (no JavaScript, or not loaded yet) only the link shows: a true text
      // instead of a "loading" that may never end. The styles switch on :defined.
      return html`<span part="base" class="base">
        <span part="label" class="js" aria-hidden="true">${t.label}:</span>
        <span part="value" class="js placeholder" aria-hidden="true"></span>
        <span class="js visually-hidden">${t.label}: ${t.loading}</span>
        <a part="fallback" class="no-js" href=${DWD_SOURCE.url}>${t.fallback}</a>
      </span>`;
    }
    if (state === 'unavailable' || !current) {
      return html`<span part="base" class="base">
        <span part="label">${t.label}:</span>
        <span part="value" class="muted">${t.unavailable}</span>
      </span>`;
    }

    const temperature = formatTemperature(current.temperature, { locale: lang });
    const condition = formatCondition(current, { locale: lang });
    const value = [temperature, condition].filter(Boolean).join(', ');
    const time = state === 'stale' ? this.#shownTime(current, lang) : undefined;
    const source = current.source;
    return html`<span part="base" class="base">
      <span class="visually-hidden">${this.#sentence(current, lang)}</span>
      <span class="visible" aria-hidden="true">
        <span part="label">${t.label}:</span>
        ${iconTemplate(current.icon) ?? nothing}
        <span part="value">${value}</span>
        ${time ? html`<span part="time" class="muted">(${time})</span>` : nothing}
      </span>
      ${
        source.url
          ? html`<a part="attribution" class="muted" href=${source.url}
              >${t.attribution} <abbr>DWD</abbr
              ><span class="visually-hidden"> (${t.dwd}, ${t.externalSite})</span></a
            >`
          : html`<span part="attribution" class="muted"
              >${t.attribution} <abbr>DWD</abbr
              ><span class="visually-hidden"> (${t.dwd})</span></span
            >`
      }
    </span>`;
  }
}
