// <stadt-weather-status> in Storybook: the element as a CMS editor writes it (attributes only; the data comes
// from Bright Sky or the city's proxy at run time), and a "Zustand" select that feeds it recorded data, so a
// designer sees every state without a network. "Show code" shows the element's HTML, not the example data.
import type { WeatherObservation } from '@stadtkit/model';
import {
  frostyWeather,
  offenbachWeather,
  weatherWithoutTemperature,
} from '@stadtkit/model/fixtures';
import {
  apiArgs,
  apiArgTypes,
  attributesFromArgs,
  cmsSource,
  element,
  exampleArg,
  storyMarkup,
} from '@stadtkit/testing/storybook';
import type { WeatherProvider } from '@stadtkit/weather-status';
import type { Args, Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@stadtkit/weather-status/define.js';

/** A provider that never answers: the loading state, as a reader sees it while the request runs. */
const pending: WeatherProvider = {
  key: 'story:pending',
  remote: false,
  load: () => new Promise(() => {}),
};

interface Preset {
  label: string;
  observation?: WeatherObservation | null;
  initialObservation?: WeatherObservation;
  provider?: WeatherProvider;
  /** The clock the story renders at. */
  now: string;
}

/** The states a designer chooses in the "Zustand" control. */
export const presets = {
  frisch: {
    label: 'Frisch (vor 20 Minuten gemessen)',
    observation: offenbachWeather,
    now: '2019-11-12T14:20:00+01:00',
  },
  veraltet: {
    label: 'Veraltet (älter als stale-after)',
    observation: offenbachWeather,
    now: '2019-11-12T18:00:00+01:00',
  },
  'veraltet-gestern': {
    label: 'Veraltet, vom Vortag',
    observation: offenbachWeather,
    now: '2019-11-13T09:00:00+01:00',
  },
  teilweise: {
    label: 'Teilweise (keine Temperatur)',
    observation: weatherWithoutTemperature,
    now: '2019-11-12T14:20:00+01:00',
  },
  'ohne-zustand': {
    label: 'Teilweise (kein Wetterzustand)',
    observation: { ...offenbachWeather, condition: undefined, icon: undefined },
    now: '2019-11-12T14:20:00+01:00',
  },
  frost: {
    label: 'Frost (unter null)',
    observation: frostyWeather,
    now: '2019-12-03T08:30:00+01:00',
  },
  'nicht-verfuegbar': {
    label: 'Nicht verfügbar (keine Daten)',
    observation: null,
    now: '2019-11-12T14:20:00+01:00',
  },
  laedt: { label: 'Lädt (Anfrage läuft)', provider: pending, now: '2019-11-12T14:20:00+01:00' },
  'vom-server': {
    label: 'Vom Server mitgeliefert, Anfrage läuft',
    provider: pending,
    initialObservation: offenbachWeather,
    now: '2019-11-12T14:20:00+01:00',
  },
} satisfies Record<string, Preset>;
export type PresetName = keyof typeof presets;

const ATTRIBUTES = [
  'location-name',
  'latitude',
  'longitude',
  'station-id',
  'base-url',
  'refresh-interval',
  'stale-after',
] as const;

/** The attributes' defaults: left out of the HTML a CMS editor pastes. */
const DEFAULTS: Record<string, string> = { 'refresh-interval': '600', 'stale-after': '90' };

/** The HTML a CMS editor pastes. */
export function weatherMarkup(args: Args): string {
  return element('stadt-weather-status', attributesFromArgs(args, ATTRIBUTES, DEFAULTS));
}

/** The example data of a "Zustand" as the element's properties (set before it connects: no request). */
export function weatherProperties(zustand: unknown) {
  const preset: Preset = presets[zustand as PresetName] ?? presets.frisch;
  const now = Date.parse(preset.now);
  return {
    now: () => now,
    provider: preset.provider,
    initialObservation: preset.initialObservation,
    observation: preset.provider ? undefined : preset.observation,
  };
}

/**
 * HTML with `<stadt-weather-status>` elements in it, rendered with their example data set before they connect
 * (no request leaves the story).
 */
export const withWeatherData = (markup: string, zustand: unknown) =>
  storyMarkup(markup, (fragment) => {
    for (const weather of fragment.querySelectorAll('stadt-weather-status'))
      Object.assign(weather, weatherProperties(zustand));
  });

export const renderWeather = (args: Args) =>
  html`<div class="story-column">${withWeatherData(weatherMarkup(args), args.zustand)}</div>`;

const apiTypes = apiArgTypes('stadt-weather-status');

export const weatherMeta = {
  component: 'stadt-weather-status',
  tags: ['!autodocs'],
  args: {
    ...apiArgs(apiTypes),
    zustand: 'frisch',
    'location-name': 'Offenbach am Main',
    'refresh-interval': 600,
    'stale-after': 90,
  },
  argTypes: {
    zustand: exampleArg({
      name: 'Zustand',
      description:
        'Beispieldaten statt einer Anfrage: welcher Zustand gezeigt wird (im echten Einsatz bestimmt ihn die Datenquelle).',
      control: {
        type: 'select',
        labels: Object.fromEntries(Object.entries(presets).map(([key, p]) => [key, p.label])),
      },
      options: Object.keys(presets),
    }),
    ...apiTypes,
  },
  render: renderWeather,
  parameters: cmsSource(weatherMarkup),
} satisfies Partial<Meta>;
