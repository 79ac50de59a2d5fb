import {
  cleanupFixtures,
  expectNoAxeViolations,
  fixture,
  recordConsole,
  spokenText,
  visibleText,
  type ConsoleRecord,
} from '@stadtkit/testing';
import type { Warning, WarningsSnapshot } from '@stadtkit/model';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { WarningsScenario } from '../recordings/replay.mjs';
import '../src/define.js';
import { StadtWarnings, StadtWarningsChangeEvent, type WarningsState } from '../src/index.js';

const base = inject('warningsBase');
const NBSP = '\u00a0';
const TIME = `\\d\\d:\\d\\d${NBSP}Uhr`;

let run = 0;
async function scenario(dwd: WarningsScenario, nina: WarningsScenario = 'nina-dashboard-none') {
  run += 1;
  const id = `${Date.now().toString(36)}-${run}`;
  await fetch(`${base}/__set/${id}?dwd=${dwd}&nina=${nina}`);
  return id;
}
const set = (id: string, dwd: WarningsScenario, nina: WarningsScenario = 'nina-dashboard-none') =>
  fetch(`${base}/__set/${id}?dwd=${dwd}&nina=${nina}`);

async function settled(el: StadtWarnings, ...states: WarningsState[]) {
  await expect
    .poll(() => el.state, { timeout: 8000, interval: 20 })
    .toSatisfy((state: WarningsState) => states.includes(state));
  await el.updateComplete;
  return el;
}

/** The element as a page puts it: through the proxy's routes, DWD and (with a region) NINA. */
async function loaded(
  dwd: WarningsScenario,
  nina?: WarningsScenario,
  { variant = 'compact', lang = 'de' }: { variant?: string; lang?: string } = {},
) {
  const id = await scenario(dwd, nina);
  const el = document.createElement('stadt-warnings');
  el.lang = lang;
  el.setAttribute('base-url', `${base}/${id}`);
  el.setAttribute('variant', variant);
  if (nina) el.setAttribute('region', '064130000000');
  await fixture<HTMLElement>(html`<div>${el}</div>`);
  return settled(el, 'none', 'active', 'unavailable', 'stale');
}

function snapshot(warnings: Partial<Warning>[], extra: Partial<WarningsSnapshot> = {}) {
  return {
    warnings: warnings.map((w, i) => ({
      source: 'dwd' as const,
      id: `w${i}`,
      severity: 'minor' as const,
      event: 'FROST',
      headline: 'Amtliche WARNUNG vor FROST',
      status: 'actual' as const,
      language: 'de' as const,
      ...w,
    })),
    checkedAt: new Date().toISOString(),
    sources: ['dwd' as const],
    failed: [],
    ...extra,
  } as WarningsSnapshot;
}

const shadow = (el: StadtWarnings) => el.shadowRoot as ShadowRoot;
const live = (el: StadtWarnings) =>
  shadow(el).querySelector('[aria-live="polite"]')?.textContent?.trim() ?? '';

let consoleRecord: ConsoleRecord;
beforeEach(() => {
  consoleRecord = recordConsole();
});
afterEach(() => {
  consoleRecord.stop();
  expect(consoleRecord.errors).toEqual([]);
  cleanupFixtures();
});

describe('<stadt-warnings>', () => {
  it('is defined and an instance of its class', async () => {
    const el = await fixture<StadtWarnings>(
      html`<stadt-warnings .warnings=${snapshot([])}></stadt-warnings>`,
    );
    expect(customElements.get('stadt-warnings')).toBe(StadtWarnings);
    expect(el).toBeInstanceOf(StadtWarnings);
    expect(el.variant).toBe('compact');
    expect(el.getAttribute('variant')).toBe('compact');
  });

  describe('recorded DWD warnings through the proxy routes', () => {
    it('active, compact: the count, the events most severe first, the top level in text', async () => {
      const el = await loaded('dwd-several');
      expect(el.state).toBe('active');
      expect(el.getAttribute('state')).toBe('active');
      expect(visibleText(el)).toMatch(
        new RegExp(
          `^Extreme Unwetterwarnung 3 Warnungen: Orkanböen, Sturmböen, Glätte \\(Stand ${TIME}; Quelle: DWD\\)$`,
        ),
      );
      await expectNoAxeViolations(el);
    });

    it('active, full: level, event as a heading, headline, period, area, texts unchanged, source', async () => {
      const el = await loaded('dwd-several', undefined, { variant: 'full' });
      const items = [...shadow(el).querySelectorAll('[part="warning"]')];
      expect(items).toHaveLength(3);
      const first = items[0] as HTMLElement;
      expect(first.querySelector('[part="level"]')?.textContent).toBe('Extreme Unwetterwarnung');
      const heading = first.querySelector('[role="heading"]');
      expect([heading?.textContent, heading?.getAttribute('aria-level')]).toEqual([
        'Orkanböen',
        '3',
      ]);
      const text = visibleText(first);
      expect(text).toContain('Amtliche UNWETTERWARNUNG vor ORKANBÖEN');
      expect(text).toMatch(new RegExp(`Zeitraum: bis (heute|\\p{L}+), ${TIME}`, 'u'));
      expect(text).toContain('Gebiet: Stadt Offenbach am Main');
      expect(text).toContain('Es treten oberhalb 800 m orkanartige Böen');
      expect(text).toContain('Was Sie tun sollten: ACHTUNG! Hinweis auf mögliche Gefahren');
      expect(text).toContain('Quelle: Deutscher Wetterdienst');
      // The storm begins later today or tomorrow: "ab … bis …".
      expect(visibleText(items[1] as HTMLElement)).toMatch(
        new RegExp(`Zeitraum: ab .+ bis .+${TIME}`, 'u'),
      );
      expect(shadow(el).querySelector('section')?.getAttribute('aria-label')).toBe(
        'Amtliche Warnungen für Stadt Offenbach am Main',
      );
      await expectNoAxeViolations(el);
    });

    it('loading: said in words while the sources are asked, axe clean', async () => {
      const id = await scenario('hang');
      const el = await fixture<StadtWarnings>(
        html`<stadt-warnings base-url=${`${base}/${id}`}></stadt-warnings>`,
      );
      expect(el.state).toBe('loading');
      expect(visibleText(el)).toBe('Warnungen werden geladen');
      await expectNoAxeViolations(el);
    });

    it('none: says so with the time checked', async () => {
      const el = await loaded('dwd-none');
      expect(el.state).toBe('none');
      expect(visibleText(el)).toMatch(
        new RegExp(`^Keine amtlichen Warnungen \\(Stand ${TIME}; Quelle: DWD\\)$`),
      );
      await expectNoAxeViolations(el);
    });

    it('a test warning is never shown; an expired one is not shown', async () => {
      expect(visibleText(await loaded('dwd-test'))).toMatch(/^Keine amtlichen Warnungen/);
      cleanupFixtures();
      expect(visibleText(await loaded('dwd-expired'))).toMatch(/1 Warnung: Sturmböen/);
    });

    it('English only: shown in English, marked as such, on a German page', async () => {
      const el = await loaded('dwd-english-only', undefined, { variant: 'full' });
      const headline = shadow(el).querySelector('.headline');
      expect([headline?.textContent, headline?.getAttribute('lang')]).toEqual([
        'Official WARNING of FROST',
        'en',
      ]);
      expect(visibleText(el)).toContain('Nur auf Englisch verfügbar');
    });

    it('missing instruction: the warning without that line', async () => {
      const el = await loaded('dwd-no-instruction', undefined, { variant: 'full' });
      const items = [...shadow(el).querySelectorAll('[part="warning"]')] as HTMLElement[];
      expect(items.map((item) => visibleText(item).includes('Was Sie tun sollten'))).toEqual([
        true,
        false,
      ]);
    });

    it('HTML in the texts is shown as text, never run', async () => {
      const el = await loaded('dwd-html', undefined, { variant: 'full' });
      expect(shadow(el).querySelectorAll('img, script, b')).toHaveLength(0);
      expect(visibleText(el)).toContain('<script>alert(1)</script>Es tritt leichter Frost auf.');
      expect([...shadow(el).querySelectorAll('a')].map((a) => a.protocol)).toEqual(['https:']);
    });

    it('garbage dates: the warning stays, its period says no end was given', async () => {
      const el = await loaded('dwd-garbage-dates', undefined, { variant: 'full' });
      expect(visibleText(el)).toContain('Zeitraum: ohne angegebenes Ende');
      expect(consoleRecord.warnings.join('\n')).toContain('alerts[0].onset');
    });

    it('duplicate ids: shown once', async () => {
      expect(visibleText(await loaded('dwd-duplicates'))).toContain('1 Warnung: Sturmböen');
    });
  });

  describe('a source that is down is never "no warnings"', () => {
    it.each(['500', 'html', 'malformed', 'huge'] as const)(
      'DWD answering %s: unavailable, naming it',
      async (mode) => {
        const el = await loaded(mode);
        expect(el.state).toBe('unavailable');
        expect(visibleText(el)).toBe('Warnungen derzeit nicht abrufbar: Deutscher Wetterdienst');
        expect(visibleText(el)).not.toMatch(/Keine/);
        await expectNoAxeViolations(el);
      },
    );

    it('DWD without warnings and NINA down: unavailable (NINA), not "none"', async () => {
      const el = await loaded('dwd-none', '500');
      expect(el.state).toBe('unavailable');
      expect(visibleText(el)).toBe(
        'Warnungen derzeit nicht abrufbar: Warnsystem des Bundes (NINA)',
      );
    });

    it('DWD warnings and NINA down: the warnings, and that NINA could not be asked', async () => {
      const el = await loaded('dwd-minor', '500');
      expect(el.state).toBe('active');
      expect(visibleText(el)).toMatch(
        /1 Warnung: Frost \(Stand .+; Quelle: DWD; nicht abrufbar: Warnsystem des Bundes \(NINA\)\)$/,
      );
    });

    it('a region without base-url: NINA cannot be asked (no CORS), said in the console and on the page', async () => {
      const el = await fixture<StadtWarnings>(
        html`<stadt-warnings
          region="064130000000"
          base-url="javascript:alert(1)"
        ></stadt-warnings>`,
      );
      await settled(el, 'unavailable');
      expect(consoleRecord.warnings.join('\n')).toContain(
        'base-url "javascript:alert(1)" is not used',
      );
      expect(consoleRecord.warnings.join('\n')).toContain('region needs base-url');
    });
  });

  describe('NINA through the proxy', () => {
    it('dashboard and details: the fire with its instruction, the boil-water notice, the DWD warnings', async () => {
      const el = await loaded('dwd-minor', 'nina-dashboard-active', { variant: 'full' });
      expect(el.state).toBe('active');
      const items = [...shadow(el).querySelectorAll('[part="warning"]')] as HTMLElement[];
      expect(items.map((item) => item.querySelector('[role="heading"]')?.textContent)).toEqual([
        'Gefahreninformation',
        'Verunreinigung des Trinkwassers',
        'Frost',
      ]);
      const fire = visibleText(items[0] as HTMLElement);
      expect(fire).toContain('Hohe Gefahr');
      expect(fire).toContain('Großbrand in Offenbach-Bieber');
      expect(fire).toContain('Schalten Sie Lüftungs- und Klimaanlagen ab.');
      expect(fire).toContain('Quelle: Warnsystem des Bundes (NINA)');
      await expectNoAxeViolations(el);
    });
  });

  describe('over time', () => {
    it('a warning disappears when it expires, without a reload', async () => {
      const el = await fixture<StadtWarnings>(
        html`<stadt-warnings
          .warnings=${snapshot([{ expires: new Date(Date.now() + 1200).toISOString() }])}
        ></stadt-warnings>`,
      );
      expect(el.state).toBe('active');
      const states: string[] = [];
      el.addEventListener(StadtWarningsChangeEvent.eventName, (event) => states.push(event.state));
      await settled(el, 'none');
      expect(states).toEqual(['none']);
      expect(visibleText(el)).toMatch(/^Keine amtlichen Warnungen/);
    });

    it('a new severe or extreme warning is announced politely once; not at load, not on every refresh', async () => {
      const id = await scenario('dwd-minor');
      const el = await fixture<StadtWarnings>(
        html`<stadt-warnings base-url=${`${base}/${id}`}></stadt-warnings>`,
      );
      await settled(el, 'active');
      expect(live(el)).toBe('');
      await set(id, 'dwd-several');
      const parent = el.parentElement as HTMLElement;
      el.remove();
      parent.append(el); // reconnecting loads again, as a refresh does
      await expect
        .poll(() => live(el), { timeout: 8000 })
        .toBe('Neue Extreme Unwetterwarnung: Amtliche UNWETTERWARNUNG vor ORKANBÖEN');
      el.remove();
      parent.append(el);
      await expect.poll(() => live(el), { timeout: 8000 }).toBe('');
    });

    it('stale: the last good warnings with their time when the update fails', async () => {
      const id = await scenario('500');
      const old = snapshot([{ severity: 'moderate', event: 'STURMBÖEN' }], {
        checkedAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
      });
      const el = await fixture<StadtWarnings>(
        html`<stadt-warnings base-url=${`${base}/${id}`} .initialWarnings=${old}></stadt-warnings>`,
      );
      await settled(el, 'stale');
      expect(visibleText(el)).toMatch(
        /1 Warnung: Sturmböen \(Stand .+\) \(nicht aktuell, die Aktualisierung ist fehlgeschlagen\)/,
      );
    });
  });

  describe('input from outside', () => {
    it('a hostile snapshot: bad warnings left out with a warning, text stays text', async () => {
      const el = await fixture<StadtWarnings>(
        html`<stadt-warnings
          variant="full"
          .warnings=${snapshot([
            { headline: '<img src=x onerror=alert(1)>' },
            { id: 'bad', severity: 'apocalyptic' as never },
          ])}
        ></stadt-warnings>`,
      );
      expect(el.state).toBe('active');
      expect(shadow(el).querySelector('img')).toBeNull();
      expect(visibleText(el)).toContain('<img src=x onerror=alert(1)>');
      expect(consoleRecord.warnings.join('\n')).toContain('warning left out: no valid severity');
    });

    it('a snapshot that is not one: unavailable, never "none"', async () => {
      const el = await fixture<StadtWarnings>(
        html`<stadt-warnings .warnings=${'keine' as unknown as WarningsSnapshot}></stadt-warnings>`,
      );
      expect(el.state).toBe('unavailable');
      expect(visibleText(el)).toBe('Warnungen derzeit nicht abrufbar');
    });

    it('English page: English texts', async () => {
      const el = await loaded('dwd-several', undefined, { lang: 'en' });
      expect(visibleText(el)).toMatch(
        /^Extreme weather warning 3 warnings: hurricane-force gusts, gale-force gusts, icy surfaces \(as of \d\d:\d\d; Source: DWD\)$/,
      );
    });

    it('a details-href that is not a safe URL makes no link (the line stays, a warning names it)', async () => {
      const el = await fixture<StadtWarnings>(
        html`<stadt-warnings
          details-href="javascript:alert(1)"
          .warnings=${snapshot([{}])}
        ></stadt-warnings>`,
      );
      expect(shadow(el).querySelector('a')).toBeNull();
      expect(visibleText(el)).toContain('1 Warnung: Frost');
      expect(consoleRecord.warnings.join('\n')).toContain(
        'details-href "javascript:alert(1)" is not used',
      );
    });

    it('the compact line links to the details page', async () => {
      const el = await fixture<StadtWarnings>(
        html`<stadt-warnings
          details-href="/warnungen"
          .warnings=${snapshot([{}])}
        ></stadt-warnings>`,
      );
      const link = shadow(el).querySelector('a');
      expect([link?.getAttribute('href'), link?.textContent]).toEqual([
        '/warnungen',
        '1 Warnung: Frost',
      ]);
      expect(spokenText(el)).toContain('1 Warnung: Frost');
    });
  });
});
