import {
  frostyWeather,
  offenbachWeather,
  weatherWithoutTemperature,
} from '@stadtkit/model/fixtures';
import type { WeatherObservation } from '@stadtkit/model';
import {
  cleanupFixtures,
  expectNoAxeViolations,
  fixture,
  fixtureWith,
  recordConsole,
  spokenText,
  visibleText,
  type ConsoleRecord,
} from '@stadtkit/testing';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/define.js';
import {
  BrightSkyProvider,
  clearWeatherCache,
  StadtWeatherStatus,
  StadtWeatherStatusChangeEvent,
  StaticWeatherProvider,
  type WeatherState,
} from '../src/index.js';

const base = inject('brightSkyBase');
/** 12 November 2019, 14:20 in Offenbach: twenty minutes after the fixture's observation. */
const AT_1420 = Date.parse('2019-11-12T14:20:00+01:00');
const AT_1800 = Date.parse('2019-11-12T18:00:00+01:00');
const NEXT_DAY = Date.parse('2019-11-13T09:00:00+01:00');
const NBSP = '\u00a0';

/** A unit with no number before it: the bug this component exists to prevent. */
const BARE_UNIT = /(^|[^\d\s])\s*°C/;

let run = 0;
function runId(): string {
  run += 1;
  return `${Date.now().toString(36)}-${run}`;
}

async function requestCount(id: string): Promise<number> {
  const response = await fetch(`${base}/__log/${id}`);
  return ((await response.json()) as { count: number }).count;
}

async function waitForState(el: StadtWeatherStatus, ...states: WeatherState[]): Promise<void> {
  await expect
    .poll(() => el.state, { timeout: 5000, interval: 10 })
    .toSatisfy((s: WeatherState) => states.includes(s));
  await el.updateComplete;
}

function provider(
  scenario: string,
  id = runId(),
  options: { timeout?: number; retries?: number } = {},
) {
  return new BrightSkyProvider({
    baseUrl: `${base}/${id}/${scenario}`,
    retryDelay: 10,
    timeout: options.timeout ?? 1000,
    retries: options.retries ?? 2,
  });
}

let consoleRecord: ConsoleRecord;
beforeEach(() => {
  clearWeatherCache();
  consoleRecord = recordConsole();
});
afterEach(() => {
  consoleRecord.stop();
  cleanupFixtures();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function staticElement(observation: WeatherObservation | null, now = AT_1420, lang?: string) {
  return fixture<StadtWeatherStatus>(
    html`<stadt-weather-status
      lang=${lang ?? 'de'}
      location-name="Offenbach am Main"
      .now=${() => now}
      .observation=${observation}
    ></stadt-weather-status>`,
  );
}

describe('<stadt-weather-status>', () => {
  it('is defined and an instance of its class', async () => {
    const el = await staticElement(offenbachWeather);
    expect(customElements.get('stadt-weather-status')).toBe(StadtWeatherStatus);
    expect(el).toBeInstanceOf(StadtWeatherStatus);
    expect(document.createElement('stadt-weather-status')).toBeInstanceOf(StadtWeatherStatus);
  });

  describe('states from a static observation', () => {
    it('fresh: short visible text, complete accessible text', async () => {
      const el = await staticElement(offenbachWeather);
      expect(el.state).toBe('fresh');
      expect(el.getAttribute('state')).toBe('fresh');
      expect(visibleText(el)).toBe(`Aktuelles Wetter: 7${NBSP}°C, bedeckt Daten: DWD`);
      expect(spokenText(el)).toBe(
        'Aktuelles Wetter in Offenbach am Main: 7 Grad Celsius, bedeckt, gemessen um 14:00\u00a0Uhr an der ' +
          'Station Offenbach-Wetterpark Daten: DWD (Deutscher Wetterdienst, externe Website)',
      );
    });

    it('stale: the value with its time', async () => {
      const el = await staticElement(offenbachWeather, AT_1800);
      expect(el.state).toBe('stale');
      expect(visibleText(el)).toBe(
        `Aktuelles Wetter: 7${NBSP}°C, bedeckt (14:00${NBSP}Uhr) Daten: DWD`,
      );
    });

    it('stale from another day: the date too', async () => {
      const el = await staticElement(offenbachWeather, NEXT_DAY);
      expect(visibleText(el)).toContain(`(12.11.2019, 14:00${NBSP}Uhr)`);
      expect(spokenText(el)).toContain('gemessen am 12. November 2019 um 14:00');
    });

    it('honours stale-after', async () => {
      const el = await staticElement(offenbachWeather, AT_1420);
      el.staleAfter = 10;
      await el.updateComplete;
      expect(el.state).toBe('stale');
    });

    it('unavailable: says so, never a bare unit or an empty box', async () => {
      const el = await staticElement(null);
      expect(el.state).toBe('unavailable');
      expect(visibleText(el)).toBe('Aktuelles Wetter: Wetterdaten derzeit nicht verfügbar');
      expect(spokenText(el)).toBe('Aktuelles Wetter: Wetterdaten derzeit nicht verfügbar');
    });

    it('partial: condition without temperature', async () => {
      const el = await staticElement(weatherWithoutTemperature);
      expect(el.state).toBe('fresh');
      expect(visibleText(el)).toBe('Aktuelles Wetter: Regen Daten: DWD');
      expect(visibleText(el)).not.toMatch(BARE_UNIT);
      expect(spokenText(el)).toMatch(
        /^Aktuelles Wetter in Offenbach am Main: Regen, gemessen um 14:00/,
      );
    });

    it('partial: temperature without condition or icon', async () => {
      const el = await staticElement({
        ...offenbachWeather,
        condition: undefined,
        icon: undefined,
      });
      expect(visibleText(el)).toBe(`Aktuelles Wetter: 7${NBSP}°C Daten: DWD`);
      expect(el.shadowRoot?.querySelector('[part="icon"]')).toBeNull();
    });

    it('an observation with neither temperature nor condition is unavailable', async () => {
      const el = await staticElement({
        source: offenbachWeather.source,
        observedAt: offenbachWeather.observedAt,
      });
      expect(el.state).toBe('unavailable');
    });

    it('negative temperatures: a real minus, read as "minus"', async () => {
      const el = await staticElement(frostyWeather, Date.parse('2019-12-03T08:30:00+01:00'));
      expect(visibleText(el)).toBe(`Aktuelles Wetter: \u22123${NBSP}°C, sonnig Daten: DWD`);
      expect(spokenText(el)).toMatch(/: minus 3 Grad Celsius, sonnig,/);
    });

    it('English', async () => {
      const el = await staticElement(offenbachWeather, AT_1420, 'en');
      expect(visibleText(el)).toBe(`Current weather: 7${NBSP}°C, overcast Data: DWD`);
      expect(spokenText(el)).toMatch(
        /^Current weather in Offenbach am Main: 7 degrees Celsius, overcast, measured at 14:00 at the Offenbach-Wetterpark station/,
      );
    });

    it('treats a measuring time more than an hour ahead as a wrong clock: unavailable', async () => {
      const ahead = (minutes: number) =>
        staticElement({
          ...offenbachWeather,
          observedAt: new Date(AT_1420 + minutes * 60_000).toISOString(),
        });
      // A few minutes of clock skew are normal and still the current weather.
      expect((await ahead(10)).state).toBe('fresh');
      const reasons: (string | undefined)[] = [];
      const listen = (e: Event) => reasons.push((e as StadtWeatherStatusChangeEvent).reason);
      document.addEventListener(StadtWeatherStatusChangeEvent.eventName, listen);
      const el = await ahead(24 * 60);
      document.removeEventListener(StadtWeatherStatusChangeEvent.eventName, listen);
      expect(el.state).toBe('unavailable');
      expect(reasons).toEqual(['observed in the future']);
      expect(visibleText(el)).toBe('Aktuelles Wetter: Wetterdaten derzeit nicht verfügbar');
    });

    it('an invalid observation is not shown: unavailable, with one clear warning', async () => {
      const el = await staticElement({ ...offenbachWeather, temperature: Number.NaN });
      el.requestUpdate();
      await el.updateComplete;
      expect(el.state).toBe('unavailable');
      expect(visibleText(el)).not.toContain('NaN');
      expect(consoleRecord.warnings).toEqual([
        '<stadt-weather-status>: the observation is invalid and is not shown: temperature: expected a finite number',
      ]);
    });

    it('icons are decorative', async () => {
      const el = await staticElement(offenbachWeather);
      const icon = el.shadowRoot?.querySelector('svg[part="icon"]');
      expect(icon?.getAttribute('aria-hidden')).toBe('true');
      expect(icon?.getAttribute('focusable')).toBe('false');
    });

    it('renders a given observation once: the loader does not run for it (no second update)', async () => {
      // The task ran for a given observation too, returned at once, and its completion asked for an update
      // that changed nothing: one more render per weather element on every page view (bench/REPORT.md).
      const update = vi.spyOn(
        StadtWeatherStatus.prototype as unknown as { update(): void },
        'update',
      );
      try {
        const el = await staticElement(offenbachWeather);
        await new Promise((resolve) => setTimeout(resolve, 20));
        await el.updateComplete;
        expect(update).toHaveBeenCalledTimes(1);
        expect(el.state).toBe('fresh');
        // From the observation to a source and back: each change still loads or shows what it should.
        el.observation = undefined;
        el.provider = new StaticWeatherProvider({ ...offenbachWeather, temperature: -3.4 });
        await waitForState(el, 'fresh');
        expect(visibleText(el)).toContain(`\u22123${NBSP}°C`);
        el.observation = offenbachWeather;
        await el.updateComplete;
        expect(visibleText(el)).toBe(`Aktuelles Wetter: 7${NBSP}°C, bedeckt Daten: DWD`);
      } finally {
        update.mockRestore();
      }
    });

    it('an observation given while a source still loads wins: the late answer is not shown', async () => {
      let answer: (observation: WeatherObservation) => void = () => undefined;
      const slow = {
        key: `slow-${run++}`,
        remote: false,
        load: () => new Promise<WeatherObservation>((resolve) => (answer = resolve)),
      };
      const el = await fixtureWith<StadtWeatherStatus>('stadt-weather-status', {
        provider: slow,
        now: () => AT_1420,
      });
      expect(el.state).toBe('loading');
      el.provider = undefined;
      el.observation = offenbachWeather;
      await el.updateComplete;
      answer({ ...offenbachWeather, temperature: -3.4 });
      await new Promise((resolve) => setTimeout(resolve, 20));
      await el.updateComplete;
      expect(el.state).toBe('fresh');
      expect(visibleText(el)).toBe(`Aktuelles Wetter: 7${NBSP}°C, bedeckt Daten: DWD`);
    });

    it('makes no request at all with the static provider', async () => {
      const fetchSpy = vi.spyOn(globalThis, 'fetch');
      await staticElement(offenbachWeather);
      const el = await fixture<StadtWeatherStatus>(
        html`<stadt-weather-status
          .provider=${new StaticWeatherProvider(offenbachWeather)}
        ></stadt-weather-status>`,
      );
      await waitForState(el, 'fresh', 'stale');
      expect(fetchSpy).not.toHaveBeenCalled();
    });

    it('announces nothing on refresh: no live region', async () => {
      const el = await staticElement(offenbachWeather);
      expect(
        el.shadowRoot?.querySelector('[aria-live], [role="status"], [role="alert"]'),
      ).toBeNull();
    });
  });

  describe('Bright Sky via the local replay server', () => {
    const cases: [string, WeatherState, RegExp][] = [
      ['ok', 'fresh', new RegExp(`^Aktuelles Wetter: 7${NBSP}°C, bedeckt Daten: DWD$`)],
      ['negative', 'fresh', new RegExp(`^Aktuelles Wetter: \u22123${NBSP}°C, sonnig Daten: DWD$`)],
      [
        'stale',
        'stale',
        new RegExp(
          `^Aktuelles Wetter: 7${NBSP}°C, bedeckt \\((\\d\\d\\.\\d\\d\\.\\d{4}, )?\\d\\d:\\d\\d${NBSP}Uhr\\) Daten: DWD$`,
        ),
      ],
      ['temperature-null', 'fresh', /^Aktuelles Wetter: bedeckt Daten: DWD$/],
      ['condition-null', 'fresh', new RegExp(`^Aktuelles Wetter: 7${NBSP}°C Daten: DWD$`)],
      ['unknown-icon', 'fresh', new RegExp(`^Aktuelles Wetter: 7${NBSP}°C, trocken Daten: DWD$`)],
      ['all-null', 'unavailable', /^Aktuelles Wetter: Wetterdaten derzeit nicht verfügbar$/],
      ['temperature-nan', 'unavailable', /^Aktuelles Wetter: Wetterdaten derzeit nicht verfügbar$/],
      ['no-weather', 'unavailable', /^Aktuelles Wetter: Wetterdaten derzeit nicht verfügbar$/],
      ['huge', 'unavailable', /^Aktuelles Wetter: Wetterdaten derzeit nicht verfügbar$/],
      ['huge-chunked', 'unavailable', /^Aktuelles Wetter: Wetterdaten derzeit nicht verfügbar$/],
      ['malformed', 'unavailable', /^Aktuelles Wetter: Wetterdaten derzeit nicht verfügbar$/],
      ['empty', 'unavailable', /^Aktuelles Wetter: Wetterdaten derzeit nicht verfügbar$/],
      ['wrong-type', 'unavailable', /^Aktuelles Wetter: Wetterdaten derzeit nicht verfügbar$/],
      ['not-found', 'unavailable', /^Aktuelles Wetter: Wetterdaten derzeit nicht verfügbar$/],
      ['500', 'unavailable', /^Aktuelles Wetter: Wetterdaten derzeit nicht verfügbar$/],
      ['429', 'unavailable', /^Aktuelles Wetter: Wetterdaten derzeit nicht verfügbar$/],
      ['timeout', 'unavailable', /^Aktuelles Wetter: Wetterdaten derzeit nicht verfügbar$/],
    ];

    it.each(['huge', 'huge-chunked'])(
      'refuses a 2 MB body (%s) by its size, without retrying',
      async (scenario) => {
        const id = runId();
        const reasons: (string | undefined)[] = [];
        const el = await fixture<StadtWeatherStatus>(
          html`<stadt-weather-status
            @stadt-weather-status-change=${(e: StadtWeatherStatusChangeEvent) =>
              reasons.push(e.reason)}
            .provider=${provider(scenario, id)}
          ></stadt-weather-status>`,
        );
        await waitForState(el, 'unavailable');
        await expect.poll(() => reasons.at(-1)).toBe('response too large (over 100000 bytes)');
        expect(await requestCount(id)).toBe(1);
      },
    );

    it.each(cases)('%s → %s', async (scenario, state, text) => {
      const el = await fixture<StadtWeatherStatus>(
        html`<stadt-weather-status
          .provider=${provider(scenario, runId(), { timeout: 300 })}
        ></stadt-weather-status>`,
      );
      await waitForState(el, 'fresh', 'stale', 'unavailable');
      expect(el.state).toBe(state);
      expect(visibleText(el)).toMatch(text);
      expect(visibleText(el)).not.toMatch(BARE_UNIT);
      expect(spokenText(el)).not.toMatch(BARE_UNIT);
      expect(consoleRecord.errors).toEqual([]);
      await expectNoAxeViolations(el);
    });

    it('names the station the temperature came from (fallback_source_ids)', async () => {
      const el = await fixture<StadtWeatherStatus>(
        html`<stadt-weather-status
          .provider=${provider('temperature-fallback')}
        ></stadt-weather-status>`,
      );
      await waitForState(el, 'fresh');
      expect(spokenText(el)).toContain('an der Station Frankfurt/Main');
    });

    it('shows a hostile station name as text', async () => {
      const el = await fixture<StadtWeatherStatus>(
        html`<stadt-weather-status .provider=${provider('hostile')}></stadt-weather-status>`,
      );
      await waitForState(el, 'fresh');
      expect(spokenText(el)).toContain('an der Station <img src=x onerror=alert(1)>');
      expect(el.shadowRoot?.querySelector('img')).toBeNull();
    });

    it('retries a 503 with back-off and then shows the data', async () => {
      const id = runId();
      const el = await fixture<StadtWeatherStatus>(
        html`<stadt-weather-status .provider=${provider('flaky', id)}></stadt-weather-status>`,
      );
      await waitForState(el, 'fresh');
      expect(await requestCount(id)).toBe(2);
    });

    it('gives up after the configured retries (429: 1 + 2 requests)', async () => {
      const id = runId();
      const el = await fixture<StadtWeatherStatus>(
        html`<stadt-weather-status .provider=${provider('429', id)}></stadt-weather-status>`,
      );
      await waitForState(el, 'unavailable');
      expect(await requestCount(id)).toBe(3);
    });

    it('reads its location from attributes and uses base-url (default provider)', async () => {
      const id = runId();
      const el = await fixture<StadtWeatherStatus>(
        html`<stadt-weather-status
          base-url="${base}/${id}/ok"
          latitude="50.1"
          longitude="8.76"
        ></stadt-weather-status>`,
      );
      await waitForState(el, 'fresh');
      expect(el.latitude).toBe(50.1);
      expect(el.baseUrl).toBe(`${base}/${id}/ok`);
      expect(await requestCount(id)).toBe(1);
      // Custom coordinates without location-name: the accessible text names no place.
      expect(spokenText(el)).toMatch(/^Aktuelles Wetter: 7 Grad Celsius/);
    });

    it.each([
      ['base-url', 'javascript:alert(1)', 'base-url "javascript:alert(1)" is not used'],
      ['latitude', 'Offenbach', 'latitude and longitude must both be given'],
      ['station-id', '../../etc', 'station-id "../../etc" is not a DWD station id'],
    ])('rejects a bad %s with a warning and no request', async (attribute, value, warning) => {
      const fetchSpy = vi.spyOn(globalThis, 'fetch');
      const el = document.createElement('stadt-weather-status');
      el.setAttribute(attribute, value);
      if (attribute === 'latitude') el.setAttribute('longitude', '8.7');
      document.body.append(el);
      await waitForState(el, 'unavailable');
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(consoleRecord.warnings.join('\n')).toContain(warning);
      el.remove();
    });

    it('makes one request for several elements on a page, and none on the next page (session cache)', async () => {
      const id = runId();
      const shared = provider('ok', id);
      const wrapper = await fixture(
        html`<div>
          <stadt-weather-status .provider=${shared}></stadt-weather-status>
          <stadt-weather-status .provider=${provider('ok', id)}></stadt-weather-status>
        </div>`,
      );
      const [a, b] = wrapper.querySelectorAll('stadt-weather-status');
      await waitForState(a as StadtWeatherStatus, 'fresh');
      await waitForState(b as StadtWeatherStatus, 'fresh');
      expect(await requestCount(id)).toBe(1);
      wrapper.remove();
      // "Navigating": a new element for the same place reuses the sessionStorage entry.
      const next = await fixture<StadtWeatherStatus>(
        html`<stadt-weather-status .provider=${provider('ok', id)}></stadt-weather-status>`,
      );
      await waitForState(next, 'fresh');
      expect(await requestCount(id)).toBe(1);
      expect(Object.keys(sessionStorage).some((key) => key.startsWith('stadtkit:weather:'))).toBe(
        true,
      );
    });

    it('ignores a corrupted cache entry and refetches', async () => {
      const id = runId();
      const p = provider('ok', id);
      sessionStorage.setItem(
        `stadtkit:weather:${p.key}`,
        '{"v":1,"fetchedAt":0,"observation":{"temperature":"<b>"}}',
      );
      const el = await fixture<StadtWeatherStatus>(
        html`<stadt-weather-status .provider=${p}></stadt-weather-status>`,
      );
      await waitForState(el, 'fresh');
      expect(await requestCount(id)).toBe(1);
    });

    it('refreshes after refresh-interval, pauses while hidden, and stops on disconnect', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const id = runId();
      const el = await fixture<StadtWeatherStatus>(
        html`<stadt-weather-status
          refresh-interval="120"
          .provider=${provider('ok', id)}
        ></stadt-weather-status>`,
      );
      await waitForState(el, 'fresh');
      expect(await requestCount(id)).toBe(1);

      await vi.advanceTimersByTimeAsync(119_000);
      expect(await requestCount(id)).toBe(1);
      await vi.advanceTimersByTimeAsync(2_000);
      await expect.poll(() => requestCount(id)).toBe(2);

      // Hidden: no refresh, however long.
      const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.advanceTimersByTimeAsync(600_000);
      expect(await requestCount(id)).toBe(2);
      // Visible again: the overdue refresh runs at once.
      visibility.mockReturnValue('visible');
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.advanceTimersByTimeAsync(10);
      await expect.poll(() => requestCount(id)).toBe(3);

      // Disconnected: timers and listeners are gone.
      const removeListener = vi.spyOn(document, 'removeEventListener');
      el.remove();
      expect(removeListener).toHaveBeenCalledWith('visibilitychange', expect.any(Function));
      await vi.advanceTimersByTimeAsync(3_600_000);
      expect(await requestCount(id)).toBe(3);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('a refresh of a failing source stays "unavailable": no flicker through "loading", no extra events', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const id = runId();
      const states: WeatherState[] = [];
      const el = await fixture<StadtWeatherStatus>(
        html`<stadt-weather-status
          refresh-interval="60"
          @stadt-weather-status-change=${(e: StadtWeatherStatusChangeEvent) => states.push(e.state)}
          .provider=${provider('500', id, { retries: 0 })}
        ></stadt-weather-status>`,
      );
      await waitForState(el, 'unavailable');
      await vi.advanceTimersByTimeAsync(61_000);
      await expect.poll(() => requestCount(id)).toBe(2);
      await vi.advanceTimersByTimeAsync(100);
      await el.updateComplete;
      expect(el.state).toBe('unavailable');
      expect(states).toEqual(['unavailable']);
    });

    it('keeps the last good observation when a refresh fails (no data lost)', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const id = runId();
      const el = await fixture<StadtWeatherStatus>(
        html`<stadt-weather-status
          refresh-interval="60"
          .provider=${provider('then-500', id, { retries: 0 })}
        ></stadt-weather-status>`,
      );
      await waitForState(el, 'fresh');
      await vi.advanceTimersByTimeAsync(61_000);
      await expect.poll(() => requestCount(id)).toBe(2);
      await el.updateComplete;
      expect(el.state).toBe('fresh');
      expect(visibleText(el)).toContain(`7${NBSP}°C`);
    });
  });

  describe('station details are optional context', () => {
    it.each([
      ['station-name-empty', undefined],
      ['station-name-long', undefined],
      ['station-id-empty', 'Offenbach-Wetterpark'],
      ['station-distance-negative', 'Offenbach-Wetterpark'],
    ])('%s: the reading stays, only the bad detail goes', async (scenario, station) => {
      const el = await fixture<StadtWeatherStatus>(
        html`<stadt-weather-status .provider=${provider(scenario)}></stadt-weather-status>`,
      );
      await waitForState(el, 'fresh', 'stale', 'unavailable');
      expect(el.state).toBe('fresh');
      expect(visibleText(el)).toBe(`Aktuelles Wetter: 7${NBSP}°C, bedeckt Daten: DWD`);
      if (station) expect(spokenText(el)).toContain(`an der Station ${station}`);
      else expect(spokenText(el)).not.toContain('Station');
    });
  });

  describe('configured from script in the same task as append (the configured source wins)', () => {
    /** Every URL the page fetches; anything not on the replay server is refused, never sent. */
    function watchFetch(): string[] {
      const urls: string[] = [];
      const real = globalThis.fetch.bind(globalThis);
      vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        urls.push(url);
        return url.startsWith(base) ? real(input, init) : Promise.reject(new TypeError('offline'));
      });
      return urls;
    }

    const cases: [string, (el: StadtWeatherStatus, id: string) => void, string | undefined][] = [
      [
        'observation',
        (el) => {
          el.now = () => AT_1420;
          el.observation = offenbachWeather;
        },
        undefined,
      ],
      ['provider', (el, id) => (el.provider = provider('ok', id)), 'lat=50.1055&lon=8.7623'],
      [
        'latitude/longitude + base-url',
        (el, id) => {
          el.baseUrl = `${base}/${id}/ok`;
          el.latitude = 50.1;
          el.longitude = 8.76;
        },
        'lat=50.1&lon=8.76',
      ],
      [
        'station-id + base-url',
        (el, id) => {
          el.setAttribute('station-id', '07341');
          el.setAttribute('base-url', `${base}/${id}/ok`);
        },
        'dwd_station_id=07341',
      ],
      ['base-url', (el, id) => (el.baseUrl = `${base}/${id}/ok`), 'lat=50.1055&lon=8.7623'],
    ];

    it.each(cases)('%s: no request to any other origin', async (_name, configure, query) => {
      const urls = watchFetch();
      const id = runId();
      const el = document.createElement('stadt-weather-status');
      document.body.append(el);
      configure(el, id);
      await waitForState(el, 'fresh', 'stale', 'unavailable');
      // Give a wrong first load every chance to arrive and overwrite the configured source.
      await new Promise((resolve) => setTimeout(resolve, 150));
      await el.updateComplete;
      expect(urls.filter((url) => !url.startsWith(base))).toEqual([]);
      if (query) {
        expect(urls).toEqual([`${base}/${id}/ok/current_weather?${query}`]);
        expect(await requestCount(id)).toBe(1);
      } else {
        expect(urls).toEqual([]);
      }
      expect(el.state).not.toBe('unavailable');
      expect(visibleText(el)).toMatch(new RegExp(`^Aktuelles Wetter: 7${NBSP}°C, bedeckt`));
      el.remove();
    });
  });

  describe('initialObservation (a value the server already rendered)', () => {
    it('is shown at once, then replaced by what the source delivers', async () => {
      const id = runId();
      const el = document.createElement('stadt-weather-status');
      el.now = () => Date.now();
      el.initialObservation = { ...frostyWeather, observedAt: new Date().toISOString() };
      el.provider = provider('ok', id);
      document.body.append(el);
      await el.updateComplete;
      // The first render already has the value: no placeholder, no "loading".
      expect(visibleText(el)).toMatch(new RegExp(`^Aktuelles Wetter: \u22123${NBSP}°C`));
      await expect.poll(() => visibleText(el)).toMatch(new RegExp(`7${NBSP}°C, bedeckt`));
      expect(await requestCount(id)).toBe(1);
      el.remove();
    });

    it('stays when the source fails, and an invalid one is ignored with a warning', async () => {
      const el = document.createElement('stadt-weather-status');
      el.now = () => AT_1420;
      el.initialObservation = offenbachWeather;
      el.provider = provider('500', runId(), { retries: 0 });
      document.body.append(el);
      await waitForState(el, 'fresh');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(visibleText(el)).toBe(`Aktuelles Wetter: 7${NBSP}°C, bedeckt Daten: DWD`);
      el.remove();

      const invalid = await fixtureWith<StadtWeatherStatus>('stadt-weather-status', {
        initialObservation: { temperature: '7' },
        provider: provider('timeout', runId(), { timeout: 2000, retries: 0 }),
      });
      expect(invalid.state).toBe('loading');
      expect(consoleRecord.warnings.join('\n')).toContain('initialObservation is invalid');
    });
  });

  describe('providers set from script', () => {
    const unavailable = async (value: unknown) => {
      const el = await fixtureWith<StadtWeatherStatus>('stadt-weather-status', { provider: value });
      await waitForState(el, 'unavailable');
      expect(visibleText(el)).toBe('Aktuelles Wetter: Wetterdaten derzeit nicht verfügbar');
      expect(consoleRecord.errors).toEqual([]);
      return el;
    };

    it('refuses something without load() with one clear warning', async () => {
      await unavailable({ key: 'x', remote: false });
      expect(consoleRecord.warnings).toEqual([
        '<stadt-weather-status>: provider is not used: it has no load() method',
      ]);
    });

    it('refuses a remote provider without a string key (it could not share requests safely)', async () => {
      await unavailable({ remote: true, load: () => Promise.resolve(offenbachWeather) });
      expect(consoleRecord.warnings.join('\n')).toContain('a remote provider needs a string key');
    });

    it('survives a provider that throws when read, and one that is a revoked proxy', async () => {
      await unavailable(
        new Proxy(
          {},
          {
            get() {
              throw new Error('trap');
            },
          },
        ),
      );
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      await unavailable(proxy);
    });

    it('checks what a custom provider delivers like any untrusted data', async () => {
      const events: StadtWeatherStatusChangeEvent[] = [];
      const el = await fixture<StadtWeatherStatus>(
        html`<stadt-weather-status
          @stadt-weather-status-change=${(e: StadtWeatherStatusChangeEvent) => events.push(e)}
          .provider=${{
            key: 'city',
            remote: false,
            load: () => Promise.resolve({ ...offenbachWeather, temperature: '7' }),
          }}
        ></stadt-weather-status>`,
      );
      await waitForState(el, 'unavailable');
      expect(visibleText(el)).not.toMatch(BARE_UNIT);
      await expect
        .poll(() => events.at(-1)?.reason)
        .toBe('invalid observation from the provider: temperature: expected number, received "7"');
    });

    it('turns a load() that throws synchronously into unavailable', async () => {
      await unavailable({
        key: 'sync',
        remote: false,
        load: () => {
          throw new Error('boom');
        },
      });
    });
  });

  describe('events', () => {
    it('fires stadt-weather-status-change with the state and observation', async () => {
      const events: StadtWeatherStatusChangeEvent[] = [];
      const listener = (event: StadtWeatherStatusChangeEvent) => events.push(event);
      document.addEventListener(StadtWeatherStatusChangeEvent.eventName, listener);
      try {
        const el = await fixture<StadtWeatherStatus>(
          html`<stadt-weather-status .provider=${provider('ok')}></stadt-weather-status>`,
        );
        await waitForState(el, 'fresh');
        await expect.poll(() => events.length).toBe(1);
        const [event] = events;
        expect(event).toBeInstanceOf(StadtWeatherStatusChangeEvent);
        expect(event?.bubbles && event.composed).toBe(true);
        expect(event?.previousState).toBe('loading');
        expect(event?.state).toBe('fresh');
        expect(event?.observation?.temperature).toBe(7.2);
        expect(event?.observation?.station?.name).toBe('Offenbach-Wetterpark');
        expect(event?.reason).toBeUndefined();
      } finally {
        document.removeEventListener(StadtWeatherStatusChangeEvent.eventName, listener);
      }
    });

    it('says why data is unavailable', async () => {
      const el = await fixture<StadtWeatherStatus>(
        html`<stadt-weather-status .provider=${provider('malformed')}></stadt-weather-status>`,
      );
      const event = await new Promise<StadtWeatherStatusChangeEvent>((resolve) =>
        el.addEventListener('stadt-weather-status-change', resolve, { once: true }),
      );
      expect(event.state).toBe('unavailable');
      expect(event.reason).toBe('malformed JSON');
    });
  });

  describe('layout, keyboard and axe', () => {
    it('reserves space while loading: the height does not change when data arrives', async () => {
      const el = await fixture<StadtWeatherStatus>(
        html`<stadt-weather-status
          .provider=${provider('timeout', runId(), { timeout: 400, retries: 0 })}
        ></stadt-weather-status>`,
      );
      expect(el.state).toBe('loading');
      const loading = el.getBoundingClientRect();
      const placeholder = el.shadowRoot?.querySelector('.placeholder')?.getBoundingClientRect();
      expect(placeholder?.width).toBeGreaterThan(20);
      await expectNoAxeViolations(el);
      el.observation = offenbachWeather;
      el.now = () => AT_1420;
      await el.updateComplete;
      expect(el.state).toBe('fresh');
      expect(el.getBoundingClientRect().height).toBe(loading.height);
    });

    it('has exactly one tab stop, the DWD attribution link', async () => {
      const before = document.createElement('button');
      before.textContent = 'vorher';
      document.body.prepend(before);
      try {
        const el = await staticElement(offenbachWeather);
        before.focus();
        await userEvent.tab();
        const link = el.shadowRoot?.activeElement;
        expect(link?.getAttribute('part')).toBe('attribution');
        expect(link?.getAttribute('href')).toBe('https://www.dwd.de/');
        // The abbreviation is expanded and leaving the site is said, in the link's name, not in a title.
        expect(link?.hasAttribute('title')).toBe(false);
        expect(link && spokenText(link)).toBe(
          'Daten: DWD (Deutscher Wetterdienst, externe Website)',
        );
        await userEvent.tab();
        expect(el.shadowRoot?.activeElement).toBeNull();
      } finally {
        before.remove();
      }
    });

    it.each([
      ['fresh', offenbachWeather, AT_1420],
      ['stale', offenbachWeather, AT_1800],
      ['unavailable', null, AT_1420],
      ['partial', weatherWithoutTemperature, AT_1420],
      ['negative', frostyWeather, AT_1420],
    ] as const)('has no axe violations: %s', async (_name, observation, now) => {
      const el = await staticElement(observation, now);
      await expectNoAxeViolations(el);
    });
  });
});
