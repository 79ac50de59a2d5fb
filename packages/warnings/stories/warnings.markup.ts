// <stadt-warnings> in Storybook: the element as a CMS editor writes it (attributes only; the warnings come from
// the city's proxy at run time), and a "Zustand" select that feeds it recorded warnings (the recordings of
// @stadtkit/warnings at their recording time), so a designer sees every state without a network.
import {
  parseBrightSkyAlerts,
  parseNinaDashboard,
  withNinaDetails,
  type Warning,
  type WarningsSnapshot,
} from '@stadtkit/model';
import {
  apiArgs,
  apiArgTypes,
  attributesFromArgs,
  cmsSource,
  element,
  exampleArg,
  storyMarkup,
} from '@stadtkit/testing/storybook';
import type { Args, Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@stadtkit/warnings/define.js';
import several from '@stadtkit/warnings/recordings/dwd-several.json' with { type: 'json' };
import minor from '@stadtkit/warnings/recordings/dwd-minor.json' with { type: 'json' };
import englishOnly from '@stadtkit/warnings/recordings/dwd-english-only.json' with { type: 'json' };
import dashboard from '@stadtkit/warnings/recordings/nina-dashboard-active.json' with { type: 'json' };
import fire from '@stadtkit/warnings/recordings/nina-warning-mow.DE-HE-OF-SE043-20191112-43-000.json' with { type: 'json' };
import water from '@stadtkit/warnings/recordings/nina-warning-mow.DE-HE-OF-W001-20191112-0001-000.json' with { type: 'json' };

/** When the recordings were made: 14:00 in Offenbach on the press release's day. */
const RECORDED = '2019-11-12T13:00:00Z';
const dwd = (body: unknown) => parseBrightSkyAlerts(body).warnings;
const nina: Warning[] = parseNinaDashboard(dashboard).warnings.map(
  (warning, index) => withNinaDetails(warning, index === 0 ? fire : water).warning,
);

interface Preset {
  label: string;
  snapshot: WarningsSnapshot;
  /** The clock the story renders at. */
  now: string;
}

const snapshot = (
  warnings: Warning[],
  { sources = ['dwd', 'nina'], failed = [], checkedAt = RECORDED }: Partial<WarningsSnapshot> = {},
): WarningsSnapshot => ({ warnings, sources, failed, checkedAt });

/** The states a designer chooses in the "Zustand" control. */
export const presets = {
  aktiv: {
    label: 'Aktiv: drei Wetterwarnungen, eine extrem',
    snapshot: snapshot(dwd(several), { sources: ['dwd'] }),
    now: RECORDED,
  },
  'aktiv-nina': {
    label: 'Aktiv: DWD und NINA (Großbrand, Trinkwasser)',
    snapshot: snapshot([...dwd(minor), ...nina]),
    now: RECORDED,
  },
  gering: {
    label: 'Aktiv: eine Wetterwarnung (Frost)',
    snapshot: snapshot(dwd(minor), { sources: ['dwd'] }),
    now: RECORDED,
  },
  keine: {
    label: 'Keine Warnungen (beide Quellen haben geantwortet)',
    snapshot: snapshot([]),
    now: RECORDED,
  },
  'teilweise-abrufbar': {
    label: 'Teilweise: Warnungen des DWD, NINA nicht abrufbar',
    snapshot: snapshot(dwd(minor), { failed: ['nina'] }),
    now: RECORDED,
  },
  'nicht-abrufbar': {
    label: 'Nicht abrufbar: der DWD antwortet nicht',
    snapshot: snapshot([], { sources: ['dwd'], failed: ['dwd'] }),
    now: RECORDED,
  },
  veraltet: {
    label: 'Veraltet: letzter Stand vor zwei Stunden',
    snapshot: snapshot(dwd(several), { sources: ['dwd'] }),
    now: '2019-11-12T15:00:00Z',
  },
  englisch: {
    label: 'Nur auf Englisch geliefert',
    snapshot: snapshot(dwd(englishOnly), { sources: ['dwd'] }),
    now: RECORDED,
  },
  feindlich: {
    label: 'Feindlicher Text in den Daten (als Text gezeigt)',
    snapshot: snapshot(
      dwd(several).map((warning, index) =>
        index === 0
          ? {
              ...warning,
              headline: '<img src=x onerror=alert(1)> Amtliche UNWETTERWARNUNG',
              description: '<script>alert(1)</script> Es treten Orkanböen auf.',
            }
          : warning,
      ),
      { sources: ['dwd'] },
    ),
    now: RECORDED,
  },
} satisfies Record<string, Preset>;
export type PresetName = keyof typeof presets;

const ATTRIBUTES = [
  'variant',
  'base-url',
  'warn-cell',
  'region',
  'details-href',
  'heading-level',
  'location-name',
  'refresh-interval',
  'stale-after',
] as const;

/** The attributes' defaults: left out of the HTML a CMS editor pastes. */
const DEFAULTS: Record<string, string> = {
  variant: 'compact',
  'heading-level': '3',
  'refresh-interval': '300',
  'stale-after': '30',
};

/** The HTML a CMS editor pastes. */
export function warningsMarkup(args: Args): string {
  return element('stadt-warnings', attributesFromArgs(args, ATTRIBUTES, DEFAULTS));
}

/** The example warnings of a "Zustand" as the element's properties (set before it connects: no request). */
export function warningsProperties(zustand: unknown) {
  const preset: Preset = presets[zustand as PresetName] ?? presets.aktiv;
  const now = Date.parse(preset.now);
  return { now: () => now, warnings: preset.snapshot };
}

export const withWarningsData = (markup: string, zustand: unknown) =>
  storyMarkup(markup, (fragment) => {
    for (const warnings of fragment.querySelectorAll('stadt-warnings'))
      Object.assign(warnings, warningsProperties(zustand));
  });

export const renderWarnings = (args: Args) =>
  html`<div class="story-column">${withWarningsData(warningsMarkup(args), args.zustand)}</div>`;

const apiTypes = apiArgTypes('stadt-warnings');

export const warningsMeta = {
  component: 'stadt-warnings',
  tags: ['!autodocs'],
  args: {
    ...apiArgs(apiTypes),
    zustand: 'aktiv',
    variant: 'compact',
    'base-url': '/stadtkit',
    region: '064130000000',
    'location-name': 'Offenbach am Main',
    'heading-level': 3,
    'refresh-interval': 300,
    'stale-after': 30,
  },
  argTypes: {
    zustand: exampleArg({
      name: 'Zustand',
      description:
        'Beispieldaten statt einer Anfrage: welche Warnungen gezeigt werden (im echten Einsatz bestimmen sie DWD und NINA).',
      control: {
        type: 'select',
        labels: Object.fromEntries(Object.entries(presets).map(([key, p]) => [key, p.label])),
      },
      options: Object.keys(presets),
    }),
    ...apiTypes,
  },
  render: renderWarnings,
  parameters: cmsSource(warningsMarkup),
} satisfies Partial<Meta>;
