// Warnings from the DWD (Bright Sky /alerts) and the BBK (NINA dashboard): real-shaped bodies, then broken and
// hostile ones. A bad field is dropped, a bad warning is left out with its reason, never the whole list.
import { describe, expect, it } from 'vitest';
import readme from '../README.md?raw';
import {
  currentWarnings,
  formatSeverity,
  formatWarningPeriod,
  ninaText,
  parseBrightSkyAlerts,
  parseNinaDashboard,
  parseWarningsSnapshot,
  isWarnCell,
  isDistrictArs,
  formatWarningEvent,
  sortWarnings,
  withNinaDetails,
  type Warning,
} from '../src/index.js';

const NBSP = '\u00a0';

/** A Bright Sky alert as brightsky/web/app.py returns it (fields from brightsky/models.py). */
function alert(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 1,
    alert_id: '2.49.0.0.276.0.DWD.PVW.1574000000000.abc',
    status: 'actual',
    effective: '2019-11-12T10:00:00+00:00',
    onset: '2019-11-12T12:00:00+00:00',
    expires: '2019-11-13T17:00:00+00:00',
    category: 'met',
    response_type: 'prepare',
    urgency: 'immediate',
    severity: 'moderate',
    certainty: 'likely',
    event_code: 52,
    event_en: 'gale-force gusts',
    event_de: 'STURMBÖEN',
    headline_en: 'Official WARNING of GALE-FORCE GUSTS',
    headline_de: 'Amtliche WARNUNG vor STURMBÖEN',
    description_en: 'There is a risk of gale-force gusts (level 2 of 4).',
    description_de: 'Es treten Sturmböen mit Geschwindigkeiten um 70 km/h auf.',
    instruction_en: 'Close windows and doors.',
    instruction_de: 'Fenster und Türen schließen.',
    ...overrides,
  };
}

const location = {
  warn_cell_id: 106413000,
  name: 'Stadt Offenbach',
  name_short: 'Offenbach',
  district: 'Offenbach',
  state: 'Hessen',
  state_short: 'HE',
};

describe('parseBrightSkyAlerts', () => {
  it('reads an alert with every field, in German, the area from the warn cell', () => {
    const {
      warnings,
      issues,
      location: cell,
    } = parseBrightSkyAlerts({ alerts: [alert()], location });
    expect(issues).toEqual([]);
    expect(cell).toEqual({
      warnCellId: 106413000,
      name: 'Stadt Offenbach',
      district: 'Offenbach',
      state: 'Hessen',
    });
    expect(warnings).toEqual([
      {
        source: 'dwd',
        id: '2.49.0.0.276.0.DWD.PVW.1574000000000.abc',
        severity: 'moderate',
        urgency: 'immediate',
        certainty: 'likely',
        event: 'STURMBÖEN',
        headline: 'Amtliche WARNUNG vor STURMBÖEN',
        description: 'Es treten Sturmböen mit Geschwindigkeiten um 70 km/h auf.',
        instruction: 'Fenster und Türen schließen.',
        onset: '2019-11-12T12:00:00+00:00',
        effective: '2019-11-12T10:00:00+00:00',
        expires: '2019-11-13T17:00:00+00:00',
        area: 'Stadt Offenbach',
        status: 'actual',
        language: 'de',
      } satisfies Warning,
    ]);
  });

  it('says "no warnings" only for a real empty list', () => {
    expect(parseBrightSkyAlerts({ alerts: [], location })).toMatchObject({
      warnings: [],
      issues: [],
    });
    for (const broken of [null, 'Bad Gateway', {}, { alerts: 'none' }, [], { alerts: null }]) {
      const result = parseBrightSkyAlerts(broken);
      expect(result.warnings).toEqual([]);
      expect(result.issues.length, JSON.stringify(broken)).toBeGreaterThan(0);
    }
  });

  it('English texts where the DWD gave them; German (and language "de") where it did not', () => {
    const { warnings } = parseBrightSkyAlerts(
      { alerts: [alert(), alert({ alert_id: 'b', headline_en: null, description_en: null })] },
      { locale: 'en' },
    );
    expect(warnings.map((w) => [w.headline, w.language, w.event])).toEqual([
      ['Official WARNING of GALE-FORCE GUSTS', 'en', 'gale-force gusts'],
      ['Amtliche WARNUNG vor STURMBÖEN', 'de', 'gale-force gusts'],
    ]);
    expect(warnings[1]?.description).toBe(
      'Es treten Sturmböen mit Geschwindigkeiten um 70 km/h auf.',
    );
  });

  it('a warning the DWD sent in English only is shown in English on a German page, never left out', () => {
    const { warnings, issues } = parseBrightSkyAlerts({
      alerts: [
        alert({ headline_de: null, description_de: null, instruction_de: null, event_de: null }),
      ],
    });
    expect(issues).toEqual([]);
    expect(warnings.map((w) => [w.headline, w.language, w.event, w.instruction])).toEqual([
      [
        'Official WARNING of GALE-FORCE GUSTS',
        'en',
        'gale-force gusts',
        'Close windows and doors.',
      ],
    ]);
  });

  it('drops a bad optional field and keeps the warning: garbage dates, no instruction, no end', () => {
    const { warnings, issues } = parseBrightSkyAlerts({
      alerts: [alert({ onset: 'gestern', expires: null, instruction_de: 42, urgency: '\u0000' })],
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toHaveProperty('onset');
    expect(warnings[0]).not.toHaveProperty('expires');
    expect(warnings[0]).not.toHaveProperty('instruction');
    expect(warnings[0]).not.toHaveProperty('urgency');
    expect(issues.map((issue) => issue.path)).toEqual([
      'alerts[0].instruction_de',
      'alerts[0].urgency',
      'alerts[0].onset',
    ]);
  });

  it('leaves out only the warning that cannot be shown, naming why', () => {
    const { warnings, issues } = parseBrightSkyAlerts({
      alerts: [
        alert({ alert_id: 'a' }),
        alert({ alert_id: 'b', severity: 'catastrophic' }),
        alert({ alert_id: 'c', headline_de: '', headline_en: null }),
        'not an alert',
        alert({ alert_id: 'a', headline_de: 'Wiederholt' }),
        alert({ alert_id: 'e', status: 'exercise' }),
      ],
    });
    expect(warnings.map((w) => w.id)).toEqual(['a']);
    expect(issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'alerts[1]: warning left out: no valid severity (received "catastrophic")',
      'alerts[2]: warning left out: no valid headline_de or headline_en',
      'alerts[3]: expected object, received "not an alert"',
      'alerts[4]: duplicate id "a"',
      'alerts[5]: warning left out: no valid status (received "exercise")',
    ]);
  });

  it('keeps HTML in the DWD text as text (it is shown unchanged, and escaped)', () => {
    const { warnings } = parseBrightSkyAlerts({
      alerts: [alert({ description_de: '<img src=x onerror=alert(1)> Sturm & Böen' })],
    });
    expect(warnings[0]?.description).toBe('<img src=x onerror=alert(1)> Sturm & Böen');
  });

  it('refuses oversized texts and lists without reading them whole', () => {
    const huge = 'x'.repeat(5_000_000);
    const { warnings, issues } = parseBrightSkyAlerts({
      alerts: [
        alert({ description_de: huge }),
        ...Array.from({ length: 300 }, (_, i) => alert({ alert_id: `n${i}` })),
      ],
    });
    expect(warnings).toHaveLength(200);
    expect(warnings[0]).not.toHaveProperty('description');
    expect(issues[0]?.message).toBe('too many warnings: 301, the first 200 are read');
  });

  it('survives input that throws when read', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const hostile = {
      alerts: [
        proxy,
        Object.defineProperty(alert({ alert_id: 'g' }), 'headline_de', {
          enumerable: true,
          get() {
            throw new Error('nope');
          },
        }),
        alert({ alert_id: 'ok' }),
      ],
    };
    const { warnings, issues } = parseBrightSkyAlerts(hostile);
    expect(warnings.map((w) => w.id)).toEqual(['ok']);
    expect(issues).toHaveLength(2);
  });
});

/** A NINA dashboard item as bundesAPI/nina-api documents it. */
function ninaItem(overrides: Record<string, unknown> = {}, data: Record<string, unknown> = {}) {
  return {
    id: 'mow.DE-HE-OF-SE040-20191112-40-000',
    payload: {
      version: 1,
      type: 'ALERT',
      id: 'mow.DE-HE-OF-SE040-20191112-40-000',
      hash: 'abc',
      data: {
        headline: 'Trinkwasser abkochen<br/>in Offenbach-Bieber',
        provider: 'MOWAS',
        severity: 'Severe',
        msgType: 'Alert',
        transKeys: { event: 'BBK-EVC-040' },
        area: { type: 'ZGEM', data: 'Stadt Offenbach' },
        ...data,
      },
    },
    i18nTitle: { de: 'Trinkwasser abkochen' },
    sent: '2019-11-12T09:30:00+01:00',
    ...overrides,
  };
}

describe('parseNinaDashboard and withNinaDetails', () => {
  it('reads a dashboard item, its HTML line break as a line break; an event code gives way to the headline', () => {
    const { warnings, issues } = parseNinaDashboard([ninaItem()]);
    expect(issues).toEqual([]);
    expect(warnings).toEqual([
      {
        source: 'nina',
        id: 'mow.DE-HE-OF-SE040-20191112-40-000',
        severity: 'severe',
        event: 'Trinkwasser abkochen\nin Offenbach-Bieber',
        headline: 'Trinkwasser abkochen\nin Offenbach-Bieber',
        status: 'actual',
        language: 'de',
        messageType: 'Alert',
        effective: '2019-11-12T09:30:00+01:00',
        area: 'Stadt Offenbach',
      } satisfies Warning,
    ]);
  });

  it('leaves out items without severity or headline, keeps the rest', () => {
    const { warnings, issues } = parseNinaDashboard([
      ninaItem({ id: 'a' }, { severity: 'Unknown' }),
      ninaItem({ id: 'b' }, { headline: 42 }),
      ninaItem({ id: 'c' }),
      { id: 'd' },
    ]);
    expect(warnings.map((w) => w.id)).toEqual(['c']);
    expect(issues.map((issue) => issue.path)).toEqual([
      '[0]',
      '[1].payload.data.headline',
      '[1]',
      '[3]',
    ]);
    expect(parseNinaDashboard({ error: 'down' }).issues[0]?.message).toBe(
      'expected a list of warnings, received object',
    );
  });

  it('adds description, instruction, link, period and areas from the detail', () => {
    const [warning] = parseNinaDashboard([ninaItem()]).warnings as [Warning];
    const detail = {
      identifier: warning.id,
      info: [
        {
          language: 'de-DE',
          event: 'Verunreinigung des Trinkwassers',
          urgency: 'Immediate',
          certainty: 'Observed',
          description:
            'Im Ortsteil Bieber wurden Keime gefunden.<br/>Bitte&nbsp;abkochen &amp; warten.',
          instruction:
            '<p>Wasser 3 Minuten sprudelnd kochen.</p><p>Infos: <a href="https://x">hier</a></p>',
          web: 'https://www.offenbach.de/trinkwasser',
          expires: '2019-11-14T18:00:00+01:00',
          area: [{ areaDesc: 'Offenbach-Bieber' }, { areaDesc: 'Offenbach-Waldheim' }],
        },
      ],
    };
    const { warning: full, issues } = withNinaDetails(warning, detail);
    expect(issues).toEqual([]);
    expect(full).toMatchObject({
      event: 'Verunreinigung des Trinkwassers',
      description: `Im Ortsteil Bieber wurden Keime gefunden.\nBitte${NBSP}abkochen & warten.`,
      instruction: 'Wasser 3 Minuten sprudelnd kochen.\n\nInfos: hier',
      url: 'https://www.offenbach.de/trinkwasser',
      expires: '2019-11-14T18:00:00+01:00',
      urgency: 'Immediate',
      area: 'Offenbach-Bieber, Offenbach-Waldheim',
    });
    expect(
      withNinaDetails(warning, { info: [{ web: 'javascript:alert(1)' }] }).warning,
    ).not.toHaveProperty('url');
    expect(withNinaDetails(warning, 'garbage')).toEqual({
      warning,
      issues: [{ path: 'info', message: 'no info block: the dashboard entry is shown as it is' }],
    });
  });

  it('ninaText keeps text, never builds markup', () => {
    expect(ninaText('a &lt;script&gt; b')).toBe('a <script> b');
    expect(ninaText('x &#0; y &#128512;')).toBe('x &#0; y 😀');
  });
});

describe('order, what is current, and how it reads', () => {
  const base = parseBrightSkyAlerts({ alerts: [alert()] }).warnings[0] as Warning;
  const now = Date.parse('2019-11-12T14:00:00+01:00');

  it('most severe first, then the earliest onset', () => {
    const list = [
      { ...base, id: 'late-minor', severity: 'minor', onset: '2019-11-12T10:00:00+00:00' },
      { ...base, id: 'late-extreme', severity: 'extreme', onset: '2019-11-12T20:00:00+00:00' },
      { ...base, id: 'early-extreme', severity: 'extreme', onset: '2019-11-12T08:00:00+00:00' },
    ] satisfies Warning[];
    expect(sortWarnings(list).map((w) => w.id)).toEqual([
      'early-extreme',
      'late-extreme',
      'late-minor',
    ]);
  });

  it('shows no test warnings, no cancellations and nothing expired', () => {
    const list = [
      { ...base, id: 'shown' },
      { ...base, id: 'test', status: 'test' },
      { ...base, id: 'cancel', messageType: 'Cancel' },
      { ...base, id: 'expired', expires: '2019-11-12T12:59:00+00:00' },
      { ...base, id: 'open-ended', expires: undefined },
    ] satisfies Warning[];
    expect(currentWarnings(list, now).map((w) => w.id)).toEqual(['shown', 'open-ended']);
  });

  it('the period in Berlin time, in words', () => {
    expect(formatWarningPeriod(base, { now })).toBe(`bis Mittwoch, 18:00${NBSP}Uhr`);
    expect(formatWarningPeriod({ ...base, expires: '2019-11-12T20:00:00+00:00' }, { now })).toBe(
      `bis heute, 21:00${NBSP}Uhr`,
    );
    expect(
      formatWarningPeriod({ onset: '2019-11-12T20:00:00+00:00', expires: base.expires }, { now }),
    ).toBe(`ab heute, 21:00${NBSP}Uhr bis Mittwoch, 18:00${NBSP}Uhr`);
    expect(formatWarningPeriod({ onset: base.onset }, { now })).toBe('ohne angegebenes Ende');
    expect(formatWarningPeriod(base, { now, locale: 'en' })).toBe('until Wednesday, 18:00');
  });

  it('names the level as the DWD does, generically for NINA', () => {
    expect(formatSeverity({ source: 'dwd', severity: 'severe' })).toBe('Unwetterwarnung');
    expect(formatSeverity({ source: 'nina', severity: 'severe' })).toBe('Hohe Gefahr');
    expect(formatSeverity({ source: 'dwd', severity: 'extreme' }, { locale: 'en' })).toBe(
      'Extreme weather warning',
    );
  });
});

describe('the README', () => {
  it('shows what the formatting calls return', () => {
    const block = /### Warnings[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const claims = [...block.matchAll(/^(format\w+\([\s\S]*?\)); \/\/ '(.*)'$/gm)];
    expect(claims).toHaveLength(3);
    const helpers = { formatSeverity, formatWarningPeriod };
    for (const [, call, result] of claims) {
      const run = new Function(...Object.keys(helpers), `return ${call};`) as (
        ...args: unknown[]
      ) => unknown;
      expect(String(run(...Object.values(helpers))).replaceAll(NBSP, ' '), call).toBe(result);
    }
  });
});

describe('parseWarningsSnapshot and formatWarningEvent', () => {
  const good = parseBrightSkyAlerts({ alerts: [alert()] }).warnings[0] as Warning;

  it('takes a snapshot, leaving out only what cannot be shown', () => {
    const result = parseWarningsSnapshot({
      warnings: [
        good,
        { ...good, id: 'x', severity: 'apocalyptic' },
        { ...good, id: 'y', url: 'javascript:alert(1)' },
      ],
      checkedAt: '2019-11-12T13:00:00Z',
      sources: ['dwd', 'nina', 'evil'],
      failed: ['nina', 'dwd', 'ghost'],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.warnings.map((w) => w.id)).toEqual([good.id, 'y']);
    expect(result.value.warnings[1]).not.toHaveProperty('url');
    expect(result.value.sources).toEqual(['dwd', 'nina']);
    expect(result.issues.map((issue) => issue.message)).toEqual([
      'warning left out: no valid severity',
    ]);
  });

  it.each([
    [null],
    ['[]'],
    [{ warnings: [], sources: ['dwd'], failed: [] }],
    [{ warnings: 'none', checkedAt: '2019-11-12T13:00:00Z', sources: ['dwd'], failed: [] }],
    [{ warnings: [], checkedAt: '2019-11-12T13:00:00Z' }],
  ])('refuses %j as a whole', (input) => {
    const result = parseWarningsSnapshot(input);
    expect(result.ok).toBe(false);
    expect(result.issues.length).toBeGreaterThan(0);
  });

  it.each([
    ['STURMBÖEN', 'Sturmböen'],
    ['GEWITTER mit STURMBÖEN', 'Gewitter mit Sturmböen'],
    ['Gefahreninformation', 'Gefahreninformation'],
    ['gale-force gusts', 'gale-force gusts'],
  ])('formatWarningEvent(%j) is %j', (event, expected) => {
    expect(formatWarningEvent({ event })).toBe(expected);
  });
});

describe('isWarnCell and isDistrictArs', () => {
  it.each([
    ['806413000', true],
    ['106413000', true],
    ['06413000', false],
    ['8064130001', false],
    ['806413000 ', false],
  ])('isWarnCell(%j) is %s', (value, expected) => {
    expect(isWarnCell(value)).toBe(expected);
  });

  it.each([
    ['064130000000', true],
    ['064130001000', false],
    ['06413000', false],
    ['../064130000000', false],
  ])('isDistrictArs(%j) is %s', (value, expected) => {
    expect(isDistrictArs(value)).toBe(expected);
  });
});
